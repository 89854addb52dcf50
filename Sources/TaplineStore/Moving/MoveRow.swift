import TaplineDomain

/// One `property_move` row as both stores read it: the columns a query selects, decoded into
/// domain values in one place (the bodies are the domain values as JSON).
public struct MoveRow: Sendable {
    public var outgoingAccount: String
    public var incomingAccount: String?
    public var moveOutBody: String?
    public var moveInBody: String?
    public var recordedBy: String
    public var recordedAt: LocalDateTime
    public var charterSummarySent: CivilDate?

    public init(outgoingAccount: String, incomingAccount: String?, moveOutBody: String?, moveInBody: String?,
                recordedBy: String, recordedAt: LocalDateTime, charterSummarySent: CivilDate?) {
        self.outgoingAccount = outgoingAccount
        self.incomingAccount = incomingAccount
        self.moveOutBody = moveOutBody
        self.moveInBody = moveInBody
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.charterSummarySent = charterSummarySent
    }

    /// The columns each store selects, in this order, joined to the two accounts' numbers.
    public static let columns = """
        o.number AS outgoing, i.number AS incoming, m.move_out, m.move_in, m.recorded_by, m.recorded_at, m.charter_summary_sent
        """

    /// What the rows about `accountNumber` (those where it moved out, or was opened by a move
    /// in) say of its moves.
    public static func moves(of accountNumber: String, from rows: [MoveRow]) throws -> AccountMoves {
        var moves = AccountMoves()
        for row in rows {
            if row.outgoingAccount == accountNumber {
                if let body = row.moveOutBody {
                    moves.moveOut = .init(move: try PlanStoreSupport.decode(MoveOut.self, from: body), by: row.recordedBy, at: row.recordedAt)
                }
                if let incoming = row.incomingAccount { moves.nextAccount = incoming }
            }
            if row.incomingAccount == accountNumber, let body = row.moveInBody {
                moves.moveIn = .init(move: try PlanStoreSupport.decode(MoveIn.self, from: body), by: row.recordedBy, at: row.recordedAt)
                moves.previousAccount = row.outgoingAccount
                moves.charterSummary = try row.charterSummary()
            }
        }
        return moves
    }

    /// The charter summary a row owes its new customer, when the row opened an account.
    public func charterSummary() throws -> CharterSummaryNotice? {
        guard let incomingAccount, let moveInBody else { return nil }
        let into = try PlanStoreSupport.decode(MoveIn.self, from: moveInBody)
        return CharterSummaryNotice(accountNumber: incomingAccount, customerName: into.customers.first?.name ?? "",
                                    due: into.charterSummaryDue, sentOn: charterSummarySent)
    }
}
