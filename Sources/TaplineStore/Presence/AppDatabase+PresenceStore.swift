import GRDB
import TaplineDomain

/// Presence on a SQLite file: one row per console, replaced as it moves between accounts.
extension AppDatabase: PresenceStore {
    public func announcePresence(console: String, user: String, accountNumber: String, subject: String?, since: LocalDateTime,
                                 at now: Int64) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO presence(console, login, account_number, subject, since, last_seen) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(console) DO UPDATE SET login = excluded.login, account_number = excluded.account_number,
                    subject = excluded.subject,
                    since = CASE WHEN presence.account_number = excluded.account_number THEN presence.since ELSE excluded.since END,
                    last_seen = excluded.last_seen
                """, arguments: [console, user, accountNumber, subject, since, now])
            // The user's consoles that died without withdrawing, long gone.
            try db.execute(sql: "DELETE FROM presence WHERE login = ? AND console <> ? AND last_seen < ?",
                           arguments: [user, console, now - Presence.forgottenAfterSeconds])
        }
    }

    public func withdrawPresence(console: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM presence WHERE console = ?", arguments: [console]) }
    }

    public func presence(onAccount accountNumber: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try present(where: "account_number = ?", accountNumber, excluding: console, at: now)
    }

    public func presence(onSubject subject: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try present(where: "subject = ?", subject, excluding: console, at: now)
    }

    private func present(where condition: String, _ value: String, excluding console: String, at now: Int64) throws -> [Presence] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT login, account_number, subject, since FROM presence
                WHERE \(condition) AND console <> ? AND last_seen >= ? ORDER BY since, login
                """, arguments: [value, console, Presence.liveSince(now: now)]).map { row in
                Presence(login: row["login"], accountNumber: row["account_number"], subject: row["subject"], since: row["since"])
            }
        }
    }
}
