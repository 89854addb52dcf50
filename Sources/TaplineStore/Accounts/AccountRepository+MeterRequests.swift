import GRDB
import TaplineDomain

extension AccountRepository {
    /// The account's meter and billing-record requests, newest first (Charter 4.3, 11.1, 14.8).
    public func meterRequests(forAccount accountNumber: String) throws -> [MeterRequest] {
        try database.writer.read { db in
            let id = try AccountRows.id(of: accountNumber, db)
            return try Row.fetchAll(db, sql: "SELECT * FROM meter_request WHERE account_id = ? ORDER BY requested_on DESC, id DESC",
                                    arguments: [id]).compactMap(Self.meterRequest)
        }
    }

    /// Records a new request on the account read at `readVersion`, with its charge on the
    /// balance, through `saveAccountChange` (version, audit, who saved).
    public func recordMeterRequest(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, before in
            var arguments: StatementArguments = [id]
            let earlier = try Row.fetchAll(db, sql: "SELECT * FROM meter_request WHERE account_id = ?", arguments: [id]).compactMap(Self.meterRequest)
            arguments += StatementArguments(try MeterRequestUpdate.columns(request, over: before, earlier: earlier, today: time.date))
            arguments += [user, StoredText.moment(time)]
            try db.execute(sql: """
                INSERT INTO meter_request(account_id, kind, requested_on, meter_mm, way, charge_cents, due_on, independent,
                    history_years, history_file, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments)
            try moveBalance(by: request.balanceChange, accountID: id, db)
            return MeterRequestUpdate.auditDetail(request)
        }
    }

    /// Records a meter test's outcome and moves the balance by its charge or credit (4.8, 11.1).
    public func recordMeterTestOutcome(_ outcome: MeterTestOutcome, ofRequest requestID: Int64, on accountNumber: String,
                                       readVersion: Int, by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, _ in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meter_request WHERE id = ? AND account_id = ?",
                                             arguments: [requestID, id]),
                  let request = Self.meterRequest(row) else {
                throw StoreError.invalidAccount(accountNumber: accountNumber, reason: "there is no meter request \(requestID) on this account")
            }
            let columns = try MeterRequestUpdate.outcomeColumns(outcome, on: request, accountNumber: accountNumber, today: time.date)
            try db.execute(sql: """
                UPDATE meter_request SET finding = ?, decided_on = ?, high_by_bp = ?, adjustment_cents = ?, instruction = ?,
                    inform_by = ?, test_charge_cents = ? WHERE id = ?
                """, arguments: StatementArguments(columns) + [requestID])
            var decided = request
            decided.outcome = outcome
            try moveBalance(by: decided.balanceChange - request.balanceChange, accountID: id, db)
            return MeterRequestUpdate.outcomeAuditDetail(outcome, on: request)
        }
    }

    private func moveBalance(by change: Money, accountID: Int64, _ db: Database) throws {
        guard !change.isZero else { return }
        try db.execute(sql: "UPDATE account SET balance_cents = balance_cents + ? WHERE id = ?", arguments: [change.cents, accountID])
    }

    static func meterRequest(_ row: Row) -> MeterRequest? {
        MeterRequestUpdate.request(
            id: row["id"], kind: row["kind"], requestedOn: row["requested_on"], meterMillimetres: row["meter_mm"], way: row["way"],
            chargeCents: row["charge_cents"], dueOn: row["due_on"], independent: row["independent"], historyYears: row["history_years"],
            historyFile: row["history_file"], finding: row["finding"], decidedOn: row["decided_on"], highByBasisPoints: row["high_by_bp"],
            adjustmentCents: row["adjustment_cents"], instruction: row["instruction"], informBy: row["inform_by"],
            testChargeCents: row["test_charge_cents"])
    }
}

/// SQLite's meter requests, through the account repository.
extension AppDatabase: MeterRequestsStore {
    public func meterRequests(forAccount accountNumber: String) throws -> [MeterRequest] {
        try accounts.meterRequests(forAccount: accountNumber)
    }

    public func recordMeterRequest(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.recordMeterRequest(request, on: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    public func recordMeterTestOutcome(_ outcome: MeterTestOutcome, ofRequest id: Int64, on accountNumber: String, readVersion: Int,
                                       by user: String, at time: LocalDateTime) throws -> Account {
        try accounts.recordMeterTestOutcome(outcome, ofRequest: id, on: accountNumber, readVersion: readVersion, by: user, at: time)
    }
}
