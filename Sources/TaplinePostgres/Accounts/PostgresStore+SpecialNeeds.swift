import TaplineDomain
import TaplineStore

/// The special-needs register on the shared store (Charter 9.5), as SQLite's
/// `AccountRepository.updateSpecialNeeds`, through `saveAccountChange` (the row locked, the
/// version and audit entry in the session's name).
extension PostgresStore {
    public func updateSpecialNeeds(_ change: SpecialNeedsChange, of accountNumber: String, readVersion: Int,
                                   by user: String, at time: LocalDateTime) throws -> Account {
        try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, before in
            guard let update = try SpecialNeedsUpdate.make(change, over: before, at: time) else { return nil }
            let values = update.columns
            try connection.execute("""
                UPDATE account SET special_need = $1, special_need_registered = $2::date, special_need_evidence = $3,
                    special_need_notes = $4
                WHERE id = $5
                """, [values.need, values.registered, values.evidence, values.notes, id])
            return update.auditDetail
        }
    }
}
