/// Something a trainee is expected to do (or not do) in a scenario, worth points, citing its clause.
public struct ScenarioExpectation: Codable, Sendable, Hashable, Identifiable {
    /// Unique within its scenario; the trainer report counts misses by it.
    public let id: String
    /// What a good agent does, in words shown with a miss: "Log the complaint due 6 May 2025".
    public let description: String
    /// The rule behind it, as shown to the trainee: "Charter 3.1(a)", "Conduct policy: \"The policy in action\"".
    public let clause: String
    public let points: Int
    public let check: ExpectationCheck

    public init(id: String, description: String, clause: String, points: Int, check: ExpectationCheck) {
        self.id = id
        self.description = description
        self.clause = clause
        self.points = points
        self.check = check
    }
}

/// How an expectation is checked against the actions a trainee recorded.
public enum ExpectationCheck: Codable, Sendable, Hashable {
    /// A complaint was logged with this response due date. Charter 3.1(a).
    case complaintLogged(dueDate: CivilDate)
    /// The complaint records exactly this amount as disputed, so it is not chased. Charter 3.1(e), 7.2(e).
    case disputedAmountRecorded(Money)
    /// The complaint, which was at this level ("teamLeader"), was escalated to any higher level:
    /// the rule the escalation dialog enforces (`EscalationLevel.higherLevels`). Charter 3.1(d)(1).
    case complaintEscalatedAbove(level: String)
    /// The caller was asked to stop before the call was ended. Conduct policy: "The policy in action".
    case requestToStopBeforeContactEnded
    /// The call was ended under the conduct policy. Conduct policy: "The policy in action".
    case contactEnded
    /// A conduct incident was reported. Conduct policy: "The policy in action".
    case incidentReported
    /// A plan was created and every instalment is within the capacity to pay assessed before it. Charter 5.4, 5.5(a).
    case planWithinCapacity
    /// The latest hardship assessment has this outcome and, when given, a capacity no more than `capacityAtMost`
    /// a fortnight. Charter 5.6(a).
    case hardshipAssessedAs(outcome: String, capacityAtMost: Money?)
    /// The latest restriction check refused restriction citing this clause ("7.3(b)"). Charter 7.2, 7.3.
    case restrictionRefusedWithClause(String)
    /// No restriction check was recorded as permitting restriction. Charter 7.2, 7.3.
    case noRestrictionPermitted
    /// This referral was offered ("financialCounsellor", "EWOV"). Charter 5.5(e), 5.6(g), 3.1(d)(2).
    case referralOffered(String)
    /// The caller is frustrated, not abusive: no step of the conduct policy (asking them to
    /// stop, ending the call, reporting) may be taken, by the conduct panel's own rule
    /// (`ConductIncident.applying` refuses each with no unacceptable behaviour recorded).
    /// Conduct policy: "Purpose of this policy".
    case callerOnlyFrustrated
    /// A move out was recorded for this day, the final bill going to this postcode when
    /// given. Charter 14.11(a).
    case moveOutRecorded(on: CivilDate, forwardingPostcode: String?)
    /// The new customer was moved in with an account of their own (owed the charter summary
    /// within a month). Charter 14.17(b).
    case newCustomerMovedIn
    /// A meter test was booked for the customer. Charter 11.1 (and 4.8 if it reads high).
    case meterTestRequested
    /// The trainee must not do this kind of action at all.
    case notDone(TraineeActionKind)

    /// The name scenario files use for this check (`check = "complaintLogged"`).
    public var kindName: String {
        switch self {
        case .complaintLogged: "complaintLogged"
        case .disputedAmountRecorded: "disputedAmountRecorded"
        case .complaintEscalatedAbove: "complaintEscalatedAbove"
        case .requestToStopBeforeContactEnded: "requestToStopBeforeContactEnded"
        case .contactEnded: "contactEnded"
        case .incidentReported: "incidentReported"
        case .planWithinCapacity: "planWithinCapacity"
        case .hardshipAssessedAs: "hardshipAssessedAs"
        case .restrictionRefusedWithClause: "restrictionRefusedWithClause"
        case .noRestrictionPermitted: "noRestrictionPermitted"
        case .referralOffered: "referralOffered"
        case .callerOnlyFrustrated: "callerOnlyFrustrated"
        case .moveOutRecorded: "moveOutRecorded"
        case .newCustomerMovedIn: "newCustomerMovedIn"
        case .meterTestRequested: "meterTestRequested"
        case .notDone: "notDone"
        }
    }
}
