import Testing
@testable import TaplineDomain

@Suite("Hardship outcome letters (Charter 5.6)")
struct HardshipLetterTests {
    typealias F = PlansFixtures

    func assessment(outcome: HardshipOutcome? = nil, thirdParty: ThirdPartyAuthority? = nil) throws -> HardshipAssessment {
        try HardshipAssessment.record(
            id: "HA-9", accountNumber: F.account, at: F.time("2025-05-01T11:00"), agent: F.agent,
            criteria: HardshipCriteria(concession: .holdsCard, isTenant: true, customerSaysUnableToPay: true),
            statement: try F.statement(monthlyIncome: "2000", monthlyCosts: "1900"), outcome: outcome, outcomeNote: "agreed with customer",
            referrals: [ReferralOffer(.utilityReliefGrant, offeredOn: F.date("2025-05-01"), accepted: true)],
            thirdParty: thirdParty, agreedOn: F.date("2025-05-01"), calendar: F.calendar)
    }

    func letter(_ assessment: HardshipAssessment, plan: PaymentPlan? = nil) throws -> String {
        try HardshipLetters.outcome(for: assessment, plan: plan, customerName: "Alex Nguyen", addressLines: ["12 Gap Rd"],
                                    contact: .westernWater, date: F.date("2025-05-01"), calendar: F.calendar)
    }

    @Test func inHardshipLetterStatesProtectionsPlanReviewAndCessation_5_6() throws {
        let text = try letter(try assessment(), plan: try F.plan())
        #expect(text.contains("- Rents the home."))                                           // 5.6(a)
        #expect(text.contains("We have included you in our hardship programme."))
        #expect(text.contains("- Water supply will not be restricted."))                      // 5.6(c)
        #expect(text.contains("- No legal action will be taken."))
        #expect(text.contains("- No additional debt recovery costs will be added."))
        #expect(text.contains("We will confirm it in writing by 15 May 2025 (clause 5.6(e))."))
        #expect(text.contains("Amount each fortnight: $250.00."))
        #expect(text.contains("- Utility Relief Grant Scheme: we have referred you, as you asked."))   // 5.6(g)
        #expect(text.contains("- Water-efficiency programmes and ways to use less water."))            // 5.6(i), not yet offered
        #expect(text.contains("The hardship programme stops applying if (clause 5.6(j)):"))
        #expect(text.contains("We will review your situation with you by 1 November 2025 (clause 5.6(k))."))
        #expect(text.contains("Energy and Water Ombudsman (Victoria)"))                       // 5.6(h)
    }

    @Test func thirdPartyInformationOnlyWithWrittenConsent_5_6f() throws {
        let without = try letter(try assessment(thirdParty: ThirdPartyAuthority(name: "Sam Lee", role: .financialCounsellor,
                                                                                  writtenConsentReceivedOn: nil)))
        #expect(without.contains("We can give Sam Lee information about your account once you agree to it in writing"))
        let with = try letter(try assessment(thirdParty: ThirdPartyAuthority(name: "Sam Lee", role: .financialCounsellor,
                                                                               writtenConsentReceivedOn: F.date("2025-05-02"))))
        #expect(with.contains("we will give Sam Lee the information they need by 16 May 2025"))
    }

    @Test("other outcomes say what happens next", arguments: [
        (HardshipOutcome.referToFinancialCounsellor, "National Debt Helpline"),
        (.notInHardship, "ask us to look at your situation again at any time"),
    ])
    func otherOutcomes(outcome: HardshipOutcome, mentions: String) throws {
        let text = try letter(try assessment(outcome: outcome))
        #expect(text.contains(mentions))
        #expect(!text.contains("Water supply will not be restricted"))
    }

    @Test("letters use neutral words", arguments: HardshipOutcome.allCases)
    func neutralWords_5_6b(outcome: HardshipOutcome) throws {
        let text = try letter(try assessment(outcome: outcome)).lowercased()
        for word in ["fail", "refus", "excuse", "claim", "admit", "irresponsib", "blame", "fault", "lazy"] {
            #expect(!text.contains(word), "“\(word)”")
        }
    }
}
