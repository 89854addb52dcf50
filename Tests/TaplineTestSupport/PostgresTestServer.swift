import Foundation
import TaplinePostgres
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL server for one test process: initdb into a temporary folder, a
/// private Unix socket (no TCP), peer authentication, stopped and removed when the process exits.
///
/// Started once, on first use (1–2 s); each test then takes a database of its own
/// (`makeDatabase()`), so tests run in parallel without meeting. Run as root (CI), the server
/// runs as the `postgres` login (initdb refuses root) and root gets a superuser role, so
/// peer authentication lets the tests in as root and `runuser` lets them in as other logins.
public final class PostgresTestServer: Sendable {
    public let folder: URL
    /// The folder holding the socket `.s.PGSQL.<port>`.
    public let socketDirectory: String
    public let port = 5432

    /// The server for this process, or the reason there is none (no PostgreSQL installed).
    public static let shared: Result<PostgresTestServer, Spawn.SpawnError> = {
        do {
            let server = try PostgresTestServer()
            atexit { PostgresTestServer.stopShared() }
            return .success(server)
        } catch let error as Spawn.SpawnError {
            return .failure(error)
        } catch {
            return .failure(Spawn.SpawnError(message: "\(error)"))
        }
    }()

    /// The server, or a test failure saying why it could not start.
    public static func get() throws -> PostgresTestServer { try shared.get() }

    /// A server of the caller's own, for tests that stop and start it under a running store
    /// (stopping the shared one would fail the tests using it meanwhile); `discard()` it after.
    public static func dedicated() throws -> PostgresTestServer { try PostgresTestServer() }

    /// Stops a dedicated server and removes its folder.
    public func discard() {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The newest server binaries Debian installed (/usr/lib/postgresql/15/bin).
    static var binaries: String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap { Int($0) }
        guard let newest = versions.max() else { return nil }
        let bin = "\(root)/\(newest)/bin"
        return FileManager.default.fileExists(atPath: bin + "/initdb") ? bin : nil
    }

    static var isRoot: Bool { getuid() == 0 }

    private init() throws {
        guard let bin = Self.binaries else {
            throw Spawn.SpawnError(message: "no PostgreSQL server is installed (bash scripts/install-deps installs it)")
        }
        folder = URL(fileURLWithPath: "/tmp/tapline-pg-\(getpid())-\(UUID().uuidString.prefix(6))")
        socketDirectory = folder.appendingPathComponent("sock").path
        try FileManager.default.createDirectory(atPath: socketDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        _ = try Spawn.run(["chmod", "755", folder.path])
        if Self.isRoot { _ = try Spawn.run(["chown", "-R", "postgres", folder.path]) }
        let data = folder.appendingPathComponent("data").path
        try Self.asServer([bin + "/initdb", "-D", data, "-U", "postgres", "--auth-local=peer", "--auth-host=scram-sha-256",
                           "--encoding=UTF8", "--locale=C.UTF-8"], "initdb")
        try Self.asServer([bin + "/pg_ctl", "-D", data, "-w", "-l", folder.appendingPathComponent("server.log").path, "-o",
                           "-k \(socketDirectory) -p \(port) -c listen_addresses='' -c fsync=off -c max_connections=300", "start"], "pg_ctl start")
        if Self.isRoot {
            try Self.asServer(["psql", "-h", socketDirectory, "-p", "\(port)", "-U", "postgres", "-d", "postgres", "-q",
                               "-c", "CREATE ROLE root SUPERUSER LOGIN"], "create role root")
        }
    }

    /// Runs a server command as the `postgres` login when this process is root.
    static func asServer(_ command: [String], _ what: String) throws {
        let result = try Spawn.run((isRoot ? ["runuser", "-u", "postgres", "--"] : []) + command, captureStderr: true)
        guard result.status == 0 else { throw Spawn.SpawnError(message: "\(what) failed: \(result.output)") }
    }

    /// Stops the server immediately and removes its folder; at exit, and by tests of restarts.
    public func stop() {
        guard let bin = Self.binaries else { return }
        try? Self.asServer([bin + "/pg_ctl", "-D", folder.appendingPathComponent("data").path, "-m", "immediate", "stop"], "stop")
    }

    /// Starts it again after `stop()`: a console's store must carry on when it is back.
    public func restart() throws {
        guard let bin = Self.binaries else { return }
        try Self.asServer([bin + "/pg_ctl", "-D", folder.appendingPathComponent("data").path, "-w", "-l",
                           folder.appendingPathComponent("server.log").path, "-o",
                           "-k \(socketDirectory) -p \(port) -c listen_addresses='' -c fsync=off -c max_connections=300", "start"], "restart")
    }

    static func stopShared() {
        guard case .success(let server) = shared else { return }
        server.stop()
        try? FileManager.default.removeItem(at: server.folder)
    }

    /// libpq's URI for `database` on this server's socket, as `user` (nil: peer authentication
    /// names the login running the client).
    public func uri(database: String, user: String? = nil) -> String {
        let who = user.map { "\($0)@" } ?? ""
        return "postgresql://\(who)/\(database)?host=\(socketDirectory)&port=\(port)"
    }

    /// A new, empty database for one test, owned by the login running the tests; returns its name.
    public func makeDatabase(prefix: String = "t") throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try PGConnection(uri: uri(database: "postgres", user: Self.isRoot ? "root" : nil))
        try admin.execute("CREATE DATABASE \(name)")
        return name
    }
}
