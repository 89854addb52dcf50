/// The customer's reasonable assurance that they will keep a new plan, as the agent recorded it.
///
/// Charter 5.4 and Part C: after two plans cancelled for non-payment in 12 months a new plan
/// need not be offered unless the customer gives "a fair and reasonable expectation (based on
/// all the circumstances leading to, and which are anticipated to follow) that the customer
/// will meet the terms". The agent writes down what the customer said and what has changed.
public struct ReasonableAssurance: Codable, Sendable, Hashable {
    public var recordedOn: CivilDate
    public var agent: String
    /// What has changed and why the plan can be kept now, in the customer's terms.
    public var note: String

    /// Refuses an assurance with no agent or no note: an empty record assures nothing.
    public init(recordedOn: CivilDate, agent: String, note: String) throws(PlanRefusal) {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw PlanRefusal("record which agent took the assurance") }
        guard !note.trimmingCharactersWhitespace().isEmpty else {
            throw PlanRefusal("write down the customer's assurance: what has changed and why the plan can be kept now")
        }
        self.recordedOn = recordedOn
        self.agent = agent
        self.note = note
    }
}
