@testable import TaplineDomain

/// Shared givens for the complaint tests: a calendar, times, and a freshly logged complaint.
enum ComplaintFixtures {
    static let calendar = BusinessCalendar.victoria

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }

    /// A billing complaint received Mon 2 Mar 2026 09:00 by phone, disputing $250.00.
    static func logged(disputed: Money? = Money(dollars: 250),
                       receivedAt: String = "2026-03-02T09:00", owed: Money? = Money(dollars: 412, cents: 35)) throws -> Complaint {
        try Complaint.log(id: "C-2026-000123", accountNumber: "7001234567", receivedAt: time(receivedAt),
                          channel: .phone, category: .disputedAmount,
                          description: "The March bill charges for 90 kL that I did not use.",
                          disputedAmount: disputed, amountOwed: owed, loggedBy: "ajones", calendar: calendar)
    }

    /// The same complaint answered by the frontline on Wed 4 Mar 2026 10:00.
    static func responded(disputed: Money? = Money(dollars: 250)) throws -> Complaint {
        try logged(disputed: disputed).responding(
            at: time("2026-03-04T10:00"), by: "ajones",
            text: "We have checked the meter and the bill stands.",
            reasons: "The meter tested accurate and two readings agree.",
            policyBasis: "Customer Service Charter clause 11.1 (meter testing)")
    }
}
