/// What an account's record says of moves (issue 13 item 6): how its customer came to the
/// property, whether they have left, and the charter summary owed to a new customer (14.17(b)).
public struct AccountMoves: Sendable, Hashable {
    /// The move out recorded on this account, with who recorded it and when.
    public var moveOut: Recorded<MoveOut>?
    /// The move in that opened this account, when it was opened by one.
    public var moveIn: Recorded<MoveIn>?
    /// The account the new customer's account followed at the property (on a move in), or
    /// the one that followed this (after a move out and a move in).
    public var previousAccount: String?
    public var nextAccount: String?
    public var charterSummary: CharterSummaryNotice?

    public init(moveOut: Recorded<MoveOut>? = nil, moveIn: Recorded<MoveIn>? = nil, previousAccount: String? = nil,
                nextAccount: String? = nil, charterSummary: CharterSummaryNotice? = nil) {
        self.moveOut = moveOut
        self.moveIn = moveIn
        self.previousAccount = previousAccount
        self.nextAccount = nextAccount
        self.charterSummary = charterSummary
    }

    public static let none = AccountMoves()

    /// A move as recorded: by whom and when.
    public struct Recorded<Move: Sendable & Hashable>: Sendable, Hashable {
        public var move: Move
        public var by: String
        public var at: LocalDateTime

        public init(move: Move, by: String, at: LocalDateTime) {
            self.move = move
            self.by = by
            self.at = at
        }
    }
}
