import GRDB
import TaplineDomain

extension AccountRepository {
    /// Records the account's concession card (Charter 5.3) and a concession or URGS application
    /// lodged or decided (7.2(b), (c)), if nobody saved the account since it was read at
    /// `readVersion`; returns the account as saved, or as it is when nothing differs.
    ///
    /// In one transaction (`saveAccountChange`): the card's type, number, validity, the day it
    /// was advised and the bill its credit starts on; the application inserted or its outcome
    /// set; the version; an audit entry old → new. Refused with `ChangedSinceRead` when someone
    /// saved the account since, and with `StoreError.invalidAccount` when the change breaks a
    /// rule (`ConcessionRules`).
    public func updateConcession(_ change: ConcessionChange, of accountNumber: String, readVersion: Int,
                                 by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, by: user, at: time) { db, id, before in
            let issued = try CivilDate.fetchAll(db, sql: "SELECT issue_date FROM bill WHERE account_id = ? ORDER BY issue_date", arguments: [id])
            guard let update = try ConcessionUpdate.make(change, over: before, billIssueDates: issued, at: time) else { return nil }
            if update.cardChanged {
                try db.execute(sql: """
                    UPDATE account SET concession_card = ?, concession_number = ?, concession_valid_from = ?, concession_valid_to = ?,
                        concession_advised = ?, concession_credit_from = ?
                    WHERE id = ?
                    """, arguments: StatementArguments(update.cardColumns) + [id])
            }
            if let columns = update.applicationColumns {
                if let applicationID = update.change.application?.id {
                    try db.execute(sql: "UPDATE concession_application SET outcome = ?, decided_on = ? WHERE id = ? AND account_id = ?",
                                   arguments: [columns[2], columns[3], applicationID, id])
                } else {
                    try db.execute(sql: """
                        INSERT INTO concession_application(account_id, kind, lodged_on, outcome, decided_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, columns[0], columns[1], columns[2], columns[3], user, StoredText.moment(time)])
                }
            }
            return update.auditDetail
        }
    }
}

extension AccountRows {
    /// The account's concession and URGS applications, oldest first (7.2(b), (c)).
    static func concessionApplications(accountID: Int64, _ db: Database) throws -> [ConcessionApplication] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, kind, lodged_on, outcome, decided_on FROM concession_application WHERE account_id = ? ORDER BY lodged_on, id
            """), arguments: [accountID]).compactMap { row in
            guard let kind = (row["kind"] as String?).flatMap(ConcessionApplication.Kind.init(rawValue:)),
                  let lodged = row["lodged_on"] as CivilDate?,
                  let outcome = ConcessionApplication.Outcome(name: row["outcome"], decidedOn: row["decided_on"]) else { return nil }
            return ConcessionApplication(id: row["id"], kind: kind, lodgedOn: lodged, outcome: outcome)
        }
    }
}
