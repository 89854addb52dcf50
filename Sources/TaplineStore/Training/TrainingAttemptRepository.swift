import Foundation
import GRDB
import TaplineDomain

/// Finished training attempts in the demo database: saved as each call ends, read by the trainer's view.
///
/// An attempt is only appended, never changed, so trainees finishing at the same time never
/// meet. Saving writes an audit entry in the same transaction, naming the training account
/// the call was about (the one the trainee opened).
public struct TrainingAttemptRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Saves a finished attempt and its audit entry together.
    public func save(_ attempt: TrainingAttempt) throws {
        let card = attempt.scoreCard
        let account = attempt.actions.lazy.compactMap { timed -> String? in
            if case .openedAccount(let number) = timed.action { number } else { nil }
        }.first
        try database.writer.write { db in
            try Self.insert(attempt, db)
            try AuditLog.insert(AuditEntry(who: attempt.trainee, at: attempt.finishedAt, action: .created, accountNumber: account,
                                           detail: "training attempt at \(attempt.scenarioID): \(card.points) of \(card.maxPoints) points"), db)
        }
    }

    /// How many attempts are saved.
    public func count() throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_attempt") ?? 0 }
    }

    /// Puts back attempts saved in an earlier demo database (a `demo --reset` keeps them), in
    /// their order, with one audit entry; returns how many.
    @discardableResult
    public func keep(_ attempts: [TrainingAttempt], by user: String, at time: LocalDateTime) throws -> Int {
        guard !attempts.isEmpty else { return 0 }
        try database.writer.write { db in
            for attempt in attempts { try Self.insert(attempt, db) }
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .created, accountNumber: nil,
                                           detail: "\(attempts.count) training attempts kept from the demo database before it was rebuilt"), db)
        }
        return attempts.count
    }

    /// Deletes every trainee's attempts (`demo --forget-scores`), with an audit entry; returns how many went.
    @discardableResult
    public func forgetAll(by user: String, at time: LocalDateTime) throws -> Int {
        try database.writer.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_attempt") ?? 0
            try db.execute(sql: "DELETE FROM training_attempt")
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: nil,
                                           detail: "\(count) training attempts deleted (demo --forget-scores)"), db)
            return count
        }
    }

    /// Every attempt in the database, oldest first.
    public func all() throws -> [TrainingAttempt] {
        try fetch("SELECT attempt FROM training_attempt ORDER BY started_at, id", arguments: [])
    }

    /// One trainee's attempts (name compared ignoring case), oldest first.
    public func attempts(by trainee: String) throws -> [TrainingAttempt] {
        try fetch("SELECT attempt FROM training_attempt WHERE trainee = ? COLLATE NOCASE ORDER BY started_at, id",
                  arguments: [trainee])
    }

    /// Every trainee's attempts and the misses most made, for a trainer or supervisor.
    ///
    /// Refused to agents: a trainee sees their own score card, not the class's.
    public func report(for role: Role) throws -> TrainerReport {
        guard role == .trainer || role.actsAsSupervisor else { throw TrainingStoreError.reportNeedsTrainer(role: role) }
        return TrainerReport.summarise(attempts: try all())
    }

    private static func insert(_ attempt: TrainingAttempt, _ db: Database) throws {
        let json = String(decoding: try encoder.encode(attempt), as: UTF8.self)
        let card = attempt.scoreCard
        try db.execute(sql: """
            INSERT INTO training_attempt(trainee, scenario_id, started_at, finished_at, points, max_points, percent, attempt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [attempt.trainee, attempt.scenarioID, attempt.startedAt, attempt.finishedAt,
                             card.points, card.maxPoints, card.percent, json])
    }

    private func fetch(_ sql: String, arguments: StatementArguments) throws -> [TrainingAttempt] {
        let texts = try database.writer.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
        return try texts.map { try JSONDecoder().decode(TrainingAttempt.self, from: Data($0.utf8)) }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}
