import Foundation
import TaplineDomain

/// One line of `tapline audit list`: when (to the second), who, what, and the detail.
enum AuditTrailLine {
    static func text(_ entry: AuditEntry) -> String {
        let at = String(format: "%@ %02d:%02d:%02d", entry.at.date.iso, entry.at.hour, entry.at.minute, entry.at.second)
        let who = entry.who.padding(toLength: max(12, entry.who.count), withPad: " ", startingAt: 0)
        let what = entry.action.words.padding(toLength: 19, withPad: " ", startingAt: 0)
        return "\(at)  \(who)  \(what)  \(entry.detail)".trimmingCharacters(in: .whitespaces)
    }
}
