import GRDB

extension Migrations {
    /// "v1-users": console users and their roles (agent, supervisor, trainer).
    static func registerUsers(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-users") { db in
            try db.execute(sql: """
                CREATE TABLE app_user (
                    name TEXT NOT NULL PRIMARY KEY,
                    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'trainer'))
                ) WITHOUT ROWID;
                """)
        }
    }
}
