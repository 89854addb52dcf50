import TaplineDomain

/// What a change to the special-needs register does over the account as stored, the same on
/// both stores: the registration afterwards, the audit entry's words old → new, and the rules
/// checked against the day of the change.
public struct SpecialNeedsUpdate: Sendable {
    public let after: SpecialNeedsRegistration?
    public let auditDetail: String

    /// The update, or nil when nothing differs; refuses a change that breaks a rule
    /// (`SpecialNeedsRules`) with `StoreError.invalidAccount`.
    public static func make(_ change: SpecialNeedsChange, over before: Account, at time: LocalDateTime) throws -> SpecialNeedsUpdate? {
        let change = change.normalised
        if let problem = change.problem(today: time.date, over: before.specialNeeds) {
            throw StoreError.invalidAccount(accountNumber: before.accountNumber, reason: problem)
        }
        guard let words = change.auditDetail(from: before.specialNeeds) else { return nil }
        return SpecialNeedsUpdate(after: change.after, auditDetail: words)
    }

    /// The columns' values in the order `need, registered, evidence, notes`.
    public var columns: (need: String?, registered: String?, evidence: String?, notes: String?) {
        guard let after else { return (nil, nil, nil, nil) }
        return (after.need.rawValue, StoredText.date(after.registeredOn), after.storedEvidence, after.notes)
    }
}

extension SpecialNeedsRegistration {
    /// The evidence column's value: none when there is no evidence, as for registrations
    /// made before the register kept it.
    public var storedEvidence: String? { evidence.isEmpty ? nil : evidence }
}
