/// A contact as reporting lists it: the interaction and the account it was on, if any (an
/// unidentified caller's call has none).
public struct CallRecord: Hashable, Sendable {
    public var accountNumber: String?
    public var interaction: Interaction

    public init(accountNumber: String?, interaction: Interaction) {
        self.accountNumber = accountNumber
        self.interaction = interaction
    }
}

/// Which contacts to list: an account's, those started within some days, those with a reason;
/// newest first, at most `limit`. Every condition left nil matches everything.
public struct CallSearch: Hashable, Sendable {
    public var accountNumber: String?
    /// The first day, inclusive.
    public var from: CivilDate?
    /// The last day, inclusive.
    public var to: CivilDate?
    /// A reason code ("billing-enquiry").
    public var reason: String?
    public var limit: Int

    public init(accountNumber: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil, reason: String? = nil, limit: Int = 200) {
        self.accountNumber = accountNumber
        self.from = from
        self.to = to
        self.reason = reason
        self.limit = limit
    }

    /// Whether a contact started `at` with `reason` is one this search lists (the stores' SQL
    /// says the same; contract tests hold them to it).
    public func matches(accountNumber number: String?, _ interaction: Interaction) -> Bool {
        if let accountNumber, number != accountNumber { return false }
        if let from, interaction.at.date < from { return false }
        if let to, interaction.at.date > to { return false }
        if let reason, interaction.reason != reason { return false }
        return true
    }
}
