/// A line of the audit log for a conduct incident: who did what, and when.
///
/// Decision (for the store): the incident's timeline is its audit trail. Every accepted step
/// appends exactly one timeline entry and refused steps change nothing, so after each
/// `applying` the store persists `auditTrail.last`; `auditTrail` also begins with the raising
/// of the incident. Refusals are not audited here.
public struct ConductAuditEntry: Hashable, Sendable, Codable {
    public let incidentId: String
    public let who: String
    public let at: LocalDateTime
    public let what: String

    public init(incidentId: String, who: String, at: LocalDateTime, what: String) {
        self.incidentId = incidentId
        self.who = who
        self.at = at
        self.what = what
    }
}
