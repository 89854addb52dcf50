import GRDB

extension Migrations {
    /// "v4-special-needs": what a special-needs registration (Charter 9.5) rests on, beside the
    /// need, date and notes the account already keeps, now that agents register customers on
    /// screen. Registrations made before (imports, older data) have none.
    static func registerSpecialNeeds(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-special-needs") { db in
            try db.execute(sql: "ALTER TABLE account ADD COLUMN special_need_evidence TEXT")
        }
    }
}
