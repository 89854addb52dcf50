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

    @Test func inTheProgrammeUntilACessationOnOrAfterTheAssessment_5_6j() throws {
        // Given an "in hardship" assessment on Thu 10 Apr 2025
        let latest = try assessment(outcome: .inHardship)
        // Then the customer is in the programme whether or not payments are kept
        #expect(HardshipProtectionStatus.isInHardship(latest: latest, cessation: nil))
        // And a cessation before the assessment does not end it, one on the same day does
        #expect(HardshipProtectionStatus.isInHardship(latest: latest, cessation: .debtPaid(on: F.date("2025-04-09"))))
        #expect(!HardshipProtectionStatus.isInHardship(latest: latest, cessation: .debtPaid(on: F.date("2025-04-10"))))
        // And other outcomes, or no assessment, are not in the programme
        #expect(!HardshipProtectionStatus.isInHardship(latest: try assessment(outcome: .referToFinancialCounsellor), cessation: nil))
        #expect(!HardshipProtectionStatus.isInHardship(latest: nil, cessation: nil))
    }
}
