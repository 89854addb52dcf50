import Testing
@testable import TaplineDomain

@Suite("Hardship protections apply while an agreed plan is kept, and cease as documented (Charter 5.6(c), (j))")
struct HardshipProtectionTests {
    typealias F = PlansFixtures

    func assessment(outcome: HardshipOutcome, on day: String = "2025-04-10") throws -> HardshipAssessment {
        try HardshipAssessment.record(id: "HA-1", accountNumber: F.account, at: F.time("\(day)T10:00"), agent: F.agent,
                                      criteria: HardshipCriteria(concession: .holdsCard, isTenant: true),
                                      statement: try F.statement(), outcome: outcome, outcomeNote: "as agreed",
                                      calendar: F.calendar)
    }

    @Test func inHardshipAndKeepingThePlanIsFullyProtected_5_6c() throws {
        let status = HardshipProtectionStatus.evaluate(latest: try assessment(outcome: .inHardship),
                                                       agreedPaymentsBeingKept: true, cessation: nil)
        #expect(status.protections == [.noSupplyRestriction, .noLegalAction, .noAddedDebtRecoveryCosts])
    }

    @Test func notKeepingAgreedPaymentsLosesProtection_5_6c() throws {
        let status = HardshipProtectionStatus.evaluate(latest: try assessment(outcome: .inHardship),
                                                       agreedPaymentsBeingKept: false, cessation: nil)
        #expect(status.protections.isEmpty)
        guard case .notProtected(let reason) = status else { Issue.record("expected not protected"); return }
        #expect(reason.contains("5.6(c)"))
    }

    @Test("other outcomes or none are not protected", arguments: [HardshipOutcome.notInHardship, .referToFinancialCounsellor])
    func otherOutcomesNotProtected(outcome: HardshipOutcome) throws {
        #expect(HardshipProtectionStatus.evaluate(latest: try assessment(outcome: outcome), agreedPaymentsBeingKept: true,
                                                  cessation: nil).protections.isEmpty)
        #expect(HardshipProtectionStatus.evaluate(latest: nil, agreedPaymentsBeingKept: true, cessation: nil).protections.isEmpty)
    }

    @Test("each cessation ends the protections", arguments: [
        HardshipCessation.debtPaid(on: CivilDate(iso: "2025-08-01")!),
        .customerLeftProgramme(on: CivilDate(iso: "2025-08-01")!),
        .reviewFoundNotInHardship(on: CivilDate(iso: "2025-10-10")!),
        .planCancelledForNonPayment(on: CivilDate(iso: "2025-06-20")!),
        .noLongerResidentialCustomer(on: CivilDate(iso: "2025-07-01")!),
    ])
    func cessationEndsProtection_5_6j(cessation: HardshipCessation) throws {
        let status = HardshipProtectionStatus.evaluate(latest: try assessment(outcome: .inHardship),
                                                       agreedPaymentsBeingKept: true, cessation: cessation)
        #expect(status == .notProtected(reason: "The hardship policy no longer applies. " + cessation.message))
    }

    @Test func aNewAssessmentAfterACessationProtectsAgain_5_6j() throws {
        let status = HardshipProtectionStatus.evaluate(latest: try assessment(outcome: .inHardship, on: "2025-09-01"),
                                                       agreedPaymentsBeingKept: true,
                                                       cessation: .planCancelledForNonPayment(on: F.date("2025-06-20")))
        #expect(status.protections.count == 3)
    }
}
