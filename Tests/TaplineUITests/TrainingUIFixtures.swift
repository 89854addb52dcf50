import Foundation
import TaplineDomain
@testable import TaplineUI

/// Fakes and values the training screen tests share: a scenario, a port, a clock, an account.
enum TrainingUIFixtures {
    static let realNow = LocalDateTime(date: CivilDate(iso: "2026-03-02")!, hour: 9, minute: 5)

    /// A small Easter complaint scenario: two lines at the start, a third once a complaint is logged.
    static let scenario = Scenario(
        id: "easter", title: "Disputed bill before Easter", summary: "Dan rings about an estimated bill.",
        startScreen: "account", now: LocalDateTime(iso: "2025-04-17T10:30")!,
        fixture: ScenarioFixture(accountNumber: "9000001002", customerName: "Daniel O'Brien",
                                 propertyAddress: "8 Gap Road, Sunbury VIC 3429", balance: Money(cents: 104_630)),
        callerLines: [CallerLine(text: "G'day, Dan O'Brien here. My bill is over a thousand bucks."),
                      CallerLine(text: "The usage charge of $684.90 is just wrong."),
                      CallerLine(text: "So when will I actually hear back?", revealAfter: .loggedComplaint)],
        expectations: [
            ScenarioExpectation(id: "reply-due-date", description: "Log the complaint with the reply due Tue 6 May 2025",
                                clause: "Charter 3.1(a)", points: 3, check: .complaintLogged(dueDate: CivilDate(iso: "2025-05-06")!)),
            ScenarioExpectation(id: "frustration-is-not-abuse", description: "Keep helping him",
                                clause: "Conduct policy: \"Purpose of this policy\"", points: 1, check: .notDone(.conductContactEnded)),
        ])

    static let second = Scenario(
        id: "second", title: "Second call", summary: "Another caller.", startScreen: "account",
        now: LocalDateTime(iso: "2025-08-12T10:15")!,
        fixture: ScenarioFixture(accountNumber: "9000001004", customerName: "Priya Sharma",
                                 propertyAddress: "5 Wattle Court, Sunbury VIC 3429", balance: .zero),
        callerLines: [CallerLine(text: "Hello.")],
        expectations: [ScenarioExpectation(id: "never", description: "Never permit restriction", clause: "Charter 7.3(b)",
                                           points: 2, check: .noRestrictionPermitted)])

    static let catalogue = TrainingCatalogue(scenarios: [scenario, second],
                                             problems: ["scenarios/broken.toml:14: unknown check kind “contactEnd” in [[expectations]] #2"])

    static func env(_ clock: FakeTrainingClock, role: Role = .agent) -> ScreenEnvironment {
        ScreenEnvironment(now: clock.now, agent: "amy", role: role, isDemo: true)
    }

    static func render(_ console: Console, width: Int = 80, height: Int = 24, env: ScreenEnvironment) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        console.render(into: &canvas, env: env)
        return canvas
    }

    /// Services with an account for every number asked about, so the account screen opens.
    static var services: Services {
        var services = Services()
        services.register(FakeAccounts(), as: (any AccountsPort).self)
        return services
    }
}

/// A clock that reads a fixed real time, and the scenario's start while a call runs.
final class FakeTrainingClock: TrainingClock, @unchecked Sendable {
    private(set) var scenarioStart: LocalDateTime?
    private(set) var stops = 0
    let wallClock = TrainingUIFixtures.realNow

    var now: LocalDateTime { scenarioStart ?? wallClock }
    func startScenario(at start: LocalDateTime) { scenarioStart = start }
    func stopScenario() {
        scenarioStart = nil
        stops += 1
    }
}

/// A training port in memory: hands out account numbers, keeps attempts, or refuses when told to.
final class FakeTrainingPort: TrainingPort, @unchecked Sendable {
    private let lock = NSLock()
    private var saved: [TrainingAttempt] = []
    var refuseStart: String?
    var refuseSave: String?
    var attempts: [TrainingAttempt] { lock.withLock { saved } }

    func prepareCall(_ scenario: Scenario, for trainee: String, at time: LocalDateTime) throws -> PreparedCall {
        if let refuseStart { throw TrainingRefusal(refuseStart) }
        return PreparedCall(accountNumber: scenario.fixture.accountNumber, complaintNumbers: ["C-2025-000001"])
    }

    func save(_ attempt: TrainingAttempt) throws {
        if let refuseSave { throw TrainingRefusal(refuseSave) }
        lock.withLock { saved.append(attempt) }
    }

    func trainerReport(for role: Role) throws -> TrainerReport {
        guard role != .agent else { throw TrainingRefusal("the trainer view is for trainers and supervisors") }
        return TrainerReport.summarise(attempts: attempts)
    }
}

/// Every account exists, named after its number's scenario.
struct FakeAccounts: AccountsPort {
    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func addNote(_ note: Note, to accountNumber: String) throws {}

    func detail(_ accountNumber: String) throws -> AccountDetail? {
        let address = Address(lines: ["8 Gap Road"], suburb: "Sunbury", postcode: "3429")
        let account = Account(accountNumber: accountNumber, billingAddress: address,
                              customers: [Customer(name: "Daniel O'Brien", isPrimary: true)],
                              property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
        return AccountDetail(account: account, flags: [], bills: [], payments: [], interactions: [], notes: [])
    }
}

/// A screen standing in for an area's: each key records one trainee action, as the real screens do.
struct ActingScreen: Screen {
    enum Action: Sendable { case act(TraineeAction) }
    let actions: [Character: TraineeAction]

    var title: String { "Acting" }
    var bindings: [KeyBinding<Action>] {
        actions.sorted { $0.key < $1.key }.map { KeyBinding(.character($0.key), help: "act", action: .act($0.value)) }
    }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action { case .act(let done): .trainee(done) }
    }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {}
}
