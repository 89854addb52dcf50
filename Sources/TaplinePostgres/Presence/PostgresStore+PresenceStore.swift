import TaplineDomain
import TaplineStore

/// Presence on PostgreSQL, in the session's own name.
extension PostgresStore: PresenceStore {
    public func announcePresence(console: String, user: String, accountNumber: String, since: LocalDateTime, at now: Int64) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                // A heartbeat on the same account only moves last_seen, which notifies nobody.
                let beat = try connection.execute("UPDATE presence SET last_seen = $2 WHERE console = $1 AND account_number = $3",
                                                  [console, now, accountNumber])
                guard beat.affected == 0 else { return }
                try connection.execute("""
                    INSERT INTO presence(console, account_number, since, last_seen) VALUES ($1, $2, $3::timestamp, $4)
                    ON CONFLICT (console) DO UPDATE SET account_number = excluded.account_number, since = excluded.since,
                        last_seen = excluded.last_seen
                    """, [console, accountNumber, since.iso, now])
                try connection.execute("DELETE FROM presence WHERE login = session_user AND console <> $1 AND last_seen < $2",
                                       [console, now - Presence.forgottenAfterSeconds])
            }
        }
    }

    public func withdrawPresence(console: String) throws {
        try PGAreaSupport.refusals { try withConnection { try $0.execute("DELETE FROM presence WHERE console = $1", [console]) } }
    }

    public func presence(onAccount accountNumber: String, excludingConsole console: String, at now: Int64) throws -> [Presence] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    SELECT login, account_number, to_char(since, 'YYYY-MM-DD"T"HH24:MI:SS') AS since FROM presence
                    WHERE account_number = $1 AND console <> $2 AND last_seen >= $3 ORDER BY since, login
                    """, [accountNumber, console, Presence.liveSince(now: now)]).rows.compactMap { row in
                    guard let login = row["login"], let since = row["since"].flatMap(LocalDateTime.init(iso:)) else { return nil }
                    return Presence(login: login, accountNumber: accountNumber, since: since)
                }
            }
        }
    }
}
