@testable import TaplineDomain

/// Builders shared by the training tests: times, money and scripted runs of trainee actions.
enum TrainingTestSupport {
    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func money(_ text: String) -> Money { try! Money.parse(text) }

    /// Actions as the console records them: one a minute, starting at `start`.
    static func run(_ actions: [TraineeAction], from start: String = "2025-04-17T10:30") -> [TimedTraineeAction] {
        let first = time(start)
        return actions.enumerated().map { offset, action in
            let minutes = first.minuteOfDay + offset
            return TimedTraineeAction(at: LocalDateTime(date: first.date, hour: minutes / 60, minute: minutes % 60), action: action)
        }
    }

    static func complaint(due: String, disputed: String? = nil) -> TraineeAction {
        .loggedComplaint(dueDate: date(due), receivedAt: time("2025-04-17T10:30"),
                         disputedAmount: disputed.map(money), category: "billing")
    }

    static func fixture() -> ScenarioFixture {
        ScenarioFixture(accountNumber: "TRN-0001", customerName: "Test Customer",
                        propertyAddress: "1 Test Street, Sunbury VIC 3429", balance: money("100.00"))
    }

    static func expectation(_ id: String, points: Int = 1, clause: String = "Charter 3.1(a)", _ check: ExpectationCheck) -> ScenarioExpectation {
        ScenarioExpectation(id: id, description: "Do \(id)", clause: clause, points: points, check: check)
    }

    static func scenario(id: String = "test", lines: [CallerLine] = [CallerLine(text: "Hello.")],
                         _ expectations: [ScenarioExpectation]) -> Scenario {
        Scenario(id: id, title: "Test", summary: "A test scenario.", startScreen: "account", now: time("2025-04-17T10:30"),
                 fixture: fixture(), callerLines: lines, expectations: expectations)
    }
}
