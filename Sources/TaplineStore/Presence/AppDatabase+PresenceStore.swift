import GRDB
import TaplineDomain

/// Presence on a SQLite file: one row per console, replaced as it moves between accounts.
extension AppDatabase: PresenceStore {
    public func announcePresence(console: String, user: String, accountNumber: String, since: LocalDateTime, at now: Int64) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO presence(console, login, account_number, since, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(console) DO UPDATE SET login = excluded.login, account_number = excluded.account_number,
                    since = CASE WHEN presence.account_number = excluded.account_number THEN presence.since ELSE excluded.since END,
                    last_seen = excluded.last_seen
                """, arguments: [console, user, accountNumber, since, now])
            // The user's consoles that died without withdrawing, long gone.
            try db.execute(sql: "DELETE FROM presence WHERE login = ? AND console <> ? AND last_seen < ?",
                           arguments: [user, console, now - Presence.forgottenAfterSeconds])
        }
    }

    public func withdrawPresence(console: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM presence WHERE console = ?", arguments: [console]) }
    }

    public func presence(onAccount accountNumber: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT login, account_number, since FROM presence
                WHERE account_number = ? AND console <> ? AND last_seen >= ? ORDER BY since, login
                """, arguments: [accountNumber, console, Presence.liveSince(now: now)]).map { row in
                Presence(login: row["login"], accountNumber: row["account_number"], since: row["since"])
            }
        }
    }
}
