import Foundation
import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

@Suite("A scenario reveals the caller's lines as the trainee acts")
struct TrainingScenarioTests {
    let scenario = T.scenario(lines: [
        CallerLine(text: "You're a useless idiot."),
        CallerLine(text: "Don't tell me how to talk.", revealAfter: .conductRequestToStop),
        CallerLine(text: "[hangs up]", revealAfter: .conductContactEnded),
        CallerLine(text: "Thanks for listening."),
    ], [T.expectation("ask", points: 2, .requestToStopBeforeContactEnded), T.expectation("end", points: 3, .contactEnded)])

    @Test func linesWithoutATriggerShowFromTheStartUpToTheFirstThatWaits() {
        #expect(scenario.visibleLines(after: []).map(\.text) == ["You're a useless idiot."])
    }

    @Test func aLineAppearsOnceItsActionIsDone() {
        let lines = scenario.visibleLines(after: T.run([.conductRequestToStop]))
        #expect(lines.map(\.text) == ["You're a useless idiot.", "Don't tell me how to talk."])
    }

    @Test func linesAfterTheLastTriggerFollowIt() {
        let lines = scenario.visibleLines(after: T.run([.conductRequestToStop, .conductContactEnded]))
        #expect(lines.count == 4)
    }

    @Test func aLaterLineWaitsForEarlierOnesSoTheCallNeverSkipsAhead() {
        // Given the trainee ends the call without asking the caller to stop
        let lines = scenario.visibleLines(after: T.run([.conductContactEnded]))
        // Then the line waiting on the end stays hidden behind the one waiting on the request
        #expect(lines.map(\.text) == ["You're a useless idiot."])
        // And once the request is made, both appear in order
        let later = scenario.visibleLines(after: T.run([.conductContactEnded, .conductRequestToStop]))
        #expect(later.map(\.text) == ["You're a useless idiot.", "Don't tell me how to talk.", "[hangs up]", "Thanks for listening."])
    }

    @Test func aScenarioSurvivesAJSONRoundTripForTheScenarioListing() throws {
        // Given a scenario using every kind of check
        let everyCheck: [ExpectationCheck] = [
            .complaintLogged(dueDate: T.date("2025-05-06")), .disputedAmountRecorded(T.money("684.90")),
            .complaintEscalatedAbove(level: "teamLeader"), .requestToStopBeforeContactEnded, .contactEnded, .incidentReported,
            .planWithinCapacity, .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: T.money("40")),
            .restrictionRefusedWithClause("7.3(b)"), .noRestrictionPermitted, .referralOffered("EWOV"),
            .callerOnlyFrustrated, .notDone(.conductContactEnded),
        ]
        let full = T.scenario(lines: scenario.callerLines, everyCheck.enumerated().map { T.expectation("e\($0.offset)", $0.element) })
        // When written as JSON (`tapline demo scenarios --json`) and read back
        let decoded = try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(full))
        // Then it is the same scenario
        #expect(decoded == full)
        #expect(Set(everyCheck.map(\.kindName)).count == everyCheck.count)
    }

    @Test func maxPointsSumsTheExpectations() {
        #expect(scenario.maxPoints == 5)
    }
}
