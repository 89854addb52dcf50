import Testing
@testable import TaplineDomain

@Suite("Written confirmation within 10 business days (Charter 5.5(b), 5.6(e))")
struct PaymentPlanWrittenConfirmationTests {
    typealias F = PlansFixtures

    @Test("ten business days after the agreement", arguments: [
        ("2025-05-12", "2025-05-26"),   // Mon → Mon two weeks later
        ("2025-04-10", "2025-04-29"),   // Easter and Anzac Day in between
        ("2025-12-19", "2026-01-07"),   // Christmas, Boxing Day and New Year's Day
        ("2025-05-10", "2025-05-23"),   // agreed on a Saturday: ten business days from the Monday
    ])
    func dueDate_5_5b(agreed: String, due: String) {
        #expect(WrittenConfirmation.due(agreedOn: F.date(agreed), calendar: F.calendar) == F.date(due))
    }
}
