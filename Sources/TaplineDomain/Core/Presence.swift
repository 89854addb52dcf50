/// A colleague with an account open at their console, shown on the account's header so two
/// people never work the same customer unawares ("● sam on this account since 10:32"), and
/// on a complaint or incident they have open, so whoever is about to change it hears first.
///
/// A console says it is there when it opens the account and again every
/// `Presence.heartbeatSeconds`; one that stops saying so (closed, crashed, cut off) is gone
/// after `expirySeconds`, so no ghost stays on an account.
public struct Presence: Equatable, Sendable {
    public var login: String
    public var accountNumber: String
    /// The record they have open on the account, by number (a complaint, an incident), if any.
    public var subject: String?
    /// When they opened the account, on their console's clock.
    public var since: LocalDateTime

    public init(login: String, accountNumber: String, subject: String? = nil, since: LocalDateTime) {
        self.login = login
        self.accountNumber = accountNumber
        self.subject = subject
        self.since = since
    }

    /// How often a console with an account open says it is still there.
    public static let heartbeatSeconds = 10
    /// How long after its last word a console counts as gone: three missed heartbeats.
    public static let expirySeconds = 30
    /// A console unheard from this long is forgotten: its user's next console deletes its row.
    public static let forgottenAfterSeconds: Int64 = 3600

    /// The earliest a console may last have been heard from (seconds since 1970) and still be
    /// there at `now`.
    public static func liveSince(now: Int64) -> Int64 { now - Int64(expirySeconds) }

    /// "● sam on this account since 10:32".
    public var description: String { String(format: "● %@ on this account since %02d:%02d", login, since.hour, since.minute) }

    /// "● sam also has C-2026-000001 open: they may be changing it", for the record's own screen.
    public var onSubjectDescription: String { "● \(login) also has \(subject ?? accountNumber) open: they may be changing it" }
}
