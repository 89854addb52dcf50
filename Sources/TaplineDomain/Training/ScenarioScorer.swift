/// Scores a trainee's recorded actions against a scenario's expectations.
///
/// Each expectation is all or nothing; the score is the sum over expectations, so a trainee
/// who gets most of a call right still sees partial credit and exactly which rule they missed.
public enum ScenarioScorer {
    /// The score card for `actions` (in the order the console recorded them) on `scenario`.
    public static func score(_ scenario: Scenario, actions: [TimedTraineeAction]) -> ScoreCard {
        let results = scenario.expectations.map { expectation in
            let outcome = expectation.check.evaluate(actions)
            return ExpectationResult(expectationID: expectation.id, description: expectation.description,
                                     clause: expectation.clause, points: expectation.points,
                                     met: outcome.met, detail: outcome.detail)
        }
        return ScoreCard(scenarioID: scenario.id, results: results)
    }
}
