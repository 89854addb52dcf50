/// What a user read of a conduct incident before changing it: a save checks it is still what
/// is stored (issue 12 item 3).
///
/// Two reads, because two kinds of user change an incident: whoever may see it read the whole
/// incident, so its timeline's length is their version; an agent serving the account who
/// records the customer's review request sees only the restriction on the banner (the incident
/// may be another agent's), so the restriction as shown is theirs.
public enum ConductRead: Hashable, Sendable {
    /// The incident, with this many timeline entries.
    case incident(version: Int)
    /// Its current restriction, as the account's banner showed it.
    case restriction(ContactRestriction)
}

extension ConductIncident {
    /// The change a save based on `read` missed, or nil when the incident is still as read:
    /// the first timeline entry past the version, or, for a restriction in force that is no
    /// longer the one shown, the latest entry (what changed it).
    public func changeMissed(by read: ConductRead) -> ChangedSinceRead? {
        switch read {
        case .incident(let version):
            return ChangedSinceRead.missed(in: timeline, read: version, record: id) { ($0.by, $0.at, $0.step.summary) }
        case .restriction(let shown):
            // No restriction left to review is the domain's refusal to make, on its merits.
            guard let current = currentRestriction, current != shown, let last = timeline.last else { return nil }
            return ChangedSinceRead(record: id, by: last.by, at: last.at, change: last.step.summary)
        }
    }
}
