import TaplineDomain

/// Who has which account (and which complaint or incident on it) open, in each console: what
/// the account header's "● sam on this account since 10:32" comes from, on either store.
///
/// `console` names one run of Tapline (a login can have two consoles open). Times are seconds
/// since 1970 on the console's clock (a contact centre's machines keep NTP time; `Presence`
/// allows three missed heartbeats). The login is the store's, as for every act: on SQLite the
/// caller's `user`, on PostgreSQL the session's role, whatever is passed.
public protocol PresenceStore: Sendable {
    /// Says `console` has `accountNumber` open since `since` (and on it the record `subject`,
    /// if any), heard from at `now`; called again every `Presence.heartbeatSeconds` to stay.
    func announcePresence(console: String, user: String, accountNumber: String, subject: String?, since: LocalDateTime,
                          at now: Int64) throws
    /// Says `console` has no account open (left it, or quit).
    func withdrawPresence(console: String) throws
    /// Everyone else still present on the account at `now` (other consoles), earliest first.
    func presence(onAccount accountNumber: String, excludingConsole console: String, at now: Int64) throws -> [Presence]
    /// Everyone else still present with the record `subject` open at `now`, earliest first.
    func presence(onSubject subject: String, excludingConsole console: String, at now: Int64) throws -> [Presence]
}
