import Testing
@testable import TaplineDomain

@Suite("Redirecting bills to a person who agrees in writing (Charter 5.5(a)(2), 5.5(c))")
struct PaymentPlanBillRedirectionTests {
    typealias F = PlansFixtures

    func redirect(payerAgreed: String?, consent: String? = nil) throws(PlanRefusal) -> BillRedirection {
        try BillRedirection(accountNumber: F.account, payerName: "Jo Citizen", payerAddress: "1 Main St, Sunbury VIC 3429",
                            payerAgreedInWritingOn: payerAgreed.map(F.date), customerConsentedInWritingOn: consent.map(F.date),
                            agreedOn: F.date("2025-05-12"), agent: F.agent)
    }

    @Test func refusedWithoutThePayersWrittenAgreement_5_5a2() {
        let error = #expect(throws: PlanRefusal.self) { try redirect(payerAgreed: nil) }
        #expect(error?.message.contains("agree in writing") == true)
        #expect(error?.message.contains("5.5(a)(2)") == true)
    }

    @Test func refusedWhenTheAgreementPostdatesTheRedirection_5_5a2() {
        #expect(throws: PlanRefusal.self) { try redirect(payerAgreed: "2025-05-13") }
    }

    @Test func payerGetsInformationWithinTenBusinessDaysOfTheCustomersConsent_5_5c() throws {
        let withoutConsent = try redirect(payerAgreed: "2025-05-09")
        let error = #expect(throws: PlanRefusal.self) { try withoutConsent.informationToPayerDue(calendar: F.calendar) }
        #expect(error?.message.contains("5.5(c)") == true)
        let withConsent = try redirect(payerAgreed: "2025-05-09", consent: "2025-05-12")
        #expect(try withConsent.informationToPayerDue(calendar: F.calendar) == F.date("2025-05-26"))
    }
}
