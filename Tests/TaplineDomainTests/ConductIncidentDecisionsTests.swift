import Testing
@testable import TaplineDomain

@Suite("Supervisor decisions on conduct incidents")
struct ConductIncidentDecisionsTests {
    static let violent: [Set<ConductBehaviour>] = [
        [.physicalViolenceOrUnwantedContact], [.threatOfViolenceOrUnwantedContact],
        [.threatOfViolenceOrUnwantedContact, .hurtfulViolentOrAbusiveSpeech],
    ]

    @Test("threats or violence are never no further action", arguments: violent)
    func noFurtherActionRefusedForViolence_alwaysReported(behaviours: Set<ConductBehaviour>) throws {
        // Given a reported incident with actual or threatened physical harm
        let reported = try ConductFixture.reported(behaviours: behaviours)
        // When the supervisor closes it as no further action, then it is refused
        #expect(throws: ConductRefusal.noFurtherActionForViolence) { try ConductFixture.decide(reported, .noFurtherAction) }
        // Nor after the police referral
        let referred = try ConductFixture.decide(reported, .policeReferral(reference: "VP-1"))
        #expect(throws: ConductRefusal.noFurtherActionForViolence) { try ConductFixture.decide(referred, .noFurtherAction) }
    }

    @Test func violenceStaysAwaitingReviewUntilReferredToPolice_alwaysReported() throws {
        // Given a reported threat
        let reported = try ConductFixture.reported(behaviours: [.threatOfViolenceOrUnwantedContact])
        #expect(reported.requiredReferrals == [.police])
        // When the supervisor first restricts contact
        let restricted = try ConductFixture.decide(reported, .contactRestriction(ConductFixture.sixMonthRestriction))
        // Then it still awaits the police referral
        #expect(restricted.stage == .awaitingSupervisorReview)
        #expect(restricted.outstandingReferrals == [.police])
        // When the police referral is recorded, then it is decided
        let referred = try ConductFixture.decide(restricted, .policeReferral(reference: "  VP-2025-118 "))
        #expect(referred.stage == .decided)
        #expect(referred.outstandingReferrals.isEmpty)
        #expect(referred.decisions.last?.kind == .policeReferral(reference: "VP-2025-118"))
    }

    @Test func policeReferralNeedsAReference() throws {
        let reported = try ConductFixture.reported(behaviours: [.physicalViolenceOrUnwantedContact])
        #expect(throws: ConductRefusal.policeReferenceRequired) { try ConductFixture.decide(reported, .policeReferral(reference: " ")) }
    }

    @Test("reasons are required", arguments: [[String](), [""], ["  ", "\t"]])
    func reasonsRequired(reasons: [String]) throws {
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)
        #expect(throws: ConductRefusal.reasonsRequired) { try ConductFixture.decide(reported, .warningLetter, reasons: reasons) }
    }

    @Test func decisionKeepsTrimmedReasonsAndTheSupervisorAndTime() throws {
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)
        let at = ConductFixture.time("2026-03-04T09:30")
        let decided = try reported.applying(.supervisorDecided(.warningLetter, reasons: [" Insults continued after a request ", ""]), at: at, by: "sam")
        let decision = try #require(decided.decisions.first)
        #expect(decision.reasons == ["Insults continued after a request"])
        #expect(decision.supervisor == "sam")
        #expect(decision.decidedAt == at)
        #expect(decided.timeline.last?.step == .supervisorDecided(.warningLetter, reasons: ["Insults continued after a request"]))
    }

    // MARK: - Employees go to HR (Conduct policy, "Purpose")

    @Test("an employee's customer-process decisions are refused", arguments: [
        SupervisorDecisionKind.noFurtherAction, .warningLetter, .contactRestriction(ConductFixture.sixMonthRestriction),
    ])
    func employeeRoutedToHR_policyPurpose(kind: SupervisorDecisionKind) throws {
        let reported = try ConductFixture.reported(behaviours: [.insultingIntelligenceOrCharacter], employee: true)
        #expect(throws: ConductRefusal.employeeRoutedToHR(kind)) { try ConductFixture.decide(reported, kind) }
    }

    @Test func employeeIsDecidedByHRReferral_policyPurpose() throws {
        let reported = try ConductFixture.reported(behaviours: [.insultingIntelligenceOrCharacter], employee: true)
        #expect(reported.requiredReferrals == [.hr])
        let decided = try ConductFixture.decide(reported, .hrReferral)
        #expect(decided.stage == .decided)
    }

    @Test func violentEmployeeNeedsBothHRAndPolice() throws {
        // Given an employee who threatened staff
        let reported = try ConductFixture.reported(behaviours: [.threatOfViolenceOrUnwantedContact], employee: true)
        #expect(reported.requiredReferrals == [.hr, .police])
        // When only HR is referred, it still awaits the police referral
        let toHR = try ConductFixture.decide(reported, .hrReferral)
        #expect(toHR.stage == .awaitingSupervisorReview)
        #expect(toHR.outstandingReferrals == [.police])
        // Then the police referral decides it
        #expect(try ConductFixture.decide(toHR, .policeReferral(reference: "VP-7")).stage == .decided)
    }

    @Test func hrReferralOnlyForEmployees() throws {
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)
        #expect(throws: ConductRefusal.hrReferralOnlyForEmployees) { try ConductFixture.decide(reported, .hrReferral) }
    }

    // MARK: - No further action closes the incident

    @Test func noFurtherActionDecidesAndCloses() throws {
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)
        let closed = try ConductFixture.decide(reported, .noFurtherAction)
        #expect(closed.stage == .decided)
        #expect(throws: ConductRefusal.closedAsNoFurtherAction) { try ConductFixture.decide(closed, .warningLetter) }
    }

    @Test func noFurtherActionRefusedAfterOtherDecisions() throws {
        let warned = try ConductFixture.incident(at: .decided)
        #expect(throws: ConductRefusal.noFurtherActionAfterOtherDecisions) { try ConductFixture.decide(warned, .noFurtherAction) }
    }

    // MARK: - Restrictions in decisions

    @Test func restrictionCannotStartBeforeTheDecisionDay() throws {
        let reported = try ConductFixture.incident(at: .awaitingSupervisorReview)  // on 2 Mar 2026
        let backdated = try ContactRestriction(kinds: [.noLoneStaffVisits], startDate: ConductFixture.date("2026-03-01"), reviewDate: ConductFixture.date("2026-09-01"))
        #expect(throws: ConductRefusal.restrictionStartsBeforeDecision) { try ConductFixture.decide(reported, .contactRestriction(backdated)) }
        #expect(try ConductFixture.decide(reported, .contactRestriction(ConductFixture.sixMonthRestriction)).stage == .decided)
    }

    @Test func aLaterRestrictionReplacesTheEarlierOne() throws {
        let first = try ConductFixture.decide(try ConductFixture.incident(at: .awaitingSupervisorReview), .contactRestriction(ConductFixture.sixMonthRestriction))
        let renewal = try ContactRestriction(kinds: [.setCallTimes("Tuesdays 10-11 am")], startDate: ConductFixture.date("2026-03-02"), reviewDate: ConductFixture.date("2027-03-02"))
        let renewed = try ConductFixture.decide(first, .contactRestriction(renewal), reasons: ["Reviewed"])
        #expect(renewed.currentRestriction == renewal)
        #expect(renewed.decisions.count == 2)
    }
}
