import TaplineDomain
import TaplineStore

/// Presence on PostgreSQL, in the session's own name.
extension PostgresStore: PresenceStore {
    public func announcePresence(console: String, user: String, accountNumber: String, subject: String?, since: LocalDateTime,
                                 at now: Int64) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                // A heartbeat on the same account and record only moves last_seen, which notifies nobody.
                let beat = try connection.execute("""
                    UPDATE presence SET last_seen = $2
                    WHERE console = $1 AND account_number = $3 AND subject IS NOT DISTINCT FROM $4
                    """, [console, now, accountNumber, subject])
                guard beat.affected == 0 else { return }
                try connection.execute("""
                    INSERT INTO presence(console, account_number, subject, since, last_seen) VALUES ($1, $2, $3, $4::timestamp, $5)
                    ON CONFLICT (console) DO UPDATE SET account_number = excluded.account_number, subject = excluded.subject,
                        since = CASE WHEN presence.account_number = excluded.account_number THEN presence.since ELSE excluded.since END,
                        last_seen = excluded.last_seen
                    """, [console, accountNumber, subject, since.iso, now])
                try connection.execute("DELETE FROM presence WHERE login = session_user AND console <> $1 AND last_seen < $2",
                                       [console, now - Presence.forgottenAfterSeconds])
            }
        }
    }

    public func withdrawPresence(console: String) throws {
        try PGAreaSupport.refusals { try withConnection { try $0.execute("DELETE FROM presence WHERE console = $1", [console]) } }
    }

    public func presence(onAccount accountNumber: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try present(where: "account_number = $1", accountNumber, excluding: console, at: now)
    }

    public func presence(onSubject subject: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try present(where: "subject = $1", subject, excluding: console, at: now)
    }

    private func present(where condition: String, _ value: String, excluding console: String, at now: Int64) throws -> [Presence] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    SELECT login, account_number, subject, to_char(since, 'YYYY-MM-DD"T"HH24:MI:SS') AS since FROM presence
                    WHERE \(condition) AND console <> $2 AND last_seen >= $3 ORDER BY since, login
                    """, [value, console, Presence.liveSince(now: now)]).rows.compactMap { row in
                    guard let login = row["login"], let account = row["account_number"],
                          let since = row["since"].flatMap(LocalDateTime.init(iso:)) else { return nil }
                    return Presence(login: login, accountNumber: account, subject: row["subject"], since: since)
                }
            }
        }
    }
}
