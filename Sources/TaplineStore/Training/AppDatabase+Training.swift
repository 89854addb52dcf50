import TaplineDomain

extension AppDatabase {
    /// Finished training attempts (demo mode).
    public var trainingAttempts: TrainingAttemptRepository { TrainingAttemptRepository(self) }

    /// Creates scenarios' accounts for training attempts; complaint dates follow `calendar`.
    public func scenarioFixtures(calendar: BusinessCalendar) -> ScenarioFixtureInstaller {
        ScenarioFixtureInstaller(self, calendar: calendar)
    }
}
