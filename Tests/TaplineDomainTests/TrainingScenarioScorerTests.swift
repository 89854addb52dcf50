import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

@Suite("Scoring an attempt: points, percent and misses with their clauses")
struct TrainingScenarioScorerTests {
    let scenario = T.scenario([
        T.expectation("due-date", points: 3, clause: "Charter 3.1(a)", .complaintLogged(dueDate: T.date("2025-05-06"))),
        T.expectation("disputed", points: 2, clause: "Charter 3.1(e), 7.2(e)", .disputedAmountRecorded(T.money("684.90"))),
        T.expectation("no-ending", points: 1, clause: "Conduct policy", .notDone(.conductContactEnded)),
    ])

    @Test func everyExpectationMetScoresFullMarks() {
        // Given a run that does everything expected
        let actions = T.run([T.complaint(due: "2025-05-06", disputed: "684.90")])
        // When it is scored
        let card = ScenarioScorer.score(scenario, actions: actions)
        // Then every point is earned and nothing is missed
        #expect(card.points == 6)
        #expect(card.maxPoints == 6)
        #expect(card.percent == 100)
        #expect(card.isFullMarks)
        #expect(card.misses.isEmpty)
        #expect(card.scenarioID == "test")
    }

    @Test func eachMissCarriesItsDescriptionClauseAndDetail_3_1a() {
        // Given a run that logs the complaint with the wrong due date and no disputed amount
        let actions = T.run([T.complaint(due: "2025-05-01")])
        // When it is scored
        let card = ScenarioScorer.score(scenario, actions: actions)
        // Then only the "must not" point is earned, and both misses name their clause
        #expect(card.points == 1)
        #expect(card.percent == 17)
        #expect(!card.isFullMarks)
        #expect(card.misses.map(\.expectationID) == ["due-date", "disputed"])
        #expect(card.misses.map(\.clause) == ["Charter 3.1(a)", "Charter 3.1(e), 7.2(e)"])
        #expect(card.misses[0].description == "Do due-date")
        #expect(card.misses[0].detail.contains("Thu 1 May 2025"))
        #expect(card.results.map(\.awarded) == [0, 0, 1])
    }

    @Test("percent rounds half up", arguments: [(1, 3, 33), (2, 3, 67), (1, 8, 13), (1, 200, 1), (0, 5, 0)])
    func percentRoundsHalfUp(points: Int, max: Int, percent: Int) {
        // Given results worth `max` points of which `points` are earned
        let results = (0..<max).map {
            ExpectationResult(expectationID: "e\($0)", description: "", clause: "", points: 1, met: $0 < points, detail: "")
        }
        // When a card is made
        let card = ScoreCard(scenarioID: "s", results: results)
        // Then its percent is rounded half up
        #expect(card.percent == percent)
    }

    @Test func aCardWithNothingAtStakeIsNotFullMarks() {
        let card = ScoreCard(scenarioID: "s", results: [])
        #expect(card.percent == 0)
        #expect(!card.isFullMarks)
    }
}
