import Foundation
import TaplineTestSupport
import Testing

/// The database stopped and started under a running console (issue 11, item 9): the console
/// says it is reconnecting, keeps what was typed, refuses the save with a reason, and saves
/// once the server is back. On a server of the test's own: stopping the shared one would fail
/// every other test using it meanwhile.
@Suite("End to end: the PostgreSQL server restarts under a running console", .serialized)
struct PostgresOutageEndToEndTests {
    @Test func theConsoleSaysReconnectingKeepsTheNoteAndSavesItWhenTheServerIsBack() throws {
        let server = try PostgresTestServer.dedicated()
        defer { server.discard() }
        let uri = server.uri(database: try server.makeDatabase(prefix: "outage"))
        for step in [["admin", "init"], ["seed", "--accounts", "50", "--seed", "7"]] {
            let done = try Spawn.run([TmuxSession.binary.path] + step + ["--database", uri], captureStderr: true)
            try #require(done.status == 0, "\(step): \(done.output)")
        }
        let console = try TmuxSession(arguments: ["account", "1000000002", "--database", uri])
        try console.waitFor("Balance $")
        // When the server stops while the agent writes a note
        server.stop()
        try console.waitFor("RECONNECTING to the database")
        try console.press("n")
        try console.type("Leak at the meter; will call back")
        try console.press("Enter")
        // Then the save is refused with the reason, and the note is still in the field
        let refused = try console.waitFor("the note was not saved: the database cannot be reached")
        #expect(refused.contains("Leak at the meter; will call back"), "the typed note is still in its field")
        // When the server is back, the console says so and the same Enter saves it
        try server.restart()
        try console.waitForAbsence("RECONNECTING", timeout: 15)
        try console.press("Enter")
        try console.waitFor("✔ Note saved")
        let notes = try Spawn.run(["psql", uri, "-At", "-c", "SELECT text FROM note WHERE text LIKE 'Leak at the meter%'"], captureStderr: true)
        #expect(notes.output.trimmingCharacters(in: .whitespacesAndNewlines) == "Leak at the meter; will call back", "saved once, whole")
        try console.quitMidCall()
        try console.waitFor("EXIT=0")
    }
}
