import Foundation
import TaplineTestSupport
import Testing
import TaplineDomain
import TaplineStore
@testable import tapline

/// Issue 10 item 18: `demo --reset` deleted every trainee's saved scores without a word, even mid-call.
@Suite("Demo reset keeps trainees' scores; --forget-scores deletes them and says how many", .serialized)
struct DemoResetTests {
    /// A private folder with a demo database path inside it.
    private struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-demo-reset-\(UUID().uuidString)")
        var database: URL { url.appendingPathComponent("demo.sqlite") }
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static let today = CivilDate(iso: "2026-03-02")!

    /// A finished attempt by `trainee` on a one-expectation scenario.
    static func attempt(_ trainee: String) -> TrainingAttempt {
        let scenario = Scenario(id: "easter", title: "Easter", summary: "A call.", startScreen: "account",
                                now: LocalDateTime(iso: "2025-04-17T10:30")!,
                                fixture: ScenarioFixture(accountNumber: "9000001002", customerName: "Dan", propertyAddress: "8 Gap Road",
                                                         balance: .zero),
                                callerLines: [CallerLine(text: "Hello.")],
                                expectations: [ScenarioExpectation(id: "calm", description: "Keep helping", clause: "Conduct policy",
                                                                   points: 1, check: .callerOnlyFrustrated)])
        let actions = [TimedTraineeAction(at: scenario.now, action: .openedAccount(number: "9000001002"))]
        let started = LocalDateTime(date: today, hour: 9)
        return TrainingAttempt(trainee: trainee, scenarioID: scenario.id, startedAt: started, finishedAt: started, actions: actions,
                               scoreCard: ScenarioScorer.score(scenario, actions: actions))
    }

    private func prepare(_ folder: Folder, reset: Bool = false, forget: Bool = false) throws -> (AppDatabase, DemoDatabase.Attempts) {
        let (store, _, attempts) = try DemoDatabase.prepare(at: folder.database, accounts: 20, seed: 1, today: Self.today,
                                                             reset: reset, forgetScores: forget, by: "tess")
        return (store, attempts)
    }

    @Test func aResetRebuildsTheAccountsAndKeepsEveryAttempt() throws {
        // Given a demo database where two trainees have finished calls
        let folder = try Folder()
        defer { folder.remove() }
        do {
            let (store, _) = try prepare(folder)
            try store.trainingAttempts.save(Self.attempt("amy"))
            try store.trainingAttempts.save(Self.attempt("ben"))
        }
        // When it is reset
        let (rebuilt, attempts) = try prepare(folder, reset: true)
        // Then both attempts are kept, and the outcome says so
        #expect(attempts == DemoDatabase.Attempts(kept: 2, forgotten: 0))
        #expect(try rebuilt.trainingAttempts.all().map(\.trainee) == ["amy", "ben"])
        #expect(try rebuilt.accounts.account("1000000001") != nil)
    }

    @Test func forgetScoresDeletesThemAndCountsThem() throws {
        let folder = try Folder()
        defer { folder.remove() }
        do {
            let (store, _) = try prepare(folder)
            try store.trainingAttempts.save(Self.attempt("amy"))
        }
        // With a reset: rebuilt without them
        let (afterReset, withReset) = try prepare(folder, reset: true, forget: true)
        #expect(withReset == DemoDatabase.Attempts(kept: 0, forgotten: 1))
        #expect(try afterReset.trainingAttempts.count() == 0)
        // Alone: the accounts stay, the attempts go
        try afterReset.trainingAttempts.save(Self.attempt("ben"))
        try afterReset.trainingAttempts.save(Self.attempt("cat"))
        let (kept, alone) = try prepare(folder, forget: true)
        #expect(alone == DemoDatabase.Attempts(kept: 0, forgotten: 2))
        #expect(try kept.trainingAttempts.count() == 0)
    }

    @Test func aResetWhileAnotherConsoleIsOnTheDemoDatabaseIsRefused() throws {
        // Given a trainee's console open on the demo database (a call may be under way)
        let console = try TmuxSession(arguments: ["demo", "--accounts", "50"])
        try console.waitFor("Where to?", timeout: 60)
        let data = console.home.appendingPathComponent("data")
        // When another terminal resets it
        let result = try Spawn.run([TmuxSession.binary.path, "demo", "--reset"],
                                   environment: ["HOME": console.home.path, "XDG_DATA_HOME": data.path, "TAPLINE_HOME": TmuxSession.packageRoot.path,
                                                 "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], captureStderr: true)
        // Then nothing is deleted, and it says why
        #expect(result.status == 1)
        #expect(result.output.contains("is open in another console (a trainee may be mid-call)"))
        try console.press("q")
        try console.waitFor("EXIT=0")
    }

    @Test func theCommandSaysHowManyAttemptsAreKeptOrDeleted() throws {
        // Given a demo database with one saved attempt
        let folder = try Folder()
        defer { folder.remove() }
        let data = folder.url.appendingPathComponent("data")
        let database = data.appendingPathComponent("tapline/demo.sqlite")
        try FileManager.default.createDirectory(at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let (store, _, _) = try DemoDatabase.prepare(at: database, accounts: 20, seed: 1, today: Self.today, reset: false)
            try store.trainingAttempts.save(Self.attempt("amy"))
        }
        let environment = ["HOME": folder.url.path, "XDG_DATA_HOME": data.path, "TAPLINE_HOME": TmuxSession.packageRoot.path,
                           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        // When it is reset (no terminal: the console does not start, but the database work is done and reported)
        let reset = try Spawn.run([TmuxSession.binary.path, "demo", "--reset", "--accounts", "20"], environment: environment,
                                  captureStderr: true)
        #expect(reset.output.contains("kept 1 training attempt (every trainee's saved scores); --forget-scores deletes them"))
        // And when the scores are forgotten, it says how many went
        let forget = try Spawn.run([TmuxSession.binary.path, "demo", "--forget-scores"], environment: environment, captureStderr: true)
        #expect(forget.output.contains("deleted 1 training attempt (every trainee's saved scores)"))
    }
}
