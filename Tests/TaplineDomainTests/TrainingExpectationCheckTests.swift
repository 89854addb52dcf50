import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

/// One row: a check, the actions recorded, whether it is met, and words the detail must contain.
struct CheckCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: ExpectationCheck
    let actions: [TraineeAction]
    let met: Bool
    let detail: String
    var testDescription: String { name }
}

@Suite("Expectation checks against recorded trainee actions")
struct TrainingExpectationCheckTests {
    static let complaintCases: [CheckCase] = [
        CheckCase(name: "right due date is met", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-06")], met: true, detail: "Tue 6 May 2025"),
        CheckCase(name: "due date that ignores ANZAC Day is missed", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-05")], met: false,
                  detail: "due Mon 5 May 2025, but it should be due Tue 6 May 2025"),
        CheckCase(name: "no complaint is missed", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [.conductRequestToStop], met: false, detail: "No complaint was logged"),
        CheckCase(name: "a corrected second log is met", check: .complaintLogged(dueDate: T.date("2025-05-06")),
                  actions: [T.complaint(due: "2025-05-01"), T.complaint(due: "2025-05-06")], met: true, detail: "Tue 6 May 2025"),
        CheckCase(name: "disputed amount recorded", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06", disputed: "684.90")], met: true, detail: "$684.90 recorded"),
        CheckCase(name: "disputed amount left out", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06")], met: false, detail: "no disputed amount"),
        CheckCase(name: "whole bill disputed instead", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [T.complaint(due: "2025-05-06", disputed: "1046.30")], met: false,
                  detail: "$1,046.30 recorded as disputed; the amount in dispute is $684.90"),
        CheckCase(name: "disputed amount with no complaint", check: .disputedAmountRecorded(T.money("684.90")),
                  actions: [], met: false, detail: "No complaint was logged"),
        CheckCase(name: "escalated to manager", check: .complaintEscalatedTo(level: "manager"),
                  actions: [.escalatedComplaint(toLevel: "Manager")], met: true, detail: "Escalated to manager"),
        CheckCase(name: "escalated to team leader again", check: .complaintEscalatedTo(level: "manager"),
                  actions: [.escalatedComplaint(toLevel: "teamLeader")], met: false,
                  detail: "Escalated to team leader, not to manager"),
        CheckCase(name: "not escalated", check: .complaintEscalatedTo(level: "manager"),
                  actions: [], met: false, detail: "was not escalated"),
    ]

    @Test("complaints: due date, disputed amount, escalation (Charter 3.1(a), 3.1(e), 3.1(d)(1))", arguments: complaintCases)
    func complaintChecks_3_1(row: CheckCase) {
        expectOutcome(row)
    }

    static let conductCases: [CheckCase] = [
        CheckCase(name: "request then end", check: .requestToStopBeforeContactEnded,
                  actions: [.conductRequestToStop, .conductContactEnded], met: true, detail: "Asked the caller to stop at 10:30"),
        CheckCase(name: "end without request", check: .requestToStopBeforeContactEnded,
                  actions: [.conductContactEnded], met: false, detail: "ended without first asking"),
        CheckCase(name: "end before request", check: .requestToStopBeforeContactEnded,
                  actions: [.conductContactEnded, .conductRequestToStop], met: false,
                  detail: "ended at 10:30 before the caller was asked to stop"),
        CheckCase(name: "never asked", check: .requestToStopBeforeContactEnded,
                  actions: [], met: false, detail: "never asked to stop"),
        CheckCase(name: "asked, call not ended yet", check: .requestToStopBeforeContactEnded,
                  actions: [.conductRequestToStop], met: true, detail: "Asked the caller to stop"),
        CheckCase(name: "call ended", check: .contactEnded,
                  actions: [.conductRequestToStop, .conductContactEnded], met: true, detail: "Call ended at 10:31"),
        CheckCase(name: "call not ended", check: .contactEnded,
                  actions: [.conductRequestToStop], met: false, detail: "not ended"),
        CheckCase(name: "incident reported", check: .incidentReported,
                  actions: [.conductContactEnded, .conductReported], met: true, detail: "reported at 10:31"),
        CheckCase(name: "incident not reported", check: .incidentReported,
                  actions: [.conductContactEnded], met: false, detail: "No conduct incident"),
    ]

    @Test("conduct: ask first, then end, then report (Conduct policy: \"The policy in action\")", arguments: conductCases)
    func conductChecks_policyInAction(row: CheckCase) {
        expectOutcome(row)
    }

    static let hardshipCases: [CheckCase] = [
        CheckCase(name: "fortnightly plan at capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("40"), frequency: "fortnightly", instalmentCount: 30)],
                  met: true, detail: "within the assessed capacity of $40.00"),
        CheckCase(name: "monthly plan under capacity over a year", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("86.66"), frequency: "monthly", instalmentCount: 14)],
                  met: true, detail: "within"),
        CheckCase(name: "monthly plan a cent a year over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("86.67"), frequency: "monthly", instalmentCount: 14)],
                  met: false, detail: "$86.67 monthly comes to about $40.00 a fortnight, more than the assessed capacity of $40.00"),
        CheckCase(name: "weekly plan over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("25"), frequency: "weekly", instalmentCount: 48)],
                  met: false, detail: "about $50.00 a fortnight"),
        CheckCase(name: "one of two plans over capacity", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("40"), frequency: "fortnightly", instalmentCount: 30),
                            .planCreated(instalment: T.money("95"), frequency: "fortnightly", instalmentCount: 13)],
                  met: false, detail: "$95.00 fortnightly"),
        CheckCase(name: "plan before assessment", check: .planWithinCapacity,
                  actions: [.planCreated(instalment: T.money("20"), frequency: "fortnightly", instalmentCount: 60),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))],
                  met: false, detail: "before capacity to pay was assessed"),
        CheckCase(name: "reassessed capacity applies to the later plan", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("30")),
                            .planCreated(instalment: T.money("35"), frequency: "fortnightly", instalmentCount: 34)],
                  met: false, detail: "assessed capacity of $30.00"),
        CheckCase(name: "unknown frequency", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
                            .planCreated(instalment: T.money("10"), frequency: "daily", instalmentCount: 100)],
                  met: false, detail: "unknown frequency “daily”"),
        CheckCase(name: "no plan", check: .planWithinCapacity,
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))],
                  met: false, detail: "No payment plan was created"),
        CheckCase(name: "assessed in hardship within the stated capacity", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: T.money("40")),
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))], met: true, detail: "in hardship"),
        CheckCase(name: "capacity assessed above what the caller can pay", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: T.money("40")),
                  actions: [.hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("95"))], met: false,
                  detail: "$95.00 a fortnight, more than the $40.00"),
        CheckCase(name: "wrong outcome", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [.hardshipAssessed(outcome: "notInHardship", capacityToPay: T.money("95"))], met: false,
                  detail: "Assessed as “not in hardship”; expected “in hardship”"),
        CheckCase(name: "latest assessment counts", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [.hardshipAssessed(outcome: "notInHardship", capacityToPay: T.money("95")),
                            .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40"))], met: true, detail: "$40.00"),
        CheckCase(name: "not assessed", check: .hardshipAssessedAs(outcome: "inHardship", capacityAtMost: nil),
                  actions: [], met: false, detail: "Hardship was not assessed"),
        CheckCase(name: "referral offered", check: .referralOffered("financialCounsellor"),
                  actions: [.referralOffered(to: "utilityReliefGrant"), .referralOffered(to: "FinancialCounsellor")],
                  met: true, detail: "financial counsellor"),
        CheckCase(name: "other referral only", check: .referralOffered("financialCounsellor"),
                  actions: [.referralOffered(to: "utilityReliefGrant")], met: false,
                  detail: "Referrals offered: utility relief grant; not financial counsellor"),
        CheckCase(name: "no referral", check: .referralOffered("EWOV"),
                  actions: [], met: false, detail: "No referral was offered"),
    ]

    @Test("hardship and plans (Charter 5.4, 5.5(e), 5.6(a), 5.6(g))", arguments: hardshipCases)
    func hardshipChecks_5_4_5_6(row: CheckCase) {
        expectOutcome(row)
    }

    static let restrictionCases: [CheckCase] = [
        CheckCase(name: "refused for life support", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["Charter 7.3(b)", "7.2(a)"])],
                  met: true, detail: "refused under clause 7.3(b)"),
        CheckCase(name: "refused for another reason only", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(a)"])],
                  met: false, detail: "not under clause 7.3(b) (reasons given: 7.3(a))"),
        CheckCase(name: "recorded as permitted", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [.restrictionChecked(permitted: true, reasonClauses: [])], met: false, detail: "recorded as permitted"),
        CheckCase(name: "not checked", check: .restrictionRefusedWithClause("7.3(b)"),
                  actions: [], met: false, detail: "Restriction was not checked"),
        CheckCase(name: "never permitted", check: .noRestrictionPermitted,
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"])], met: true, detail: "never recorded"),
        CheckCase(name: "permitted once", check: .noRestrictionPermitted,
                  actions: [.restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"]),
                            .restrictionChecked(permitted: true, reasonClauses: [])], met: false,
                  detail: "recorded as permitted at 10:31"),
    ]

    @Test("restriction (Charter 7.3(b), 9.5(a))", arguments: restrictionCases)
    func restrictionChecks_7_3b(row: CheckCase) {
        expectOutcome(row)
    }

    static let notDoneCases: [CheckCase] = [
        CheckCase(name: "avoided", check: .notDone(.conductContactEnded),
                  actions: [T.complaint(due: "2025-05-06")], met: true, detail: "Rightly avoided ending the call"),
        CheckCase(name: "done", check: .notDone(.conductContactEnded),
                  actions: [T.complaint(due: "2025-05-06"), .conductContactEnded], met: false,
                  detail: "Should not have done: ending the call under the conduct policy (at 10:31)"),
    ]

    @Test("things a trainee must not do (Conduct policy: \"Purpose of this policy\")", arguments: notDoneCases)
    func notDoneChecks(row: CheckCase) {
        expectOutcome(row)
    }

    private func expectOutcome(_ row: CheckCase) {
        // Given the actions recorded one a minute from 10:30
        let actions = T.run(row.actions)
        // When the check is evaluated
        let outcome = row.check.evaluate(actions)
        // Then it is met or missed, and says why
        #expect(outcome.met == row.met)
        #expect(outcome.detail.contains(row.detail), "detail was: \(outcome.detail)")
    }
}
