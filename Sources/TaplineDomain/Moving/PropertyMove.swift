/// What happens at a property when its customer changes (issue 13 item 6): the customer moves
/// out (the property is left without one until someone moves in), a new customer moves in
/// after that, or both at once on one day — a change of owner, or a tenant replaced.
public enum PropertyMove: Codable, Sendable, Hashable {
    case moveOut(MoveOut)
    case moveIn(MoveIn)
    /// The outgoing customer's move out and the incoming one's move in, on the same day.
    case changeOfCustomer(MoveOut, MoveIn)

    public var moveOut: MoveOut? {
        switch self {
        case .moveOut(let out), .changeOfCustomer(let out, _): out
        case .moveIn: nil
        }
    }

    public var moveIn: MoveIn? {
        switch self {
        case .moveIn(let into), .changeOfCustomer(_, let into): into
        case .moveOut: nil
        }
    }

    /// "move out", "move in", "change of owner": how an agent says it.
    public var name: String {
        switch self {
        case .moveOut: "move out"
        case .moveIn: "move in"
        case .changeOfCustomer(_, let into): into.occupancy == .owner ? "change of owner" : "change of tenant"
        }
    }
}
