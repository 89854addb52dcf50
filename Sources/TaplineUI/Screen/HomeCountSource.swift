import TaplineDomain

/// A figure on the home screen: what is waiting on the person signed in, worded so it reads
/// without colour ("2 complaints due today").
public struct HomeCount: Sendable, Equatable {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }
}

/// An area's figures for the home screen. Areas add a source (`Services.add(_:)`) the way they
/// add to the account screen, and Home shows every source's figures, refreshed whenever the
/// store changes.
public protocol HomeCountSource: Sendable {
    /// The figures that matter to `user` in `role` on `today`, most pressing first.
    func homeCounts(user: String, role: Role, today: CivilDate, calendar: BusinessCalendar) throws -> [HomeCount]
}
