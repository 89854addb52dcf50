/// A save refused because the record changed after the agent read it: who made the change
/// they missed, when, and what it was (issue 12 item 3).
///
/// It lives in the domain, not in a store, because three layers speak it: both stores build
/// it from the stored record's own history (a complaint's or incident's timeline, a plan's
/// status events, an account's assessments, the audit log for roles) in the transaction that
/// refused the save; the screens catch it by type to keep what was typed, reload the fresh
/// copy and offer to reapply the change; and the CLI prints its message. The UI module sees
/// only the domain, so this is the one place all three can share.
///
/// A record's version is the length of that history as the agent read it: histories only
/// grow, so a longer stored one means someone saved in between, and its first entry past the
/// version is the change the agent missed.
public struct ChangedSinceRead: Error, Hashable, Sendable {
    /// What was changed: "PP-2026-000003", "C-2026-000001", "the role of sam".
    public let record: String
    /// Who made the first change the agent did not see.
    public let by: String
    public let at: LocalDateTime
    /// What that change was, in words: "instalment 2 of $45.00 paid on Mon 5 Jan 2026".
    public let change: String

    public init(record: String, by: String, at: LocalDateTime, change: String) {
        self.record = record
        self.by = by
        self.at = at
        self.change = change
    }

    /// "PP-2026-000003 was changed by sam at 10:32 on Mon 5 Jan 2026 (instalment 2 paid) after
    /// you opened it; nothing was saved".
    public var message: String {
        let clock = String(format: "%02d:%02d", at.hour, at.minute)
        return "\(record) was changed by \(by) at \(clock) on \(at.date.display) (\(change)) after you opened it; nothing was saved"
    }

    /// The change the agent missed: the first entry of `stored` past the `read` entries they
    /// saw, or nil when the stored history is no longer than what they read (nothing missed).
    public static func missed<Entry>(in stored: [Entry], read: Int, record: String,
                                     describe: (Entry) -> (by: String, at: LocalDateTime, change: String)) -> ChangedSinceRead? {
        guard read >= 0, stored.count > read else { return nil }
        let entry = describe(stored[read])
        return ChangedSinceRead(record: record, by: entry.by, at: entry.at, change: entry.change)
    }
}
