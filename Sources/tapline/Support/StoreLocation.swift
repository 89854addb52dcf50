import Foundation

/// Which store a command or console uses: a SQLite file, or a PostgreSQL database by libpq URI.
///
/// Chosen by `--database`, else `database = "…"` in config.toml, else `TAPLINE_DATABASE`,
/// else the default SQLite file. A value starting `postgresql://` or `postgres://` is a
/// PostgreSQL URI in libpq's form (`postgresql:///tapline` over the local socket,
/// `?host=/socket/dir&port=N` for another); anything else is a file path.
///
/// Off the local socket the password or certificate crosses the network, so a URI naming a
/// network host must ask libpq for TLS (`sslmode=require`, `verify-ca` or `verify-full`);
/// `disable`, `allow`, `prefer` or no sslmode at all is refused before connecting.
enum StoreLocation: Hashable, Sendable {
    case sqlite(path: String)
    case postgres(uri: String)

    /// The environment variable naming the store when neither the option nor the config does.
    static let environmentVariable = "TAPLINE_DATABASE"

    /// The store named by the first of: the option, the configuration, the environment, the default file.
    static func resolve(option: String?, configuration: Configuration, environment: [String: String]) throws(StoreLocationError) -> StoreLocation {
        let named = [option, configuration.database, environment[environmentVariable]].compactMap { $0 }.first { !$0.isEmpty }
        guard let named else { return .sqlite(path: Paths.defaultDatabase.path) }
        guard isPostgresURI(named) else { return .sqlite(path: named) }
        try requireTLSOffTheSocket(named, environment: environment)
        return .postgres(uri: named)
    }

    static func isPostgresURI(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Refuses a URI that would reach a server over the network without TLS.
    ///
    /// The socket is used when every host is a folder (starts with "/"), in the authority or
    /// in `host=`; with no host libpq takes `PGHOST` and then its default socket, and with no
    /// sslmode it takes `PGSSLMODE`, so those are read as libpq would. `hostaddr` is always TCP.
    static func requireTLSOffTheSocket(_ uri: String, environment: [String: String]) throws(StoreLocationError) {
        let parsed = LibpqURI(uri)
        let hosts = parsed.hosts.isEmpty ? (environment["PGHOST"] ?? "").split(separator: ",").map(String.init) : parsed.hosts
        let address = parsed.parameters["hostaddr"] ?? environment["PGHOSTADDR"] ?? ""
        guard !address.isEmpty || hosts.contains(where: { !$0.hasPrefix("/") }) else { return }
        let mode = parsed.parameters["sslmode"] ?? environment["PGSSLMODE"]
        guard let mode, ["require", "verify-ca", "verify-full"].contains(mode) else {
            throw StoreLocationError.tlsRequired(host: hosts.first { !$0.hasPrefix("/") } ?? address, sslmode: mode)
        }
    }
}

/// Why the store named could not be used.
enum StoreLocationError: Error, Hashable, LocalizedError, CustomStringConvertible {
    case tlsRequired(host: String, sslmode: String?)

    var description: String {
        switch self {
        case let .tlsRequired(host, mode):
            let said = mode.map { "sslmode=\($0)" } ?? "no sslmode"
            return "refusing to reach PostgreSQL at \(host) without TLS (the URI says \(said)): "
                + "add ?sslmode=verify-full (or require) to the URI, or use the local socket (postgresql:///tapline)"
        }
    }

    var errorDescription: String? { description }
}

/// The parts of a libpq URI that decide whether it leaves the machine: its hosts and query parameters.
///
/// `postgresql://[user[:password]@][host][:port][,host2…][/dbname][?param=value&…]`; a host
/// may be percent-encoded (`%2Fvar%2Frun%2Fpostgresql`, a socket folder) or `[v6]`.
struct LibpqURI {
    var hosts: [String] = []
    var parameters: [String: String] = [:]

    init(_ uri: String) {
        var rest = Substring(uri)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let query: Substring
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        } else {
            query = ""
        }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            parameters[key] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
        var authority = rest.prefix { $0 != "/" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        for entry in authority.split(separator: ",") {
            var host = Substring(entry)
            if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
                host = host[host.index(after: host.startIndex)..<close]
            } else if let colon = host.firstIndex(of: ":") {
                host = host[..<colon]
            }
            if !host.isEmpty { hosts.append(Self.decode(host)) }
        }
        if let named = parameters["host"], !named.isEmpty {
            hosts = named.split(separator: ",").map(String.init)
        }
    }

    private static func decode(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}
