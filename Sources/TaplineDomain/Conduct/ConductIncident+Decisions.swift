extension ConductIncident {
    /// Records a supervisor's decision, or refuses it under the conduct policy.
    ///
    /// - Reasons are required: the policy promises "a fair and consistent response".
    /// - Threats or violence: never "no further action" ("will always be reported"), and the
    ///   incident stays awaiting review until a police referral (with its reference) is made.
    /// - An employee who is also a customer goes to HR ("Purpose"): letters, restrictions and
    ///   "no further action" are refused; an HR referral is required (and a police referral
    ///   too when there was violence). HR referrals are refused for anyone else.
    /// - "No further action" closes the incident: it is refused after other decisions, and
    ///   nothing can be decided after it.
    /// Further decisions may follow a decided incident, such as a restriction renewed at review.
    mutating func decide(_ kind: SupervisorDecisionKind, reasons: [String], by supervisor: String, at time: LocalDateTime) throws(ConductRefusal) -> ConductStep {
        guard stage == .awaitingSupervisorReview || stage == .decided else {
            throw .reportBeforeDecision
        }
        guard !decisions.contains(where: { $0.kind == .noFurtherAction }) else { throw .closedAsNoFurtherAction }
        let reasons = reasons.map { $0.trimmingCharactersWhitespace() }.filter { !$0.isEmpty }
        guard !reasons.isEmpty else { throw .reasonsRequired }
        let kind = try checked(kind, at: time)
        decisions.append(SupervisorDecision(kind: kind, reasons: reasons, supervisor: supervisor, decidedAt: time))
        stage = outstandingReferrals.isEmpty ? .decided : .awaitingSupervisorReview
        return .supervisorDecided(kind, reasons: reasons)
    }

    private func checked(_ kind: SupervisorDecisionKind, at time: LocalDateTime) throws(ConductRefusal) -> SupervisorDecisionKind {
        if kind == .noFurtherAction, isViolentOrThreatening { throw .noFurtherActionForViolence }
        if kind.isCustomerProcess, customerIsEmployee { throw .employeeRoutedToHR(kind) }
        switch kind {
        case .noFurtherAction:
            guard decisions.isEmpty else { throw .noFurtherActionAfterOtherDecisions }
        case .warningLetter:
            break
        case .contactRestriction(let restriction):
            guard restriction.startDate >= time.date else { throw .restrictionStartsBeforeDecision }
        case .policeReferral(let reference):
            let reference = reference.trimmingCharactersWhitespace()
            guard !reference.isEmpty else { throw .policeReferenceRequired }
            return .policeReferral(reference: reference)
        case .hrReferral:
            guard customerIsEmployee else { throw .hrReferralOnlyForEmployees }
        }
        return kind
    }
}
