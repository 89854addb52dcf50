import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Complaints on the account screen: disputed-amount banner and History entries (Charter 3.1(e))")
struct ComplaintAccountExtrasTests {
    typealias F = ComplaintScreenFixtures

    /// A complaint disputing $123.45, answered on Thu 3 Apr 2025 and closed at once.
    func answeredAndClosed() throws -> Complaint {
        try F.complaint(7, receivedAt: "2025-04-01T09:00", disputed: Money(dollars: 123, cents: 45))
            .responding(at: F.time("2025-04-03T10:00"), by: "amy", text: "The charge stands.", reasons: "Meter tested accurate.")
            .closing(at: F.time("2025-04-03T10:05"), by: "amy")
    }

    @Test("the banner stays for 3.2(b)'s 10 business days after the decision, even once closed", arguments: [
        ("2025-04-17", true),    // the 10th business day after Thu 3 Apr is Thu 17 Apr: still held all day
        ("2025-04-18", false),   // resolved from the next day (Good Friday)
    ])
    func theBannerShowsWhileTheAmountIsHeld_3_1e_3_2b(today: String, held: Bool) throws {
        let extras = ComplaintAccountExtras.extras(for: [try answeredAndClosed()], today: F.date(today), calendar: F.calendar)
        let banner = AccountBanner(text: "DISPUTED $123.45 — collection held (3.1(e)) · complaint C-2025-000007", role: .warning)
        #expect(extras.banners == (held ? [banner] : []))
    }

    @Test func aComplaintWithoutADisputedAmountHasNoBanner() throws {
        let extras = ComplaintAccountExtras.extras(for: [try F.complaint(1, receivedAt: "2025-04-17T09:00")],
                                                   today: F.date("2025-04-17"), calendar: F.calendar)
        #expect(extras.banners.isEmpty)
    }

    @Test func everyTimelineEntryIsInTheHistoryTab_3_1() throws {
        let extras = ComplaintAccountExtras.extras(for: [try answeredAndClosed()], today: F.date("2025-04-17"), calendar: F.calendar)
        #expect(extras.history == [
            AccountHistoryEntry(at: F.time("2025-04-01T09:00"), area: "Complaint",
                                summary: "C-2025-000007 logged (Billing), reply due Tue 15 Apr 2025"),
            AccountHistoryEntry(at: F.time("2025-04-03T10:00"), area: "Complaint", summary: "C-2025-000007: Response given"),
            AccountHistoryEntry(at: F.time("2025-04-03T10:05"), area: "Complaint", summary: "C-2025-000007: Closed"),
        ])
    }
}
