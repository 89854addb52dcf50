import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

/// One row: a check, the actions recorded, whether it is met, and words the detail must contain.
struct TrainingCheckCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: ExpectationCheck
    let actions: [TraineeAction]
    let met: Bool
    let detail: String
    var testDescription: String { name }
}

@Suite("Expectation checks against recorded trainee actions")
struct TrainingExpectationCheckTests {
    static let complaintCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "right due date is met", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-06")], met: true, detail: "Tue 6 May 2025"),
        TrainingCheckCase(name: "due date that ignores ANZAC Day is missed", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-05")], met: false,
                  detail: "due Mon 5 May 2025, but it should be due Tue 6 May 2025"),
        TrainingCheckCase(name: "no complaint is missed", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [.conductRequestToStop], met: false, detail: "No complaint was logged"),
        TrainingCheckCase(name: "a corrected second log is met", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-01"), T.complaint(due: "2025-05-06")], met: true, detail: "Tue 6 May 2025"),
        TrainingCheckCase(name: "disputed amount recorded", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06", disputed: "684.90")], met: true, detail: "$684.90 recorded"),
        TrainingCheckCase(name: "disputed amount left out", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06")], met: false, detail: "no disputed amount"),
        TrainingCheckCase(name: "whole bill disputed instead", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06", disputed: "1046.30")], met: false,
                  detail: "$1,046.30 recorded as disputed; the amount in dispute is $684.90"),
        TrainingCheckCase(name: "disputed amount with no complaint", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [], met: false, detail: "No complaint was logged"),
        TrainingCheckCase(name: "escalated from team leader to manager", check: .complaintEscalatedAbove(level: "teamLeader"),
                  actions: [.escalatedComplaint(toLevel: "Manager")], met: true, detail: "Escalated from team leader to manager"),
        // Issue 10 item 7: the escalation dialog offers any higher level, so the General Manager scores too
        TrainingCheckCase(name: "escalated from team leader to general manager", check: .complaintEscalatedAbove(level: "teamLeader"),
                  actions: [.escalatedComplaint(toLevel: "generalManager")], met: true,
                  detail: "Escalated from team leader to general manager: any higher level may be chosen"),
        TrainingCheckCase(name: "escalated to team leader again", check: .complaintEscalatedAbove(level: "teamLeader"),
                  actions: [.escalatedComplaint(toLevel: "teamLeader")], met: false,
                  detail: "Escalated to team leader, which is not above team leader"),
        TrainingCheckCase(name: "not escalated", check: .complaintEscalatedAbove(level: "teamLeader"),
                  actions: [], met: false, detail: "was not escalated"),
    ]

    @Test("complaints: due date, disputed amount, escalation (Charter 3.1(a), 3.1(e), 3.1(d)(1))", arguments: complaintCases)
    func complaintChecks_3_1(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    static let conductCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "request then end", check: .requestToStopBeforeContactEnded,
                  actions: [.conductRequestToStop, .conductContactEnded], met: true, detail: "Asked the caller to stop at 10:30"),
        TrainingCheckCase(name: "end without request", check: .requestToStopBeforeContactEnded,
                  actions: [.conductContactEnded], met: false, detail: "ended without first asking"),
        TrainingCheckCase(name: "end before request", check: .requestToStopBeforeContactEnded,
                  actions: [.conductContactEnded, .conductRequestToStop], met: false,
                  detail: "ended at 10:30 before the caller was asked to stop"),
        TrainingCheckCase(name: "never asked", check: .requestToStopBeforeContactEnded,
                  actions: [], met: false, detail: "never asked to stop"),
        TrainingCheckCase(name: "asked, call not ended yet", check: .requestToStopBeforeContactEnded,
                  actions: [.conductRequestToStop], met: true, detail: "Asked the caller to stop"),
        TrainingCheckCase(name: "call ended", check: .contactEnded,
                  actions: [.conductRequestToStop, .conductContactEnded], met: true, detail: "Call ended at 10:31"),
        TrainingCheckCase(name: "call not ended", check: .contactEnded,
                  actions: [.conductRequestToStop], met: false, detail: "not ended"),
        TrainingCheckCase(name: "incident reported", check: .incidentReported,
                  actions: [.conductContactEnded, .conductReported], met: true, detail: "reported at 10:31"),
        TrainingCheckCase(name: "incident not reported", check: .incidentReported,
                  actions: [.conductContactEnded], met: false, detail: "No conduct incident"),
    ]

    @Test("conduct: ask first, then end, then report (Conduct policy: \"The policy in action\")", arguments: conductCases)
    func conductChecks_policyInAction(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    static let hardshipCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "fortnightly plan at capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("40"), frequency: "fortnightly", instalmentCount: 30)],
                  met: true, detail: "within the assessed capacity of $40.00"),
        TrainingCheckCase(name: "monthly plan under capacity over a year", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("86.66"), frequency: "monthly", instalmentCount: 14)],
                  met: true, detail: "within"),
        TrainingCheckCase(name: "monthly plan a cent a year over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("86.67"), frequency: "monthly", instalmentCount: 14)],
                  met: false, detail: "$86.67 monthly comes to about $40.00 a fortnight, more than the assessed capacity of $40.00"),
        TrainingCheckCase(name: "weekly plan over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("25"), frequency: "weekly", instalmentCount: 48)],
                  met: false, detail: "about $50.00 a fortnight"),
        TrainingCheckCase(name: "one of two plans over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("40"), frequency: "fortnightly", instalmentCount: 30),
                            .planCreated(instalment: T.money("95"), frequency: "fortnightly", instalmentCount: 13)],
                  met: false, detail: "$95.00 fortnightly"),
        TrainingCheckCase(name: "plan before assessment", check: .planWithinCapacity,
                  actions: [.planCreated(instalment: T.money("20"), frequency: "fortnightly", instalmentCount: 60),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))],
                  met: false, detail: "before capacity to pay was assessed"),
        TrainingCheckCase(name: "reassessed capacity applies to the later plan", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("30")),
                            .planCreated(instalment: T.money("35"), frequency: "fortnightly", instalmentCount: 34)],
                  met: false, detail: "assessed capacity of $30.00"),
        TrainingCheckCase(name: "unknown frequency", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("10"), frequency: "daily", instalmentCount: 100)],
                  met: false, detail: "unknown frequency “daily”"),
        TrainingCheckCase(name: "no plan", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))],
                  met: false, detail: "No payment plan was created"),
        TrainingCheckCase(name: "assessed in hardship within the stated capacity", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: T.money("40")),
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))], met: true, detail: "in hardship"),
        TrainingCheckCase(name: "capacity assessed above what the caller can pay", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: T.money("40")),
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("95"))], met: false,
                  detail: "$95.00 a fortnight, more than the $40.00"),
        TrainingCheckCase(name: "wrong outcome", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [.hardshipAssessed(outcome: "notInHardship", capacityToPay: T.money("95"))], met: false,
                  detail: "Assessed as “not in hardship”; expected “in hardship”"),
        TrainingCheckCase(name: "latest assessment counts", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [.hardshipAssessed(outcome: "notInHardship", capacityToPay: T.money("95")),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))], met: true, detail: "$40.00"),
        TrainingCheckCase(name: "not assessed", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [], met: false, detail: "Hardship was not assessed"),
        TrainingCheckCase(name: "referral offered", check: .referralOffered("financialCounsellor"),
                  actions: [.referralOffered(to: "utilityReliefGrant"), .referralOffered(to: "FinancialCounsellor")],
                  met: true, detail: "financial counsellor"),
        TrainingCheckCase(name: "other referral only", check: .referralOffered("financialCounsellor"),
                  actions: [.referralOffered(to: "utilityReliefGrant")], met: false,
                  detail: "Referrals offered: utility relief grant; not financial counsellor"),
        TrainingCheckCase(name: "no referral", check: .referralOffered("EWOV"),
                  actions: [], met: false, detail: "No referral was offered"),
    ]

    @Test("hardship and plans (Charter 5.4, 5.5(e), 5.6(a), 5.6(g))", arguments: hardshipCases)
    func hardshipChecks_5_4_5_6(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    static let restrictionCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "refused for life support", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["Charter 7.3(b)", "7.2(a)"])],
                  met: true, detail: "refused under clause 7.3(b)"),
        TrainingCheckCase(name: "refused for another reason only", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(a)"])],
                  met: false, detail: "not under clause 7.3(b) (reasons given: 7.3(a))"),
        TrainingCheckCase(name: "recorded as permitted", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: true, reasonClauses: [])], met: false, detail: "recorded as permitted"),
        TrainingCheckCase(name: "not checked", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [], met: false, detail: "Restriction was not checked"),
        TrainingCheckCase(name: "never permitted", check: .noRestrictionPermitted,
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"])], met: true, detail: "never recorded"),
        TrainingCheckCase(name: "permitted once", check: .noRestrictionPermitted,
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"]),
                            .restrictionChecked(permitted: true, reasonClauses: [])], met: false,
                  detail: "recorded as permitted at 10:31"),
    ]

    @Test("restriction (Charter 7.3(b), 9.5(a))", arguments: restrictionCases)
    func restrictionChecks_7_3b(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    static let frustrationCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "kept helping", check: .callerOnlyFrustrated,
                  actions: [.escalatedComplaint(toLevel: "manager"), .referralOffered(to: "EWOV")], met: true, detail: "Kept helping"),
        // Issue 10 item 7: asking a frustrated caller to stop scored "Rightly avoided ending the call"
        TrainingCheckCase(name: "asked a frustrated caller to stop", check: .callerOnlyFrustrated,
                  actions: [.conductRequestToStop], met: false,
                  detail: "Asking the caller to stop (at 10:30), but the caller was frustrated, not abusive: Nothing unacceptable is recorded yet. Customers have every right to voice frustration"),
        TrainingCheckCase(name: "ended the call on a frustrated caller", check: .callerOnlyFrustrated,
                  actions: [.referralOffered(to: "EWOV"), .conductContactEnded], met: false,
                  detail: "Ending the call under the conduct policy (at 10:31), but the caller was frustrated"),
    ]

    @Test("a frustrated caller: no conduct step, by the conduct panel's own rule (Conduct policy: \"Purpose of this policy\")",
          arguments: frustrationCases)
    func frustrationIsNotAbuseByThePanelsRule(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    @Test func theFrustrationCheckAgreesWithTheConductPanel() throws {
        // Given the conduct domain refusing a request to stop when nothing unacceptable is recorded
        let incident = try ConductIncident(id: "c", accountNumber: "1", person: ConductPerson(name: "Tom", description: ""),
                                           personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                                           raisedBy: "a", raisedAt: T.time("2025-07-15T09:50"))
        let refused = #expect(throws: ConductRefusal.self) { try incident.applying(.askedToStop(words: "Please stop"), at: T.time("2025-07-15T09:51"), by: "a") }
        // Then the score's detail gives the panel's own words
        let outcome = ExpectationCheck.callerOnlyFrustrated.evaluate(T.run([.conductRequestToStop]))
        #expect(!outcome.met)
        #expect(outcome.detail.hasSuffix(refused?.message ?? "—"))
    }

    static let notDoneCases: [TrainingCheckCase] = [
        TrainingCheckCase(name: "avoided", check: .notDone(.conductContactEnded),
                  actions: [T.complaint(due: "2025-05-06")], met: true, detail: "Rightly avoided ending the call"),
        TrainingCheckCase(name: "done", check: .notDone(.conductContactEnded),
                  actions: [T.complaint(due: "2025-05-06"), .conductContactEnded], met: false,
                  detail: "Should not have done: ending the call under the conduct policy (at 10:31)"),
    ]

    @Test("things a trainee must not do (Conduct policy: \"Purpose of this policy\")", arguments: notDoneCases)
    func notDoneChecks(row: TrainingCheckCase) {
        expectOutcome(row)
    }

    private func expectOutcome(_ row: TrainingCheckCase) {
        // Given the actions recorded one a minute from 10:30
        let actions = T.run(row.actions)
        // When the check is evaluated
        let outcome = row.check.evaluate(actions)
        // Then it is met or missed, and says why
        #expect(outcome.met == row.met)
        #expect(outcome.detail.contains(row.detail), "detail was: \(outcome.detail)")
    }
}
