import Foundation
import Testing
@testable import tapline

/// Which store Tapline opens, and that it never sends a login over the network in the clear.
@Suite("Choosing the store: --database, config.toml, TAPLINE_DATABASE, the default file")
struct StoreLocationTests {
    static func resolve(option: String? = nil, config: String? = nil, environment: [String: String] = [:]) throws -> StoreLocation {
        var configuration = Configuration()
        configuration.database = config
        return try StoreLocation.resolve(option: option, configuration: configuration, environment: environment)
    }

    @Test func theOptionWinsThenTheConfigThenTheEnvironmentThenTheDefaultFile() throws {
        let env = ["TAPLINE_DATABASE": "postgresql:///from_env"]
        #expect(try Self.resolve(option: "/tmp/a.sqlite", config: "postgresql:///from_config", environment: env) == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try Self.resolve(config: "postgresql:///from_config", environment: env) == .postgres(uri: "postgresql:///from_config"))
        #expect(try Self.resolve(environment: env) == .postgres(uri: "postgresql:///from_env"))
        #expect(try Self.resolve() == .sqlite(path: Paths.defaultDatabase.path))
        #expect(try Self.resolve(environment: ["TAPLINE_DATABASE": ""]) == .sqlite(path: Paths.defaultDatabase.path), "empty means unset")
    }

    @Test func bothURISchemesArePostgreSQLAndAnythingElseIsAFile() throws {
        #expect(try Self.resolve(option: "postgres:///tapline") == .postgres(uri: "postgres:///tapline"))
        #expect(try Self.resolve(option: "postgresql:///tapline?host=/run/pg&port=5433") == .postgres(uri: "postgresql:///tapline?host=/run/pg&port=5433"))
        #expect(try Self.resolve(option: "shared/tapline.sqlite") == .sqlite(path: "shared/tapline.sqlite"))
        #expect(try Self.resolve(option: "postgresql.sqlite") == .sqlite(path: "postgresql.sqlite"))
    }

    @Test func theLocalSocketNeedsNoTLS() throws {
        for uri in ["postgresql:///tapline", "postgresql://ana@/tapline", "postgresql://%2Fvar%2Frun%2Fpostgresql/tapline",
                    "postgresql:///tapline?host=/tmp/sock&port=54329", "postgresql://localhost/tapline?host=/tmp/sock"] {
            #expect(try Self.resolve(option: uri) == .postgres(uri: uri), "\(uri)")
        }
    }

    @Test func aNetworkHostWithoutRequiredTLSIsRefused() throws {
        for uri in ["postgresql://db.example.net/tapline", "postgresql://ana:secret@db.example.net:5432/tapline?sslmode=prefer",
                    "postgresql://db.example.net/tapline?sslmode=disable", "postgresql://db.example.net/tapline?sslmode=allow",
                    "postgresql://localhost/tapline", "postgresql://[::1]:5432/tapline", "postgresql:///tapline?host=10.0.0.5",
                    "postgresql:///tapline?hostaddr=10.0.0.5", "postgresql://%2Ftmp%2Fsock,db.example.net/tapline"] {
            #expect(throws: StoreLocationError.self, "\(uri)") { try Self.resolve(option: uri) }
        }
        let error = #expect(throws: StoreLocationError.self) { try Self.resolve(option: "postgresql://db.example.net/tapline") }
        #expect(error?.description.hasPrefix("refusing to reach PostgreSQL at db.example.net without TLS (the URI says no sslmode)") == true)
    }

    @Test func aNetworkHostWithRequiredTLSIsAccepted() throws {
        for mode in ["require", "verify-ca", "verify-full"] {
            let uri = "postgresql://ana@db.example.net:5432/tapline?sslmode=\(mode)"
            #expect(try Self.resolve(option: uri) == .postgres(uri: uri))
        }
    }

    @Test func libpqsEnvironmentIsReadAsLibpqWouldReadIt() throws {
        // No host in the URI: libpq takes PGHOST, so a network PGHOST needs TLS too
        #expect(throws: StoreLocationError.self) { try Self.resolve(option: "postgresql:///tapline", environment: ["PGHOST": "db.example.net"]) }
        let tls = ["PGHOST": "db.example.net", "PGSSLMODE": "verify-full"]
        #expect(try Self.resolve(option: "postgresql:///tapline", environment: tls) == .postgres(uri: "postgresql:///tapline"))
        #expect(try Self.resolve(option: "postgresql:///tapline", environment: ["PGHOST": "/run/postgresql"]) == .postgres(uri: "postgresql:///tapline"))
        // The URI's own sslmode wins over PGSSLMODE, as in libpq
        #expect(throws: StoreLocationError.self) {
            try Self.resolve(option: "postgresql://db.example.net/tapline?sslmode=prefer", environment: ["PGSSLMODE": "require"])
        }
    }

    @Test func theConfigFileNamesTheStore() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-config-\(UUID().uuidString).toml")
        try "database = \"postgresql:///tapline\"\ntheme = \"monochrome\"\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let (configuration, warnings) = Configuration.load(from: file)
        #expect(warnings.isEmpty)
        #expect(configuration.database == "postgresql:///tapline")
    }
}
