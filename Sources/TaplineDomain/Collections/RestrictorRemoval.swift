import Foundation

/// When a restricted service must be restored (Charter 7.4).
///
/// "Within 24 hours of becoming aware that the reason for restriction no longer exists":
/// 24 elapsed hours, counted on the instant line in the utility's time zone, so a daylight
/// saving change in between gives 11:00 or 09:00 the next day rather than the same wall time.
public enum RestrictorRemoval {
    public static let hoursAllowed = 24

    /// The latest local time the service may be restored.
    public static func restoreBy(becameAwareAt moment: LocalDateTime, zone: UtilityZone) -> LocalDateTime {
        let deadline = moment.instant(in: zone.timeZone).addingTimeInterval(TimeInterval(hoursAllowed * 3600))
        return zone.local(deadline)
    }
}
