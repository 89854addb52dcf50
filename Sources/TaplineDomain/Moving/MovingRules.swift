/// What a move may be (issue 13 item 6), each rule a pure function answering nil (fine) or
/// the words to show under the field, as `ContactRules` does for contact details.
public enum MovingRules {
    public enum Field: Hashable, Sendable, CaseIterable {
        case kind, movingOn, street, suburb, state, postcode, name, phone, email, occupancy
    }

    /// How far back a move may be dated: a customer who left more than a year ago and never
    /// said is a matter for the collections team, not a call.
    public static let earliestDaysBack = 365
    /// How far ahead a move may be booked.
    public static let latestDaysAhead = 90

    /// The day of a move: a date, not more than a year back or 90 days ahead.
    public static func dayProblem(_ text: String, today: CivilDate) -> String? {
        let typed = text.contactTrimmed
        guard let day = CivilDate(iso: typed) else {
            return typed.isEmpty ? "the day of the move is required (YYYY-MM-DD)"
                : "enter the day of the move as YYYY-MM-DD, like \(today.iso); “\(typed)” is not a date"
        }
        if day < today.adding(days: -earliestDaysBack) {
            return "a move more than \(earliestDaysBack) days ago (before \(today.adding(days: -earliestDaysBack).display)) is for the collections team"
        }
        if day > today.adding(days: latestDaysAhead) {
            return "a move can be booked at most \(latestDaysAhead) days ahead (by \(today.adding(days: latestDaysAhead).display))"
        }
        return nil
    }

    /// A new customer moves in on or after the day the last one moved out: two customers are
    /// never both charged as moving in and out on overlapping days.
    public static func moveInProblem(movingInOn: CivilDate, previousMoveOut: MoveOut?) -> String? {
        guard let previous = previousMoveOut, movingInOn < previous.movingOutOn else { return nil }
        return "the last customer moved out on \(previous.movingOutOn.display): the new one moves in on or after that day"
    }

    /// Why the account cannot have `move` recorded, given the move out already on it.
    public static func accountProblem(_ move: PropertyMove, recordedMoveOut: MoveOut?) -> String? {
        switch (move, recordedMoveOut) {
        case (.moveOut, .some(let out)), (.changeOfCustomer, .some(let out)):
            return "this customer already moved out on \(out.movingOutOn.display)"
        case (.moveIn, nil):
            return "the customer here has not moved out: record their move out first, or a change of owner or tenant"
        default:
            return nil
        }
    }
}
