/// An entry on the special-needs register (Charter 9.5).
///
/// Registered customers must be contacted at least four business days before a planned
/// interruption and as soon as possible in an unplanned one (9.5(a)(b)), so the account
/// screen and every lookup row show the registration as a badge.
public struct SpecialNeedsRegistration: Hashable, Sendable, Codable {
    public var need: SpecialNeed
    public var registeredOn: CivilDate
    /// What the agent must know: the equipment, or the need and how to contact the customer.
    public var notes: String

    public init(need: SpecialNeed, registeredOn: CivilDate, notes: String) {
        self.need = need
        self.registeredOn = registeredOn
        self.notes = notes
    }
}

/// Why a customer is on the special-needs register.
public enum SpecialNeed: String, Hashable, Sendable, Codable, CaseIterable {
    /// Charter 9.5(a): water for the operation of a life-support machine.
    case lifeSupport
    /// Charter 9.5(b): another special need, assessed case by case.
    case other
}
