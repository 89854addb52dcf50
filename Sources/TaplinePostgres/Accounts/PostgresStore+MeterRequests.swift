import TaplineDomain
import TaplineStore

/// Meter and billing-record requests on the shared store (Charter 4.3, 11.1, 4.8, 14.8), as
/// SQLite's, through `saveAccountChange`; the balance moves by the v4-meter-requests trigger
/// (agents may not update it themselves), in the same transaction.
extension PostgresStore: MeterRequestsStore {
    public func meterRequests(forAccount accountNumber: String) throws -> [MeterRequest] {
        try withConnection { connection in
            let id = try PGAccountRows.id(of: accountNumber, connection)
            return try connection.execute("SELECT * FROM meter_request WHERE account_id = $1 ORDER BY requested_on DESC, id DESC", [id])
                .rows.compactMap(Self.meterRequest)
        }
    }

    public func recordMeterRequest(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, before in
            let earlier = try connection.execute("SELECT * FROM meter_request WHERE account_id = $1", [id]).rows.compactMap(Self.meterRequest)
            let columns = try MeterRequestUpdate.columns(request, over: before, earlier: earlier, today: time.date)
            try connection.execute("""
                INSERT INTO meter_request(account_id, kind, requested_on, meter_mm, way, charge_cents, due_on, independent,
                    history_years, history_file, recorded_at)
                VALUES ($1, $2, $3::date, $4::integer, $5, $6::bigint, $7::date, $8::boolean, $9::integer, $10, $11::timestamp)
                """, [id] + columns.map { $0.map { $0 as any PGBindable } } + [StoredText.moment(time)])
            return MeterRequestUpdate.auditDetail(request)
        }
    }

    public func recordMeterTestOutcome(_ outcome: MeterTestOutcome, ofRequest requestID: Int64, on accountNumber: String, readVersion: Int,
                                       by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, _ in
            guard let row = try connection.execute("SELECT * FROM meter_request WHERE id = $1 AND account_id = $2 FOR UPDATE",
                                                   [requestID, id]).first,
                  let request = Self.meterRequest(row) else {
                throw StoreError.invalidAccount(accountNumber: accountNumber, reason: "there is no meter request \(requestID) on this account")
            }
            let columns = try MeterRequestUpdate.outcomeColumns(outcome, on: request, accountNumber: accountNumber, today: time.date)
            try connection.execute("""
                UPDATE meter_request SET finding = $1, decided_on = $2::date, high_by_bp = $3::integer, adjustment_cents = $4::bigint,
                    instruction = $5, inform_by = $6::date, test_charge_cents = $7::bigint WHERE id = $8
                """, columns.map { $0.map { $0 as any PGBindable } } + [requestID])
            return MeterRequestUpdate.outcomeAuditDetail(outcome, on: request)
        }
    }

    static func meterRequest(_ row: PGRow) -> MeterRequest? {
        guard let id = row.int64("id") else { return nil }
        return MeterRequestUpdate.request(
            id: id, kind: row["kind"], requestedOn: row["requested_on"].flatMap(CivilDate.init(iso:)),
            meterMillimetres: row.int("meter_mm") ?? 0, way: row["way"], chargeCents: row.int64("charge_cents") ?? 0,
            dueOn: row["due_on"].flatMap(CivilDate.init(iso:)), independent: row.bool("independent") ?? false,
            historyYears: row.int("history_years"), historyFile: row["history_file"], finding: row["finding"],
            decidedOn: row["decided_on"].flatMap(CivilDate.init(iso:)), highByBasisPoints: row.int("high_by_bp") ?? 0,
            adjustmentCents: row.int64("adjustment_cents") ?? 0, instruction: row["instruction"],
            informBy: row["inform_by"].flatMap(CivilDate.init(iso:)), testChargeCents: row.int64("test_charge_cents") ?? 0)
    }
}
