import Foundation
import Testing
@testable import TaplineDomain

@Suite("Hardship assessments are kept, confirmed in writing and reviewed (Charter 5.6(e)-(k))")
struct HardshipAssessmentTests {
    typealias F = PlansFixtures

    func assess(id: String = "HA-1", at: String = "2025-04-10T10:00", outcome: HardshipOutcome? = nil, note: String = "",
                criteria: HardshipCriteria = HardshipCriteria(concession: .holdsCard, isTenant: true),
                referrals: [ReferralOffer] = [], thirdParty: ThirdPartyAuthority? = nil,
                agreedOn: String? = "2025-04-10") throws -> HardshipAssessment {
        try HardshipAssessment.record(id: id, accountNumber: F.account, at: F.time(at), agent: F.agent, criteria: criteria,
                                      statement: try F.statement(), outcome: outcome, outcomeNote: note, referrals: referrals,
                                      thirdParty: thirdParty, agreedOn: agreedOn.map(F.date), calendar: F.calendar)
    }

    @Test func writtenConfirmationDueTenBusinessDaysAfterAgreement_5_6e() throws {
        // Given an arrangement agreed Thu 10 Apr 2025, with Easter and Anzac Day ahead
        let assessment = try assess(agreedOn: "2025-04-10")
        // Then confirmation is due Tue 29 Apr 2025 (skipping Good Friday, Easter Monday, Anzac Day and weekends)
        #expect(assessment.writtenConfirmationDue == F.date("2025-04-29"))
        // And with no arrangement there is nothing to confirm
        #expect(try assess(agreedOn: nil).writtenConfirmationDue == nil)
    }

    @Test func acceptsTheProposalOrAnOverrideWithAReason_5_6a() throws {
        let accepted = try assess()
        #expect(accepted.outcome == .inHardship)
        #expect(accepted.recommendation.outcome == .inHardship)
        let error = #expect(throws: HardshipAssessment.Invalid.self) { try assess(outcome: .referToFinancialCounsellor) }
        #expect(error?.message.contains("give a reason") == true)
        let overridden = try assess(outcome: .referToFinancialCounsellor, note: "Customer asked to see a counsellor first.")
        #expect(overridden.outcome == .referToFinancialCounsellor)
        #expect(overridden.recommendation.outcome == .inHardship)
    }

    @Test func refusesAnAgreementBeforeTheAssessment() {
        #expect(throws: HardshipAssessment.Invalid.self) { try assess(at: "2025-04-10T10:00", agreedOn: "2025-04-09") }
    }

    @Test("review date by outcome", arguments: [
        (HardshipOutcome.inHardship, "2025-10-10" as String?), (.referToFinancialCounsellor, "2025-05-10"), (.notInHardship, nil),
    ])
    func reviewDate_5_6k(outcome: HardshipOutcome, review: String?) throws {
        let assessment = try assess(outcome: outcome, note: "agent's reason")
        #expect(assessment.reviewOn == review.map(F.date))
        if let review {
            #expect(!assessment.isReviewDue(today: F.date(review).adding(days: -1)))
            #expect(assessment.isReviewDue(today: F.date(review)))
        }
    }

    @Test func listsReferralsNotYetOffered_5_6g_to_i() throws {
        let assessment = try assess(referrals: [ReferralOffer(.utilityReliefGrant, offeredOn: F.date("2025-04-10"), accepted: true),
                                                ReferralOffer(.complaintsAndEWOV, offeredOn: F.date("2025-04-10"), accepted: false)])
        #expect(assessment.referralsNotOffered == [.financialCounsellor, .waterEfficiency])
        #expect(ReferralKind.waterEfficiency.clause == "5.6(i)")
    }

    @Test func everyAssessmentIsKeptAsItsOwnValue() throws {
        // Given a first assessment and a review six months later that finds the customer no longer in hardship
        let first = try assess(id: "HA-1")
        let review = try assess(id: "HA-2", at: "2025-10-10T09:30", criteria: HardshipCriteria(), agreedOn: nil)
        let history = [first, review]
        // Then both are kept with their own id, time, agent and outcome, and survive storage
        #expect(history.map(\.id) == ["HA-1", "HA-2"])
        #expect(history.map(\.outcome) == [.inHardship, .notInHardship])
        let decoded = try JSONDecoder().decode([HardshipAssessment].self, from: JSONEncoder().encode(history))
        #expect(decoded == history)
    }

    @Test func thirdPartyNeedsWrittenConsent_5_6f() throws {
        // Given a financial counsellor acting for the customer without written consent yet
        var counsellor = ThirdPartyAuthority(name: "Sam Lee", role: .financialCounsellor, writtenConsentReceivedOn: nil)
        let error = #expect(throws: ThirdPartyAuthority.NoWrittenConsent.self) {
            try counsellor.informationDue(agreedOn: F.date("2025-05-05"), calendar: F.calendar)
        }
        #expect(error?.message.contains("agrees in writing") == true)
        // When consent arrives after the agreement, Then the 10 business days run from the consent
        counsellor.writtenConsentReceivedOn = F.date("2025-05-12")
        #expect(try counsellor.informationDue(agreedOn: F.date("2025-05-05"), calendar: F.calendar) == F.date("2025-05-26"))
        // And consent before the agreement runs them from the agreement
        counsellor.writtenConsentReceivedOn = F.date("2025-05-01")
        #expect(try counsellor.informationDue(agreedOn: F.date("2025-05-05"), calendar: F.calendar) == F.date("2025-05-19"))
    }
}
