import GRDB
import TaplineDomain

/// Customers moving out and in on SQLite (issue 13 item 6): each move in one transaction with
/// the outgoing account's change, the new customer's account and the audit entries.
public struct MoveRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    public func record(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                       by user: String, at time: LocalDateTime) throws -> MoveReceipt {
        var incoming: Account?
        let outgoing = try AccountRepository(database).saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, before in
            let recording = MoveRecording(move: move, before: before, recordedMoveOut: try Self.recordedMoveOut(accountID: id, db))
            if let problem = recording.problem { throw StoreError.invalidAccount(accountNumber: accountNumber, reason: problem) }
            if move.moveOut != nil { try AddressRows.pointBilling(ofAccount: id, at: recording.outgoing.billingAddress, db) }
            var incomingID: Int64?
            if move.moveIn != nil,
               let made = recording.incoming(number: try MoveRecording.number(after: String.fetchOne(db, sql: MoveRecording.highestNumberSQL))) {
                try AccountRows.validate(made)
                let newID = try AccountRows.insert(made, db)
                try AuditLog.insert(AuditEntry(who: user, at: time, action: .created, accountNumber: made.accountNumber,
                                               detail: recording.incomingDetail(previous: accountNumber)), db)
                incoming = try AccountRows.fetch(id: newID, db)
                incomingID = newID
            }
            let bodies = try recording.bodies()
            try db.execute(sql: """
                INSERT INTO property_move(outgoing_account_id, incoming_account_id, move_out, move_in, charter_summary_due, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, incomingID, bodies.moveOut, bodies.moveIn, move.moveIn?.charterSummaryDue,
                                 user, StoredText.moment(time)])
            return recording.outgoingDetail
        }
        return MoveReceipt(outgoing: outgoing, incoming: incoming, move: move)
    }

    public func moves(of accountNumber: String) throws -> AccountMoves {
        try database.writer.read { db in
            let id = try AccountRows.id(of: accountNumber, db)
            let rows = try Self.rows(db, where: "m.outgoing_account_id = ? OR m.incoming_account_id = ?", [id, id])
            return try MoveRow.moves(of: accountNumber, from: rows)
        }
    }

    public func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            let id = try AccountRows.id(of: accountNumber, db)
            try db.execute(sql: "UPDATE property_move SET charter_summary_sent = ? WHERE incoming_account_id = ? AND charter_summary_sent IS NULL",
                           arguments: [StoredText.date(day), id])
            guard db.changesCount == 1 else { throw StoreError.refused(MoveRecording.noCharterSummaryOwed(accountNumber)) }
            try AuditLog.insert(AuditEntry(who: user, at: time, action: .changed, accountNumber: accountNumber,
                                           detail: MoveRecording.charterSummarySentDetail(day)), db)
        }
    }

    public func charterSummariesOutstanding(limit: Int) throws -> [CharterSummaryNotice] {
        try database.writer.read { db in
            try Self.rows(db, where: "m.charter_summary_due IS NOT NULL AND m.charter_summary_sent IS NULL",
                          order: "m.charter_summary_due, m.id LIMIT \(max(0, limit))", [])
                .compactMap { try $0.charterSummary() }
        }
    }

    // MARK: - Rows

    /// The move out already recorded on the account, if any.
    static func recordedMoveOut(accountID: Int64, _ db: Database) throws -> MoveOut? {
        try String.fetchOne(db, sql: "SELECT move_out FROM property_move WHERE outgoing_account_id = ? AND move_out IS NOT NULL",
                            arguments: [accountID]).map { try PlanStoreSupport.decode(MoveOut.self, from: $0) }
    }

    private static func rows(_ db: Database, where condition: String, order: String = "m.id", _ arguments: [any DatabaseValueConvertible]) throws -> [MoveRow] {
        try Row.fetchAll(db, sql: """
            SELECT \(MoveRow.columns) FROM property_move m JOIN account o ON o.id = m.outgoing_account_id
            LEFT JOIN account i ON i.id = m.incoming_account_id WHERE \(condition) ORDER BY \(order)
            """, arguments: StatementArguments(arguments)).map { row in
            MoveRow(outgoingAccount: row["outgoing"], incomingAccount: row["incoming"], moveOutBody: row["move_out"], moveInBody: row["move_in"],
                    recordedBy: row["recorded_by"], recordedAt: row["recorded_at"], charterSummarySent: row["charter_summary_sent"])
        }
    }
}

extension AppDatabase: MovesStore {
    public var movesRepository: MoveRepository { MoveRepository(self) }

    public func recordMove(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                           by user: String, at time: LocalDateTime) throws -> MoveReceipt {
        try movesRepository.record(move, from: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func moves(of accountNumber: String) throws -> AccountMoves { try movesRepository.moves(of: accountNumber) }

    public func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws {
        try movesRepository.recordCharterSummarySent(accountNumber, on: day, by: user, at: time)
    }

    public func charterSummariesOutstanding(limit: Int) throws -> [CharterSummaryNotice] {
        try movesRepository.charterSummariesOutstanding(limit: limit)
    }
}
