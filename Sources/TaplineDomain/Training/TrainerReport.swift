/// The trainer's view of training: every trainee's attempts and scores, and the misses most often made.
///
/// Misses are counted per expectation across all attempts, so a trainer sees which rule
/// trainees trip on most (say, the Easter due date, Charter 3.1(a)) and can coach to it.
public struct TrainerReport: Codable, Sendable, Hashable {
    /// One entry per trainee, by name (case-insensitive).
    public let trainees: [TraineeSummary]
    /// Every expectation missed at least once: most often missed first, then by scenario and expectation id.
    public let commonMisses: [MissTally]

    public init(trainees: [TraineeSummary], commonMisses: [MissTally]) {
        self.trainees = trainees
        self.commonMisses = commonMisses
    }

    /// Summarises attempts in any order.
    public static func summarise(attempts: [TrainingAttempt]) -> TrainerReport {
        let byTrainee = Dictionary(grouping: attempts, by: \.trainee)
        let trainees = byTrainee.map { name, attempts in
            TraineeSummary(trainee: name, attempts: attempts.sorted { ($0.startedAt, $0.scenarioID) < ($1.startedAt, $1.scenarioID) })
        }
        .sorted { ($0.trainee.lowercased(), $0.trainee) < ($1.trainee.lowercased(), $1.trainee) }
        return TrainerReport(trainees: trainees, commonMisses: tallyMisses(attempts))
    }

    private static func tallyMisses(_ attempts: [TrainingAttempt]) -> [MissTally] {
        struct Key: Hashable { let scenarioID: String; let expectationID: String }
        var first: [Key: ExpectationResult] = [:]
        var counts: [Key: Int] = [:]
        var who: [Key: Set<String>] = [:]
        for attempt in attempts {
            for miss in attempt.scoreCard.misses {
                let key = Key(scenarioID: attempt.scoreCard.scenarioID, expectationID: miss.expectationID)
                first[key] = first[key] ?? miss
                counts[key, default: 0] += 1
                who[key, default: []].insert(attempt.trainee)
            }
        }
        return first.map { key, miss in
            MissTally(scenarioID: key.scenarioID, expectationID: key.expectationID, description: miss.description,
                      clause: miss.clause, count: counts[key] ?? 0, trainees: (who[key] ?? []).sorted())
        }
        .sorted { ($1.count, $0.scenarioID, $0.expectationID) < ($0.count, $1.scenarioID, $1.expectationID) }
    }
}

/// One trainee's attempts, oldest first, with their average score.
public struct TraineeSummary: Codable, Sendable, Hashable {
    public let trainee: String
    public let attempts: [TrainingAttempt]
    /// Mean of the attempts' percentages, rounded half up.
    public let averagePercent: Int
    /// The best percentage reached in each scenario tried, by scenario id.
    public let bestPercentByScenario: [ScenarioBest]

    public init(trainee: String, attempts: [TrainingAttempt]) {
        self.trainee = trainee
        self.attempts = attempts
        let total = attempts.reduce(0) { $0 + $1.scoreCard.percent }
        self.averagePercent = attempts.isEmpty ? 0 : (total * 2 + attempts.count) / (attempts.count * 2)
        self.bestPercentByScenario = Dictionary(grouping: attempts, by: \.scenarioID)
            .map { id, tries in ScenarioBest(scenarioID: id, percent: tries.map(\.scoreCard.percent).max() ?? 0) }
            .sorted { $0.scenarioID < $1.scenarioID }
    }
}

/// A trainee's best percentage in one scenario.
public struct ScenarioBest: Codable, Sendable, Hashable {
    public let scenarioID: String
    public let percent: Int

    public init(scenarioID: String, percent: Int) {
        self.scenarioID = scenarioID
        self.percent = percent
    }
}

/// How often one expectation was missed, and by whom.
public struct MissTally: Codable, Sendable, Hashable {
    public let scenarioID: String
    public let expectationID: String
    public let description: String
    public let clause: String
    /// Attempts that missed it.
    public let count: Int
    /// Trainees who missed it at least once, by name.
    public let trainees: [String]

    public init(scenarioID: String, expectationID: String, description: String, clause: String, count: Int, trainees: [String]) {
        self.scenarioID = scenarioID
        self.expectationID = expectationID
        self.description = description
        self.clause = clause
        self.count = count
        self.trainees = trainees
    }
}
