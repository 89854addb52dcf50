/// A decision given to the complainant, with the reasons the charter requires.
///
/// Charter 3.1(b): the reply deals with the substance of the complaint; 3.1(c): it gives the
/// reasons for the decision and, where appropriate, its legislative or policy basis.
public struct ComplaintResponse: Hashable, Sendable, Codable {
    /// When the complainant was told: the start of the 10 business days in Charter 3.2(b).
    public let at: LocalDateTime
    /// The agent who gave the response.
    public let by: String
    /// The level that made the decision (a review at a higher level gives a new response).
    public let level: EscalationLevel
    /// What was decided, in the words given to the customer.
    public let text: String
    /// Why (Charter 3.1(c)).
    public let reasons: String
    /// The legislation or policy the reasons rest on, when appropriate (Charter 3.1(c)).
    public let policyBasis: String?
    /// Who decided, and in what capacity (Charter 3.1(d)(1), `ComplaintAuthority`); nil for a
    /// response recorded before deciders were recorded.
    public let decider: ComplaintDecider?

    public init(at: LocalDateTime, by: String, level: EscalationLevel, text: String, reasons: String, policyBasis: String?,
                decider: ComplaintDecider? = nil) {
        self.at = at
        self.by = by
        self.level = level
        self.text = text
        self.reasons = reasons
        self.policyBasis = policyBasis
        self.decider = decider
    }

    /// "Sam Lee, Manager": who decided, for screens; the level alone for an older response.
    public var decidedBy: String { decider?.signature ?? level.title }
}
