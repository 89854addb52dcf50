import Foundation
import Testing
import TaplineDomain
import TaplineStore

/// The repository's `scenarios/` folder, found from this file's place in `Tests/TaplineStoreTests/`.
private let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

private func loadScenarios() throws -> [String: Scenario] {
    let (scenarios, errors) = ScenarioLoader.loadAll(from: scenariosFolder)
    guard errors.isEmpty else { throw ScenarioFilesProblem(errors: errors) }
    return Dictionary(uniqueKeysWithValues: scenarios.map { ($0.id, $0) })
}

private struct ScenarioFilesProblem: Error, CustomStringConvertible {
    let errors: [ScenarioLoadError]
    var description: String { errors.map(\.description).joined(separator: "\n") }
}

private func money(_ text: String) -> Money { try! Money.parse(text) }

/// What the console's screens record for a run: the account opened at the start, then one action a minute.
private func scripted(_ scenario: Scenario, _ actions: [TraineeAction]) -> [TimedTraineeAction] {
    ([.openedAccount(number: scenario.fixture.accountNumber)] + actions).enumerated().map { offset, action in
        let minutes = scenario.now.minuteOfDay + offset
        return TimedTraineeAction(at: LocalDateTime(date: scenario.now.date, hour: minutes / 60, minute: minutes % 60), action: action)
    }
}

/// The complaint the complaints screen logs at the scenario's time, due 10 business days later by the calendar.
private func complaintAsTheScreenLogsIt(_ scenario: Scenario, disputed: Money?) -> TraineeAction {
    .loggedComplaint(dueDate: BusinessCalendar.victoria.adding(businessDays: 10, to: scenario.now.date),
                     receivedAt: scenario.now, disputedAmount: disputed, category: "billing")
}

/// A model run through each scenario: what a trainee who follows the policies does.
private let modelRuns: [(id: String, actions: @Sendable (Scenario) -> [TraineeAction])] = [
    ("hardship-plan", { _ in [
        .hardshipAssessed(outcome: "inHardship", capacityToPay: money("60.00")),
        .planCreated(instalment: money("60.00"), frequency: "fortnightly", instalmentCount: 41),
        .referralOffered(to: "financialCounsellor"),
        .referralOffered(to: "utilityReliefGrant"),
    ] }),
    ("disputed-bill-easter", { scenario in [complaintAsTheScreenLogsIt(scenario, disputed: money("684.90"))] }),
    ("abusive-caller", { _ in [.conductRequestToStop, .conductContactEnded, .conductReported] }),
    ("life-support-restriction", { _ in [.restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"])] }),
    ("repeat-complaint-manager", { _ in [.escalatedComplaint(toLevel: "manager"), .referralOffered(to: "EWOV")] }),
    ("moving-house", { _ in [.moveRecorded(kind: "changeOfTenant", movingOutOn: CivilDate(iso: "2025-04-18")!,
                                           forwardingPostcode: "3437", newCustomer: true)] }),
    ("bill-too-high", { _ in [.meterRequested(kind: "meter-test")] }),
]

/// A run with mistakes, and the expectations (with their clauses) it must miss.
struct ScenarioPartialRun: CustomTestStringConvertible, Sendable {
    let scenarioID: String
    let name: String
    let actions: [TraineeAction]
    let missed: [String]
    let clauses: [String]
    var testDescription: String { "\(scenarioID): \(name)" }
}

@Suite("The scenario files: all load, each can be completed to full marks, mistakes cost the right points")
struct ScenarioFilesTests {
    @Test func everyScenarioFileLoadsAndTheFiveTheIssueNamesAreThere() throws {
        let scenarios = try loadScenarios()
        #expect(Set(modelRuns.map(\.id)).isSubset(of: Set(scenarios.keys)))
        #expect(scenarios.count >= 5)
    }

    @Test("a scripted model run scores full marks and reveals the whole call", arguments: modelRuns.map(\.id))
    func modelRunScoresFullMarks(id: String) throws {
        // Given the scenario and the actions its screens record for a model run
        let scenario = try #require(try loadScenarios()[id])
        let actions = scripted(scenario, modelRuns.first { $0.id == id }!.actions(scenario))
        // When the run is scored
        let card = ScenarioScorer.score(scenario, actions: actions)
        // Then every expectation is met
        #expect(card.isFullMarks, "misses: \(card.misses.map { "\($0.expectationID): \($0.detail)" })")
        #expect(card.percent == 100)
        // And the caller's lines appeared one step at a time, ending with all of them
        let shown = (0...actions.count).map { scenario.visibleLines(after: Array(actions.prefix($0))).count }
        #expect(shown == shown.sorted())
        #expect(shown.last == scenario.callerLines.count)
        #expect(shown.first! < scenario.callerLines.count)
    }

    static let partialRuns: [ScenarioPartialRun] = [
        ScenarioPartialRun(scenarioID: "bill-too-high", name: "a special reading instead of a test",
                   actions: [.meterRequested(kind: "special-reading")],
                   missed: ["meter-test"], clauses: ["Charter 11.1, 4.8"]),
        ScenarioPartialRun(scenarioID: "bill-too-high", name: "ended the call on an upset customer",
                   actions: [.meterRequested(kind: "meter-test"), .conductContactEnded],
                   missed: ["frustration-is-not-abuse"], clauses: ["Conduct policy: \"Purpose of this policy\""]),
        ScenarioPartialRun(scenarioID: "moving-house", name: "moved him out today and left the new tenant with no account",
                   actions: [.moveRecorded(kind: "moveOut", movingOutOn: CivilDate(iso: "2025-04-17")!, forwardingPostcode: "3437",
                                           newCustomer: false)],
                   missed: ["move-out-tomorrow", "new-tenant-moved-in"], clauses: ["Charter 14.11(a)", "Charter 14.17(b)"]),
        ScenarioPartialRun(scenarioID: "moving-house", name: "sent the final bill to the old address",
                   actions: [.moveRecorded(kind: "changeOfTenant", movingOutOn: CivilDate(iso: "2025-04-18")!, forwardingPostcode: "3429",
                                           newCustomer: true)],
                   missed: ["move-out-tomorrow"], clauses: ["Charter 14.11(a)"]),
        ScenarioPartialRun(scenarioID: "disputed-bill-easter", name: "forgot ANZAC Day and disputed the whole bill",
                   actions: [.loggedComplaint(dueDate: CivilDate(iso: "2025-05-05")!, receivedAt: LocalDateTime(iso: "2025-04-17T10:30")!,
                                              disputedAmount: money("1046.30"), category: "billing")],
                   missed: ["reply-due-date", "disputed-amount"], clauses: ["Charter 3.1(a)", "Charter 3.1(e), 7.2(e)"]),
        ScenarioPartialRun(scenarioID: "disputed-bill-easter", name: "hung up on a frustrated caller",
                   actions: [.conductContactEnded],
                   missed: ["reply-due-date", "disputed-amount", "frustration-is-not-abuse"],
                   clauses: ["Charter 3.1(a)", "Charter 3.1(e), 7.2(e)", "Conduct policy: \"Purpose of this policy\""]),
        ScenarioPartialRun(scenarioID: "abusive-caller", name: "hung up without asking him to stop",
                   actions: [.conductContactEnded, .conductReported],
                   missed: ["request-to-stop-first"], clauses: ["Conduct policy: \"The policy in action\""]),
        ScenarioPartialRun(scenarioID: "abusive-caller", name: "did not report the threat",
                   actions: [.conductRequestToStop, .conductContactEnded],
                   missed: ["report-the-threat"], clauses: ["Conduct policy: \"The policy in action\""]),
        ScenarioPartialRun(scenarioID: "hardship-plan", name: "the old $95 plan again, no referrals",
                   actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: money("60.00")),
                             .planCreated(instalment: money("95.00"), frequency: "fortnightly", instalmentCount: 13)],
                   missed: ["plan-within-capacity", "financial-counsellor", "utility-relief-grant"],
                   clauses: ["Charter 5.4, 5.5(a)(1), 5.6(d)", "Charter 5.5(e)(2), 5.6(g)", "Charter 5.5(e)(1), 5.6(g)"]),
        ScenarioPartialRun(scenarioID: "hardship-plan", name: "capacity assessed above what she can spare",
                   actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: money("95.00")),
                             .planCreated(instalment: money("95.00"), frequency: "fortnightly", instalmentCount: 13),
                             .referralOffered(to: "financialCounsellor"), .referralOffered(to: "utilityReliefGrant")],
                   missed: ["assessed-in-hardship"], clauses: ["Charter 5.6(a)"]),
        ScenarioPartialRun(scenarioID: "life-support-restriction", name: "recorded restriction as permitted",
                   actions: [.restrictionChecked(permitted: true, reasonClauses: [])],
                   missed: ["refused-life-support", "never-permitted"], clauses: ["Charter 7.3(b), 9.5(a)", "Charter 7.3(b)"]),
        ScenarioPartialRun(scenarioID: "life-support-restriction", name: "refused for the wrong reason",
                   actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(a)"])],
                   missed: ["refused-life-support"], clauses: ["Charter 7.3(b), 9.5(a)"]),
        ScenarioPartialRun(scenarioID: "repeat-complaint-manager", name: "back to a team leader, no Ombudsman",
                   actions: [.escalatedComplaint(toLevel: "teamLeader")],
                   missed: ["escalate-to-manager", "ewov-information"], clauses: ["Charter 3.1(d)(1)", "Charter 3.1(d)(2), 3.1(f)"]),
        // Issue 10 item 7: asking a frustrated (not abusive) caller to stop scored "Rightly avoided ending the call"
        ScenarioPartialRun(scenarioID: "repeat-complaint-manager", name: "asked a frustrated caller to stop",
                   actions: [.escalatedComplaint(toLevel: "manager"), .referralOffered(to: "EWOV"), .conductRequestToStop],
                   missed: ["frustration-is-not-abuse"], clauses: ["Conduct policy: \"Purpose of this policy\""]),
        ScenarioPartialRun(scenarioID: "disputed-bill-easter", name: "asked a frustrated caller to stop, then reported him",
                   actions: [.conductRequestToStop, .conductReported],
                   missed: ["reply-due-date", "disputed-amount", "frustration-is-not-abuse"],
                   clauses: ["Charter 3.1(a)", "Charter 3.1(e), 7.2(e)", "Conduct policy: \"Purpose of this policy\""]),
    ]

    @Test func escalatingTheRepeatComplaintToTheGeneralManagerScoresFullMarks_3_1d1() throws {
        // Given the repeat complaint at Team Leader, and the escalation dialog offering any higher level (issue 10 item 7)
        let scenario = try #require(try loadScenarios()["repeat-complaint-manager"])
        // When the trainee takes it to the General Manager
        let card = ScenarioScorer.score(scenario, actions: scripted(scenario, [.escalatedComplaint(toLevel: "generalManager"),
                                                                               .referralOffered(to: "EWOV")]))
        // Then it scores, as the dialog allowed it
        #expect(card.isFullMarks, "misses: \(card.misses.map(\.detail))")
        #expect(card.results.first { $0.expectationID == "escalate-to-manager" }?.detail.contains("general manager") == true)
    }

    @Test("a run with mistakes misses exactly those expectations, each with its clause", arguments: partialRuns)
    func partialRunMissesTheRightExpectations(run: ScenarioPartialRun) throws {
        let scenario = try #require(try loadScenarios()[run.scenarioID])
        let card = ScenarioScorer.score(scenario, actions: scripted(scenario, run.actions))
        #expect(card.misses.map(\.expectationID) == run.missed)
        #expect(card.misses.map(\.clause) == run.clauses)
        #expect(card.points == card.maxPoints - card.misses.reduce(0) { $0 + $1.points })
        #expect(card.points < card.maxPoints)
    }

    @Test func everyExpectedComplaintDueDateIsTenBusinessDaysAfterReceiptByTheCalendar_3_1a() throws {
        let scenarios = try loadScenarios().values
        var checked = 0
        for scenario in scenarios {
            for expectation in scenario.expectations {
                guard case .complaintLogged(let due) = expectation.check else { continue }
                #expect(due == BusinessCalendar.victoria.adding(businessDays: 10, to: scenario.now.date), "\(scenario.id)")
                checked += 1
            }
        }
        #expect(checked >= 1)
    }

    @Test func theEasterComplaintSkipsGoodFridayEasterMondayAndAnzacDay_3_1a() throws {
        let scenario = try #require(try loadScenarios()["disputed-bill-easter"])
        let calendar = BusinessCalendar.victoria
        guard case .complaintLogged(let due) = scenario.expectations.first(where: { $0.id == "reply-due-date" })?.check else {
            Issue.record("no due-date expectation")
            return
        }
        #expect(scenario.now.date.weekday == .thursday)
        #expect(calendar.businessDays(from: scenario.now.date, to: due) == 10)
        let between = (1..<scenario.now.date.days(until: due)).map { scenario.now.date.adding(days: $0) }
        let holidays = between.filter { !$0.isWeekend && calendar.isPublicHoliday($0) }
        #expect(holidays.map(\.iso) == ["2025-04-18", "2025-04-21", "2025-04-25"])
    }

    @Test func theLifeSupportCallIsOnADayWhenOnlyRegistrationForbidsRestriction_7_3() throws {
        // Given the life-support scenario
        let scenario = try #require(try loadScenarios()["life-support-restriction"])
        let calendar = BusinessCalendar.victoria
        let today = scenario.now.date
        // Then the customer is registered (9.5(a)) and none of 7.3(a)'s day-and-time limits apply
        #expect(scenario.fixture.lifeSupport)
        #expect(today.weekday != .friday && !today.isWeekend)
        #expect(!calendar.isPublicHoliday(today) && !calendar.isPublicHoliday(today.adding(days: 1)))
        #expect(scenario.now.hour < 15)
    }

    @Test func fixturesAreDistinctTrainingAccountsOutsideGeneratedNumbersWithBillsDueAtLeast28DaysAfterIssue_5_1() throws {
        let scenarios = Array(try loadScenarios().values)
        let accounts = scenarios.map(\.fixture.accountNumber)
        #expect(Set(accounts).count == accounts.count)
        #expect(accounts.allSatisfy { AccountNumber.problem(with: $0) == nil && $0.hasPrefix("9") })
        for bill in scenarios.flatMap(\.fixture.bills) {
            #expect(bill.issuedOn.days(until: bill.dueOn) >= 28)
        }
    }

    @Test func theRepeatComplaintHasAlreadyBeenToATeamLeader_3_1d() throws {
        let scenario = try #require(try loadScenarios()["repeat-complaint-manager"])
        let earlier = try #require(scenario.fixture.complaints.first)
        #expect(earlier.escalatedTo == "teamLeader")
        #expect(earlier.receivedAt < scenario.now)
    }

    @Test func theHardshipCustomerMustBeOfferedAPlan_5_4() throws {
        // Fewer than two plans cancelled in 12 months: a plan cannot be refused (Charter 5.4).
        let scenario = try #require(try loadScenarios()["hardship-plan"])
        #expect(scenario.fixture.plansCancelledLast12Months < 2)
    }

    @Test func everyExpectationCitesTheCharterOrTheConductPolicy() throws {
        for expectation in try loadScenarios().values.flatMap(\.expectations) {
            #expect(expectation.clause.hasPrefix("Charter ") || expectation.clause.hasPrefix("Conduct policy: "), "\(expectation.id)")
        }
    }
}
