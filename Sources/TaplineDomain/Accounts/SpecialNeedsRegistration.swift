/// An entry on the special-needs register (Charter 9.5).
///
/// Registered customers must be contacted at least four business days before a planned
/// interruption and as soon as possible in an unplanned one (9.5(a)(b)), and their supply is
/// never restricted for non-payment (7.3(b)), so the account screen, every lookup row and every
/// screen about the customer show the registration.
public struct SpecialNeedsRegistration: Hashable, Sendable, Codable {
    public var need: SpecialNeed
    public var registeredOn: CivilDate
    /// What the need was registered on: "medical certificate from Dr Lee, received 1 Dec 2026".
    /// Empty for registrations made before the register kept it (imports, older data).
    public var evidence: String
    /// What the agent must know: the equipment, or the need and how to contact the customer.
    public var notes: String

    public init(need: SpecialNeed, registeredOn: CivilDate, evidence: String = "", notes: String) {
        self.need = need
        self.registeredOn = registeredOn
        self.evidence = evidence
        self.notes = notes
    }

    /// "life support (9.5(a)), registered Tue 1 Dec 2026": the entry in the words every screen uses.
    public var summary: String { "\(need.displayName) (\(need.clause)), registered \(registeredOn.display)" }
}

/// Why a customer is on the special-needs register.
public enum SpecialNeed: String, Hashable, Sendable, Codable, CaseIterable {
    /// Charter 9.5(a): water for the operation of a life-support machine.
    case lifeSupport
    /// Charter 9.5(b): another special need, assessed case by case.
    case other

    /// The clause that puts the customer on the register.
    public var clause: String {
        switch self {
        case .lifeSupport: return "9.5(a)"
        case .other: return "9.5(b)"
        }
    }

    /// "life support", "other special need": lower case, for sentences and the audit trail.
    public var displayName: String {
        switch self {
        case .lifeSupport: return "life support"
        case .other: return "other special need"
        }
    }
}
