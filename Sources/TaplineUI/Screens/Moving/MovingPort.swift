import TaplineDomain

/// What the moving screen needs from the store (issue 13 item 6).
///
/// `record` is refused with `ChangedSinceRead` when the account is no longer at `readVersion`,
/// and with the rule broken when the move cannot be (`MovingRules`); nothing is half-saved.
public protocol MovingPort: Sendable {
    /// The account as it stands, what its record says of moves, and its latest bill (the final
    /// bill's service charges are estimated from it), or nil when there is no such account.
    func read(_ accountNumber: String) throws -> MovingRecord?
    /// Records the move from the account read at `readVersion`.
    func record(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                by user: String, at time: LocalDateTime) throws -> MoveReceipt
    /// Records the new customer's charter summary sent on `day` (14.17(b)).
    func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws
}

/// An account as the moving screen reads it.
public struct MovingRecord: Sendable, Equatable {
    public var account: Account
    public var moves: AccountMoves
    public var lastBill: Bill?

    public init(account: Account, moves: AccountMoves, lastBill: Bill?) {
        self.account = account
        self.moves = moves
        self.lastBill = lastBill
    }
}
