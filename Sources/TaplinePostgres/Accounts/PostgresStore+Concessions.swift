import TaplineDomain
import TaplineStore

/// Concession cards and concession/URGS applications on the shared store (Charter 5.3,
/// 7.2(b), (c)), as SQLite's `AccountRepository.updateConcession`, through `saveAccountChange`.
extension PostgresStore {
    public func updateConcession(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
                                 by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, before in
            let issued = try connection.execute("SELECT issue_date FROM bill WHERE account_id = $1 ORDER BY issue_date", [id]).rows
                .compactMap { $0["issue_date"].flatMap(CivilDate.init(iso:)) }
            guard let update = try ConcessionUpdate.make(change, over: before, billIssueDates: issued, at: time) else { return nil }
            if update.cardChanged {
                try connection.execute("""
                    UPDATE account SET concession_card = $1, concession_number = $2, concession_valid_from = $3::date,
                        concession_valid_to = $4::date, concession_advised = $5::date, concession_credit_from = $6::date
                    WHERE id = $7
                    """, update.cardColumns.map { $0.map { $0 as any PGBindable } } + [id])
            }
            if let columns = update.applicationColumns {
                if let applicationID = update.change.application?.id {
                    try connection.execute("""
                        UPDATE concession_application SET outcome = $1, decided_on = $2::date WHERE id = $3 AND account_id = $4
                        """, [columns[2], columns[3], applicationID, id])
                } else {
                    try connection.execute("""
                        INSERT INTO concession_application(account_id, kind, lodged_on, outcome, decided_on, recorded_at)
                        VALUES ($1, $2, $3::date, $4, $5::date, $6::timestamp)
                        """, [id, columns[0], columns[1], columns[2], columns[3], StoredText.moment(time)])
                }
            }
            return update.auditDetail
        }
    }
}
