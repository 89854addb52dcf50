import Foundation
import TaplineTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Operating-system logins for tests of several people: made with `useradd`, used with `runuser`.
///
/// Tapline's user is the real uid's login, so "two people" means two logins; tests run as root
/// (CI does) to make them. The binary, themes and scenarios are copied to a 0755 folder the
/// logins can read, whatever the permissions of the checkout they were built in.
enum OSUsers {
    /// The group whose members share a test's SQLite file (`tapline admin share --group`).
    static let group = "tapline-e2e"

    /// Whether this process may make logins and run programs as them.
    static var available: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") }

    /// Makes each login (in `group`) unless it exists already.
    static func ensure(_ names: String...) throws {
        _ = try Spawn.run(["groupadd", "-f", group])
        for name in names where try Spawn.run(["id", "-u", name]).status != 0 {
            let made = try Spawn.run(["useradd", "-M", "-N", "-g", group, "-s", "/bin/sh", name], captureStderr: true)
            guard made.status == 0 else { throw Spawn.SpawnError(message: "useradd \(name): \(made.output)") }
        }
    }

    /// A copy of the binary and its shipped files that every login can read and run.
    static let install: URL = {
        let folder = URL(fileURLWithPath: "/tmp/tapline-e2e-install-\(getpid())")
        // Copied by `cp`, not in this process: a file this process held open for writing would
        // be inherited by every program the tests spawn meanwhile, and could not be run ("Text file busy").
        _ = try? Spawn.run(["rm", "-rf", folder.path])
        _ = try? Spawn.run(["mkdir", "-m", "0755", "-p", folder.path])
        _ = try? Spawn.run(["cp", TmuxSession.binary.path, folder.path + "/tapline"])
        for shipped in ["themes", "scenarios"] {
            _ = try? Spawn.run(["cp", "-R", TmuxSession.packageRoot.appendingPathComponent(shipped).path, folder.path + "/" + shipped])
        }
        _ = try? Spawn.run(["chmod", "-R", "a+rX", folder.path])
        return folder
    }()

    /// Runs the installed `tapline` as `user` (nil: as this process) with `arguments`, output
    /// and errors together, in an environment that claims to be someone else (`USER=root`):
    /// the store must ignore it.
    static func tapline(as user: String?, _ arguments: [String], withErrors: Bool = true) throws -> Spawn.Result {
        let binary = install.appendingPathComponent("tapline").path
        let env = ["env", "-i", "PATH=/usr/bin:/bin", "USER=root", "LOGNAME=root", "HOME=/tmp", "TAPLINE_HOME=\(install.path)"]
        let command = (user.map { ["runuser", "-u", $0, "--"] } ?? []) + env + [binary] + arguments
        return try Spawn.run(command, captureStderr: withErrors)
    }

    /// A folder for a shared database: made by root, then shared with `group` by `admin share`.
    static func sharedDatabase() throws -> (folder: URL, path: String) {
        let folder = URL(fileURLWithPath: "/tmp/tapline-e2e-shared-\(UUID().uuidString.prefix(8))/db")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let seeded = try tapline(as: nil, ["seed", "--accounts", "200", "--seed", "7", "--database", path])
        guard seeded.status == 0 else { throw Spawn.SpawnError(message: "seed: \(seeded.output)") }
        let shared = try tapline(as: nil, ["admin", "share", "--group", group, "--database", path])
        guard shared.status == 0 else { throw Spawn.SpawnError(message: "admin share: \(shared.output)") }
        return (folder.deletingLastPathComponent(), path)
    }
}
