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
        let json = String(decoding: try Self.encoder.encode(attempt), as: UTF8.self)
        let card = attempt.scoreCard
        let account = attempt.actions.lazy.compactMap { timed -> String? in
            if case .openedAccount(let number) = timed.action { number } else { nil }
        }.first
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO training_attempt(trainee, scenario_id, started_at, finished_at, points, max_points, percent, attempt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [attempt.trainee, attempt.scenarioID, attempt.startedAt, attempt.finishedAt,
                                 card.points, card.maxPoints, card.percent, json])
            try AuditLog.insert(AuditEntry(who: attempt.trainee, at: attempt.finishedAt, action: .created, accountNumber: account,
                                           detail: "training attempt at \(attempt.scenarioID): \(card.points) of \(card.maxPoints) points"), db)
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
