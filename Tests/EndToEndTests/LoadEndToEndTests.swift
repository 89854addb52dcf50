import Foundation
import TaplinePostgres
import TaplineTestSupport
import Testing

/// Issue 11, item 10: fifty console processes saving to one account at once on each store.
///
/// Runs the real binary's `tapline bench load` (fifty worker processes, each its own connection,
/// each working as this operating-system login) and holds it to what it reports about
/// integrity — every acknowledged save stored whole, no number twice, the store grown by
/// exactly what was acknowledged — never to its timings. The complaints on the account are
/// also counted here, apart from the bench's own check.
@Suite("End to end: fifty processes saving to one account at once", .serialized)
struct LoadEndToEndTests {
    static let processes = 50, rounds = 2
    static let account = "990000000000"

    @Test func onOneSQLiteFileEveryAcknowledgedSaveIsThereWholeUnderANumberOfItsOwn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-load-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let report = try Self.benchLoad(database: path)
        try Self.expectIntegrity(report)
        let counted = try Spawn.run(["sqlite3", path, """
            SELECT count(*) FROM complaint c JOIN account a ON a.id = c.account_id WHERE a.number = '\(Self.account)'
            """])
        #expect(counted.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(Self.processes * Self.rounds))
    }

    @Test func onPostgreSQLEveryAcknowledgedSaveIsThereWholeUnderANumberOfItsOwn() throws {
        // Given a database set up by this login (a superuser on the test server, so its admin)
        let server = try PostgresTestServer.get()
        let uri = server.uri(database: try server.makeDatabase())
        let initialised = try Spawn.run([TmuxSession.binary.path, "admin", "init", "--database", uri], captureStderr: true)
        #expect(initialised.status == 0, "\(initialised.output)")
        // When fifty processes, each its own session, save at once
        let report = try Self.benchLoad(database: uri)
        // Then the bench finds every save whole, and so does a count of the account's complaints
        try Self.expectIntegrity(report)
        let counted = try PGConnection(uri: uri).execute("""
            SELECT count(*) AS n FROM complaint c JOIN account a ON a.id = c.account_id WHERE a.number = $1
            """, [Self.account]).first
        #expect(counted?.int("n") == Self.processes * Self.rounds)
    }

    /// Runs `tapline bench load --json` and returns its report.
    static func benchLoad(database: String) throws -> [String: Any] {
        let result = try Spawn.run([TmuxSession.binary.path, "bench", "load", "--processes", String(processes), "--saves", String(rounds),
                                    "--account", account, "--json", "--database", database], captureStderr: true)
        #expect(result.status == 0, "\(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
    }

    /// No save refused, none missing or changed, no number twice, nothing stored beyond what was acknowledged.
    static func expectIntegrity(_ report: [String: Any]) throws {
        #expect(report["missingOrChanged"] as? [String] == [])
        #expect(report["duplicateNumbers"] as? [String] == [])
        #expect(report["unexplainedGrowth"] as? [String] == [])
        #expect(report["workerFailures"] as? [String] == [])
        #expect((report["refusals"] as? [String: Int])?.isEmpty == true, "\(report["refusals"] ?? "")")
        let throughput = try #require(report["throughput"] as? [String: Any])
        let kinds = try #require(throughput["kinds"] as? [[String: Any]])
        #expect(kinds.map { $0["kind"] as? String } == ["note", "complaint", "plan", "incident", "all"])
        for kind in kinds.dropLast() {
            #expect(kind["acknowledged"] as? Int == processes * rounds, "\(kind)")
        }
    }
}
