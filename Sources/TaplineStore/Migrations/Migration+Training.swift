import GRDB

extension Migrations {
    /// "v1-training": demo mode's finished training attempts, one row per scenario call.
    ///
    /// The attempt itself (the trainee's timed actions and the score card with every result)
    /// is kept whole as JSON, since it is only ever read back whole; the columns beside it are
    /// what the trainer's view sorts and filters on: who, which scenario, when, and the score.
    static func registerTraining(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-training") { db in
            try db.execute(sql: """
                CREATE TABLE training_attempt (
                    id INTEGER PRIMARY KEY,
                    trainee TEXT NOT NULL,
                    scenario_id TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT NOT NULL,
                    points INTEGER NOT NULL CHECK (points >= 0),
                    max_points INTEGER NOT NULL CHECK (max_points >= points),
                    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
                    attempt TEXT NOT NULL             -- the TrainingAttempt as JSON
                );
                CREATE INDEX training_attempt_by_trainee ON training_attempt(trainee COLLATE NOCASE, started_at);
                """)
        }
    }
}
