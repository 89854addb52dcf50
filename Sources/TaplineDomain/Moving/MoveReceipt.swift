/// What recording a move did (issue 13 item 6): the outgoing account as saved (its bills now
/// going to the forwarding address) and the new customer's account, with the words the
/// agent reads back to the caller.
public struct MoveReceipt: Sendable, Hashable {
    public var outgoing: Account
    public var incoming: Account?
    public var move: PropertyMove

    public init(outgoing: Account, incoming: Account?, move: PropertyMove) {
        self.outgoing = outgoing
        self.incoming = incoming
        self.move = move
    }

    /// What to tell the caller, line by line.
    public var readBack: [String] {
        var lines: [String] = []
        if let out = move.moveOut {
            lines.append("Moving out \(out.movingOutOn.display); final meter reading \(out.finalReadingOn.display).")
            if out.chargedPastMoveOut {
                lines.append("Told us under 48 hours before: charges continue to \(out.chargesEndOn.display) (14.11(a)).")
            }
            lines.append("Final bill to \(out.forwardingAddress.oneLine).")
        }
        if let into = move.moveIn, let incoming {
            lines.append("\(into.customers.first?.name ?? "The new customer") (\(into.occupancy.rawValue)) from \(into.movingInOn.display): "
                         + "account \(incoming.accountNumber).")
            lines.append("Charter summary (14.17(b)) to be sent by \(into.charterSummaryDue.display).")
        }
        return lines
    }
}
