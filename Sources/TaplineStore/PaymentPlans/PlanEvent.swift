import TaplineDomain

/// One change in a payment plan's status history: agreed, an instalment paid or missed,
/// completed, renegotiated or cancelled, with who recorded it and when.
public struct PlanEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case agreed, paid, missed, completed, renegotiated, cancelledForNonPayment, cancelled
    }

    public var planID: String
    public var at: LocalDateTime
    public var agent: String
    public var kind: Kind
    /// A sentence for the account's history: "Instalment 2 of $45.00 recorded missed."
    public var detail: String

    public init(planID: String, at: LocalDateTime, agent: String, kind: Kind, detail: String) {
        self.planID = planID
        self.at = at
        self.agent = agent
        self.kind = kind
        self.detail = detail
    }
}
