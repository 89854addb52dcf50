/// The result of one attempt at a scenario: points, the most possible, and every miss with its clause.
public struct ScoreCard: Codable, Sendable, Hashable {
    public let scenarioID: String
    /// One result per expectation, in the scenario's order.
    public let results: [ExpectationResult]
    public let points: Int
    public let maxPoints: Int
    /// Points as a whole percentage of the maximum, rounded half up (0 when nothing was at stake).
    public let percent: Int

    public init(scenarioID: String, results: [ExpectationResult]) {
        self.scenarioID = scenarioID
        self.results = results
        self.points = results.reduce(0) { $0 + $1.awarded }
        self.maxPoints = results.reduce(0) { $0 + $1.points }
        self.percent = maxPoints == 0 ? 0 : (points * 200 + maxPoints) / (maxPoints * 2)
    }

    /// The expectations not met, each with its description, clause and what was found.
    public var misses: [ExpectationResult] { results.filter { !$0.met } }

    public var isFullMarks: Bool { maxPoints > 0 && points == maxPoints }
}

/// How one expectation fared in an attempt.
public struct ExpectationResult: Codable, Sendable, Hashable {
    public let expectationID: String
    public let description: String
    public let clause: String
    /// The points the expectation is worth.
    public let points: Int
    public let met: Bool
    /// What was found, in words for the trainee.
    public let detail: String

    public init(expectationID: String, description: String, clause: String, points: Int, met: Bool, detail: String) {
        self.expectationID = expectationID
        self.description = description
        self.clause = clause
        self.points = points
        self.met = met
        self.detail = detail
    }

    /// The points earned: all of them when met, none otherwise.
    public var awarded: Int { met ? points : 0 }
}
