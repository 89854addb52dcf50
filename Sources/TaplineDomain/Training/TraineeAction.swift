/// One thing a trainee did on the console during a training scenario, as scoring sees it.
///
/// The console's screens record these as the trainee works; `ScenarioScorer` checks them
/// against the scenario's expectations. Area values (escalation level, hardship outcome,
/// plan frequency, referral) are plain strings on purpose, so training does not depend on
/// the other policy areas' types: the console maps its real values to these names, e.g.
/// `"teamLeader"`, `"manager"`, `"inHardship"`, `"fortnightly"`, `"financialCounsellor"`.
public enum TraineeAction: Codable, Sendable, Hashable {
    /// The trainee opened an account (the console opens the scenario's account at the start).
    case openedAccount(number: String)
    /// A complaint was logged with the response due date the console showed. Charter 3.1(a).
    case loggedComplaint(dueDate: CivilDate, receivedAt: LocalDateTime, disputedAmount: Money?, category: String)
    /// A complaint was raised to a higher level: "teamLeader", "manager", "generalManager". Charter 3.1(d)(1).
    case escalatedComplaint(toLevel: String)
    /// A reply to the complaint was recorded. Charter 3.1(a)-(c).
    case respondedToComplaint
    /// The caller was politely asked to stop. Conduct policy: "The policy in action".
    case conductRequestToStop
    /// The call was ended because the behaviour continued. Conduct policy: "The policy in action".
    case conductContactEnded
    /// A conduct incident was reported. Conduct policy: "The policy in action".
    case conductReported
    /// Hardship was assessed: outcome such as "inHardship", and capacity to pay per fortnight. Charter 5.6(a).
    case hardshipAssessed(outcome: String, capacityToPay: Money)
    /// A flexible payment plan was created: "weekly", "fortnightly", "monthly" or "quarterly". Charter 5.4.
    case planCreated(instalment: Money, frequency: String, instalmentCount: Int)
    /// Whether restriction is permitted was checked, with the clauses behind a refusal ("7.3(b)"). Charter 7.2, 7.3.
    case restrictionChecked(permitted: Bool, reasonClauses: [String])
    /// A referral was offered: "financialCounsellor", "utilityReliefGrant", "EWOV"… Charter 5.5(e), 5.6(g), 3.1(d)(2).
    case referralOffered(to: String)
    /// A move was recorded: "moveOut", "moveIn", "changeOfOwner" or "changeOfTenant", the day
    /// the customer moves out and the forwarding postcode (when someone left), and whether a
    /// new customer's account was opened. Charter 14.11(a), 14.17(b).
    case moveRecorded(kind: String, movingOutOn: CivilDate?, forwardingPostcode: String?, newCustomer: Bool)
    /// A meter or billing-record request was taken: "special-reading", "meter-test" or
    /// "billing-history". Charter 4.3, 11.1, 14.8.
    case meterRequested(kind: String)

    /// Which kind of action this is, without its values: what caller lines wait for and `notDone` forbids.
    public var kind: TraineeActionKind {
        switch self {
        case .openedAccount: .openedAccount
        case .loggedComplaint: .loggedComplaint
        case .escalatedComplaint: .escalatedComplaint
        case .respondedToComplaint: .respondedToComplaint
        case .conductRequestToStop: .conductRequestToStop
        case .conductContactEnded: .conductContactEnded
        case .conductReported: .conductReported
        case .hardshipAssessed: .hardshipAssessed
        case .planCreated: .planCreated
        case .restrictionChecked: .restrictionChecked
        case .referralOffered: .referralOffered
        case .moveRecorded: .moveRecorded
        case .meterRequested: .meterRequested
        }
    }
}

/// The kinds of `TraineeAction`, named as scenario files name them (`after = "conductRequestToStop"`).
public enum TraineeActionKind: String, Codable, Sendable, Hashable, CaseIterable {
    case openedAccount, loggedComplaint, escalatedComplaint, respondedToComplaint
    case conductRequestToStop, conductContactEnded, conductReported
    case hardshipAssessed, planCreated, restrictionChecked, referralOffered, moveRecorded, meterRequested

    /// What doing it is called in a score card: "ending the call under the conduct policy".
    public var activity: String {
        switch self {
        case .openedAccount: "opening an account"
        case .loggedComplaint: "logging a complaint"
        case .escalatedComplaint: "escalating a complaint"
        case .respondedToComplaint: "responding to a complaint"
        case .conductRequestToStop: "asking the caller to stop"
        case .conductContactEnded: "ending the call under the conduct policy"
        case .conductReported: "reporting a conduct incident"
        case .hardshipAssessed: "assessing hardship"
        case .planCreated: "creating a payment plan"
        case .restrictionChecked: "checking whether restriction is permitted"
        case .referralOffered: "offering a referral"
        case .moveRecorded: "recording a move"
        case .meterRequested: "taking a meter request"
        }
    }
}

/// A trainee action with the scenario-clock time the console recorded it at.
///
/// Scoring reads actions in the order recorded (two actions can share a minute), and uses
/// the time only to say when something happened.
public struct TimedTraineeAction: Codable, Sendable, Hashable {
    public let at: LocalDateTime
    public let action: TraineeAction

    public init(at: LocalDateTime, action: TraineeAction) {
        self.at = at
        self.action = action
    }
}
