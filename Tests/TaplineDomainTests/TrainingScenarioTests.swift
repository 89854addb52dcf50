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

    @Test func maxPointsSumsTheExpectations() {
        #expect(scenario.maxPoints == 5)
    }
}
