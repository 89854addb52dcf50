import Foundation

/// The utility's settings that every rule reads: its time zone and its holidays' jurisdiction.
///
/// Tapline serves any water utility; the charter it was written against is a Victorian one,
/// so Melbourne time is the default. Nothing here reads the clock: callers pass `now`.
public struct UtilityZone: Sendable, Hashable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    public static let melbourne = UtilityZone(timeZone: TimeZone(identifier: "Australia/Melbourne")!)

    /// The wall-clock time of an instant here.
    public func local(_ instant: Date) -> LocalDateTime { LocalDateTime(instant, in: timeZone) }
}
