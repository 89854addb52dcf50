/// Whether one expectation was met, with the words a trainee sees about what happened.
public struct CheckOutcome: Sendable, Hashable {
    public let met: Bool
    /// What was found: "Complaint logged due Thu 1 May 2025, but it should be due Tue 6 May 2025."
    public let detail: String

    static func met(_ detail: String) -> CheckOutcome { CheckOutcome(met: true, detail: detail) }
    static func missed(_ detail: String) -> CheckOutcome { CheckOutcome(met: false, detail: detail) }
}

extension ExpectationCheck {
    /// Checks the trainee's actions, read in the order the console recorded them.
    public func evaluate(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        switch self {
        case .complaintLogged(let dueDate): Self.complaintLogged(dueDate: dueDate, actions)
        case .disputedAmountRecorded(let amount): Self.disputedAmountRecorded(amount, actions)
        case .complaintEscalatedAbove(let level): Self.complaintEscalated(above: level, actions)
        case .requestToStopBeforeContactEnded: Self.requestToStopBeforeContactEnded(actions)
        case .contactEnded: Self.contactEnded(actions)
        case .incidentReported: Self.incidentReported(actions)
        case .planWithinCapacity: Self.planWithinCapacity(actions)
        case .hardshipAssessedAs(let outcome, let capacityAtMost):
            Self.hardshipAssessed(as: outcome, capacityAtMost: capacityAtMost, actions)
        case .restrictionRefusedWithClause(let clause): Self.restrictionRefused(citing: clause, actions)
        case .noRestrictionPermitted: Self.noRestrictionPermitted(actions)
        case .referralOffered(let referral): Self.referralOffered(referral, actions)
        case .callerOnlyFrustrated: Self.callerOnlyFrustrated(actions)
        case .moveOutRecorded(let day, let postcode): Self.moveOutRecorded(on: day, forwardingPostcode: postcode, actions)
        case .newCustomerMovedIn: Self.newCustomerMovedIn(actions)
        case .meterTestRequested: Self.meterTestRequested(actions)
        case .notDone(let kind): Self.notDone(kind, actions)
        }
    }

    // MARK: - Moving (Charter 14.11(a), 14.17(b))

    private static func movesOut(_ actions: [TimedTraineeAction]) -> [(day: CivilDate, postcode: String?)] {
        actions.compactMap {
            if case .moveRecorded(_, let day?, let postcode, _) = $0.action { (day, postcode) } else { nil }
        }
    }

    private static func moveOutRecorded(on day: CivilDate, forwardingPostcode: String?, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        guard let last = movesOut(actions).last else { return .missed("No move out was recorded.") }
        guard last.day == day else {
            return .missed("Move out recorded for \(last.day.display); the customer leaves on \(day.display).")
        }
        if let forwardingPostcode, last.postcode != forwardingPostcode {
            return .missed("Move out recorded with the final bill to postcode \(last.postcode ?? "none"); the customer's new address is in \(forwardingPostcode).")
        }
        return .met("Move out recorded for \(day.display), the final bill to the new address.")
    }

    // MARK: - Meters (Charter 11.1)

    private static func meterTestRequested(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        let taken = actions.compactMap { if case .meterRequested(let kind) = $0.action { kind } else { nil } }
        if taken.contains("meter-test") { return .met("A meter test was booked (11.1): free, and the bill adjusted, if it reads high (4.8).") }
        guard !taken.isEmpty else { return .missed("No meter test was booked, though the customer doubts the meter.") }
        return .missed("A \(TrainingText.words(taken.last!)) was taken, not a meter test: only a test shows whether the meter reads high (11.1).")
    }

    private static func newCustomerMovedIn(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        let opened = actions.contains { if case .moveRecorded(_, _, _, true) = $0.action { true } else { false } }
        return opened ? .met("The new customer was moved in with an account of their own.")
            : .missed("The new customer was not moved in: they have no account, and no charter summary is owed to them.")
    }

    // MARK: - Complaints (Charter 3.1)

    private static func loggedComplaints(_ actions: [TimedTraineeAction]) -> [(dueDate: CivilDate, disputed: Money?)] {
        actions.compactMap {
            if case .loggedComplaint(let dueDate, _, let disputed, _) = $0.action { (dueDate, disputed) } else { nil }
        }
    }

    private static func complaintLogged(dueDate: CivilDate, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let logged = loggedComplaints(actions)
        guard let last = logged.last else { return .missed("No complaint was logged.") }
        if logged.contains(where: { $0.dueDate == dueDate }) {
            return .met("Complaint logged with a reply due \(dueDate.display).")
        }
        return .missed("Complaint logged with a reply due \(last.dueDate.display), but it should be due \(dueDate.display).")
    }

    private static func disputedAmountRecorded(_ amount: Money, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let logged = loggedComplaints(actions)
        guard let last = logged.last else { return .missed("No complaint was logged, so no amount is marked as disputed.") }
        if logged.contains(where: { $0.disputed == amount }) {
            return .met("\(amount.formatted) recorded as disputed.")
        }
        guard let recorded = last.disputed else {
            return .missed("The complaint was logged with no disputed amount; \(amount.formatted) is in dispute.")
        }
        return .missed("\(recorded.formatted) recorded as disputed; the amount in dispute is \(amount.formatted).")
    }

    /// Met by an escalation the escalation dialog allows from `level`: any higher level (Charter 3.1(d)(1)).
    private static func complaintEscalated(above level: String, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let levels = actions.compactMap { if case .escalatedComplaint(let to) = $0.action { to } else { nil } }
        guard let current = EscalationLevel(trainingName: level) else {
            return .missed("The scenario names an unknown escalation level “\(level)”.")
        }
        let allowed = levels.compactMap(EscalationLevel.init(trainingName:))
            .first { TrainingRules.escalationIsAllowed(from: current, to: $0) }
        if let reached = allowed {
            return .met("Escalated from \(TrainingText.words(current.trainingName)) to \(TrainingText.words(reached.trainingName)): "
                        + "any higher level may be chosen.")
        }
        guard !levels.isEmpty else { return .missed("The complaint was not escalated.") }
        let reached = levels.map(TrainingText.words).joined(separator: ", ")
        return .missed("Escalated to \(reached), which is not above \(TrainingText.words(current.trainingName)).")
    }

    // MARK: - Conduct (Conduct policy: "The policy in action")

    private static func requestToStopBeforeContactEnded(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        let request = actions.firstIndex { $0.action.kind == .conductRequestToStop }
        let end = actions.firstIndex { $0.action.kind == .conductContactEnded }
        switch (request, end) {
        case (nil, nil):
            return .missed("The caller was never asked to stop.")
        case (nil, .some):
            return .missed("The call was ended without first asking the caller to stop.")
        case (.some(let request), .some(let end)) where end < request:
            return .missed("The call was ended at \(TrainingText.clock(actions[end].at)) before the caller was asked to stop.")
        case (.some(let request), _):
            return .met("Asked the caller to stop at \(TrainingText.clock(actions[request].at)) before ending the call.")
        }
    }

    private static func contactEnded(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        guard let end = actions.first(where: { $0.action.kind == .conductContactEnded }) else {
            return .missed("The call was not ended under the conduct policy.")
        }
        return .met("Call ended at \(TrainingText.clock(end.at)).")
    }

    private static func incidentReported(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        guard let report = actions.first(where: { $0.action.kind == .conductReported }) else {
            return .missed("No conduct incident was reported.")
        }
        return .met("Incident reported at \(TrainingText.clock(report.at)).")
    }

    // MARK: - Hardship and plans (Charter 5.4, 5.5, 5.6)

    private static func planWithinCapacity(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        var capacity: Money?
        var plansSeen = 0
        for timed in actions {
            switch timed.action {
            case .hardshipAssessed(_, let assessed):
                capacity = assessed
            case .planCreated(let instalment, let frequencyName, _):
                plansSeen += 1
                guard let capacity else {
                    return .missed("A payment plan was created before capacity to pay was assessed.")
                }
                guard let frequency = TrainingPlanFrequency(name: frequencyName) else {
                    return .missed("A payment plan has an unknown frequency “\(frequencyName)”.")
                }
                if !frequency.instalment(instalment, isWithinFortnightlyCapacity: capacity) {
                    let perFortnight = frequency.fortnightlyEquivalent(of: instalment)
                    return .missed("A plan of \(instalment.formatted) \(frequency.rawValue) comes to about "
                        + "\(perFortnight.formatted) a fortnight, more than the assessed capacity of \(capacity.formatted) a fortnight.")
                }
            default:
                continue
            }
        }
        guard plansSeen > 0, let capacity else { return .missed("No payment plan was created.") }
        return .met("Every plan instalment is within the assessed capacity of \(capacity.formatted) a fortnight.")
    }

    private static func hardshipAssessed(as outcome: String, capacityAtMost: Money?, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let assessed = actions.compactMap {
            if case .hardshipAssessed(let outcome, let capacity) = $0.action { (outcome, capacity) } else { nil }
        }
        guard let (found, capacity) = assessed.last else { return .missed("Hardship was not assessed.") }
        guard TrainingText.sameName(found, outcome) else {
            return .missed("Assessed as “\(TrainingText.words(found))”; expected “\(TrainingText.words(outcome))”.")
        }
        if let capacityAtMost, capacity > capacityAtMost {
            return .missed("Capacity to pay assessed at \(capacity.formatted) a fortnight, more than the "
                + "\(capacityAtMost.formatted) a fortnight the caller can afford.")
        }
        return .met("Assessed as “\(TrainingText.words(found))” with a capacity of \(capacity.formatted) a fortnight.")
    }

    private static func referralOffered(_ referral: String, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let offered = actions.compactMap { if case .referralOffered(let to) = $0.action { to } else { nil } }
        if offered.contains(where: { TrainingText.sameName($0, referral) }) {
            return .met("Referral offered: \(TrainingText.words(referral)).")
        }
        guard !offered.isEmpty else { return .missed("No referral was offered.") }
        let made = offered.map(TrainingText.words).joined(separator: ", ")
        return .missed("Referrals offered: \(made); not \(TrainingText.words(referral)).")
    }

    // MARK: - Restriction (Charter 7.2, 7.3)

    private static func restrictionRefused(citing clause: String, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        let checks = actions.compactMap {
            if case .restrictionChecked(let permitted, let reasons) = $0.action { (permitted, reasons) } else { nil }
        }
        guard let (permitted, reasons) = checks.last else { return .missed("Restriction was not checked.") }
        guard !permitted else { return .missed("Restriction was recorded as permitted.") }
        if reasons.contains(where: { TrainingText.clauseKey($0) == TrainingText.clauseKey(clause) }) {
            return .met("Restriction refused under clause \(clause).")
        }
        let given = reasons.isEmpty ? "none" : reasons.joined(separator: ", ")
        return .missed("Restriction refused, but not under clause \(clause) (reasons given: \(given)).")
    }

    private static func noRestrictionPermitted(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        let permitted = actions.first {
            if case .restrictionChecked(true, _) = $0.action { true } else { false }
        }
        if let permitted {
            return .missed("Restriction was recorded as permitted at \(TrainingText.clock(permitted.at)).")
        }
        return .met("Restriction was never recorded as permitted.")
    }

    /// Missed by the first conduct step the conduct panel would refuse for a caller who is only frustrated.
    private static func callerOnlyFrustrated(_ actions: [TimedTraineeAction]) -> CheckOutcome {
        for timed in actions {
            if let refusal = TrainingRules.conductRefusalForFrustratedCaller(timed.action, at: timed.at) {
                return .missed("\(timed.action.kind.activity.prefix(1).uppercased())\(timed.action.kind.activity.dropFirst()) "
                               + "(at \(TrainingText.clock(timed.at))), but the caller was frustrated, not abusive: \(refusal.message)")
            }
        }
        return .met("Kept helping: no step of the conduct policy was taken against a frustrated caller.")
    }

    // MARK: - Things not to do

    private static func notDone(_ kind: TraineeActionKind, _ actions: [TimedTraineeAction]) -> CheckOutcome {
        if let done = actions.first(where: { $0.action.kind == kind }) {
            return .missed("Should not have done: \(kind.activity) (at \(TrainingText.clock(done.at))).")
        }
        return .met("Rightly avoided \(kind.activity).")
    }
}
