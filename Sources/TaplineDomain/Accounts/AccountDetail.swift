/// Everything the account screen shows: the account, its badges and its history.
public struct AccountDetail: Hashable, Sendable {
    public var account: Account
    /// All badges, including those other areas contribute, in display order.
    public var flags: [AccountFlag]
    /// Oldest first, so usage charts read left to right.
    public var bills: [Bill]
    /// Oldest first.
    public var payments: [Payment]
    /// Newest first, the most recent few.
    public var interactions: [Interaction]
    /// Newest first, the most recent few.
    public var notes: [Note]

    public init(account: Account, flags: [AccountFlag], bills: [Bill], payments: [Payment],
                interactions: [Interaction], notes: [Note]) {
        self.account = account
        self.flags = flags.sorted()
        self.bills = bills
        self.payments = payments
        self.interactions = interactions
        self.notes = notes
    }

    /// Usage comparisons for the latest bill (Charter 4.7); nil before the first bill.
    public var usageComparison: UsageComparison? { UsageComparison(periods: bills.map(\.usage)) }
}
