import TaplineDomain

/// What the lookup and account screens need from the store.
public protocol AccountsPort: Sendable {
    /// Accounts matching what the agent typed, best first (exact account number or phone first).
    func search(_ query: String, limit: Int) throws -> AccountMatches
    /// The account with its history; records who viewed it and when. Nil when there is none.
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail?
    /// The account with its history, without recording a view: reloading after a change.
    func detail(_ accountNumber: String) throws -> AccountDetail?
    /// Adds a note to the account, saved with its agent and time.
    func addNote(_ note: Note, to accountNumber: String) throws
}

/// A page of lookup results and how many matched in all.
public struct AccountMatches: Equatable, Sendable {
    /// "3", "1,204" or "1,000+" when counting stopped early.
    public var total: String
    public var rows: [AccountSummary]

    public init(total: String, rows: [AccountSummary]) {
        self.total = total
        self.rows = rows
    }
}
