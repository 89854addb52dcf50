extension AppDatabase {
    /// Conduct incidents, their steps and decisions, and contact restrictions.
    public var conduct: ConductRepository { ConductRepository(self) }
}
