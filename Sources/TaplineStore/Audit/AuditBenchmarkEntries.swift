import TaplineDomain

/// The made-up entries `tapline bench audit` appends: views and changes by a handful of
/// agents on a million accounts, one second apart, like a busy contact centre's trail.
///
/// Both stores append the same entries, hashed by `AuditChain`, so their figures compare.
public enum AuditBenchmarkEntries {
    static let agents = ["asmith", "bnguyen", "cjones", "dpatel", "ewilliams", "fchen", "gkelly", "hmurphy"]
    static let actions: [AuditAction] = [.viewed, .viewed, .viewed, .changed, .noteAdded, .interactionRecorded]
    static let details = ["", "", "", "changed phone", "", ""]

    /// The `index`th entry (from 0), `index` seconds after `start`.
    public static func entry(_ index: Int, start: LocalDateTime) -> AuditEntry {
        let seconds = start.hour * 3_600 + start.minute * 60 + start.second + index
        let date = start.date.adding(days: seconds / 86_400)
        let time = seconds % 86_400
        let kind = index % actions.count
        return AuditEntry(who: agents[index % agents.count],
                          at: LocalDateTime(date: date, hour: time / 3_600, minute: time / 60 % 60, second: time % 60),
                          action: actions[kind], accountNumber: String(1_000_000_000 + index % 1_000_000), detail: details[kind])
    }
}
