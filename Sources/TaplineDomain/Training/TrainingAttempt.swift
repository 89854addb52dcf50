/// One trainee's run through one scenario, kept for the trainer's view.
public struct TrainingAttempt: Codable, Sendable, Hashable {
    public let trainee: String
    public let scenarioID: String
    /// When the attempt was made: real wall-clock time in the utility's zone, read by the
    /// console (the actions inside carry scenario-clock times instead).
    public let startedAt: LocalDateTime
    public let finishedAt: LocalDateTime
    public let actions: [TimedTraineeAction]
    public let scoreCard: ScoreCard

    public init(trainee: String, scenarioID: String, startedAt: LocalDateTime, finishedAt: LocalDateTime,
                actions: [TimedTraineeAction], scoreCard: ScoreCard) {
        self.trainee = trainee
        self.scenarioID = scenarioID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.actions = actions
        self.scoreCard = scoreCard
    }
}
