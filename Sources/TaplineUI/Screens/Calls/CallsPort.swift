import TaplineDomain

/// What the call wrap-up needs from the store (issue 13 item 1).
public protocol CallsPort: Sendable {
    /// What `agent` did on the account since `start`, one line each, oldest first.
    func activity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String]
    /// Records the call on the account, or on none (a caller never identified), audited.
    func record(_ call: Interaction, on accountNumber: String?) throws
}

/// A call being taken: who it is with (nil until the caller is identified) and when it started.
public struct CallInProgress: Equatable, Sendable {
    public var account: AccountContext?
    public var startedAt: LocalDateTime
    public var channel: InteractionChannel

    public init(account: AccountContext?, startedAt: LocalDateTime, channel: InteractionChannel = .phone) {
        self.account = account
        self.startedAt = startedAt
        self.channel = channel
    }
}
