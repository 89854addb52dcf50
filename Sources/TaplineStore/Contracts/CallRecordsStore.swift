import TaplineDomain

/// What the call wrap-up, the account's Interactions tab and `tapline interactions list` need
/// from a store (issue 13 item 1) — whichever store it is.
///
/// A call is recorded with its wrap-up (reason, outcome, when it ended, what was done) on an
/// account, or on none for a caller never identified, audited (`.interactionRecorded`) in the
/// same transaction. PostgreSQL records the session's login as the agent, whatever is passed.
public protocol CallRecordsStore: Sendable {
    /// Records a call (or any contact) on `accountNumber`, or on no account when nil.
    func recordCall(_ call: Interaction, on accountNumber: String?) throws

    /// Contacts matching `search`, newest first (by when they started, then the last recorded).
    func calls(_ search: CallSearch) throws -> [CallRecord]

    /// What `agent` did on the account since `start` (not views), oldest first, for the wrap-up
    /// (`CallActivity`): read from the audit trail, which every agent may read of their own.
    func callActivity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String]
}
