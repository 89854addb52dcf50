import TaplineDomain

/// What the moving screen and `tapline moves charter-due` need from a store (issue 13 item 6),
/// whichever store it is.
///
/// A move is recorded in one transaction, or not at all: the move out on the outgoing account
/// (its bills now go to the forwarding address, its version moves, so a colleague's stale save
/// is refused), the new customer's account opened at the same property with its lookup
/// entries, the move's own record, and an audit entry on each account. PostgreSQL records the
/// session's login; an agent may open an account there only as a move in, with nothing owed.
public protocol MovesStore: Sendable {
    /// Records `move` from the account an agent read at `readVersion`. Refused with
    /// `ChangedSinceRead` when someone saved the account since, and with
    /// `StoreError.invalidAccount` when the move breaks `MovingRules` (a second move out, a
    /// move in while the customer is still there, a move in before the last one left).
    func recordMove(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                    by user: String, at time: LocalDateTime) throws -> MoveReceipt

    /// What the account's record says of moves: its move out, the move in that opened it, the
    /// accounts before and after it at the property, and the charter summary owed (14.17(b)).
    func moves(of accountNumber: String) throws -> AccountMoves

    /// Records the charter summary sent to the new customer on `day` (14.17(b)), audited.
    func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws

    /// New customers whose charter summary has not been sent, the earliest due first.
    func charterSummariesOutstanding(limit: Int) throws -> [CharterSummaryNotice]
}
