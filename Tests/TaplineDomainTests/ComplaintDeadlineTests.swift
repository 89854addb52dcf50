import Testing
@testable import TaplineDomain

/// Charter 3.1(a): reply within 10 business days of receipt, counted from the calendar date received.
@Suite("Complaint reply deadline (Charter 3.1(a))")
struct ComplaintDeadlineTests {
    let calendar = BusinessCalendar.victoria

    @Test("due on the 10th business day after the date received, whatever the hour or day", arguments: [
        ("2026-05-15T23:59", "2026-05-29"),  // Friday 23:59 counts from Friday: two clear weeks
        ("2026-05-15T00:00", "2026-05-29"),  // the hour makes no difference
        ("2026-03-06T23:59", "2026-03-23"),  // Friday before Labour Day (Mon 9 Mar skipped)
        ("2026-03-08T10:00", "2026-03-23"),  // a Sunday counts from the Sunday, not the Tuesday
        ("2026-04-02T16:30", "2026-04-20"),  // Thursday before Easter: Good Fri, weekend, Easter Mon skipped
        ("2026-12-24T12:00", "2027-01-12"),  // Christmas to New Year: 25, 28 Dec and 1 Jan skipped
        ("2026-12-25T08:00", "2027-01-12"),  // received on Christmas Day itself
        ("2026-04-24T09:00", "2026-05-08"),  // ANZAC Day on Saturday 2026: no Monday substitute
        ("2026-11-02T09:00", "2026-11-17"),  // Monday before Melbourne Cup Day
        ("2025-09-25T09:00", "2025-10-10"),  // Thursday before Grand Final Friday 2025
    ])
    func complaintDueTenBusinessDaysAfterReceipt_3_1a(received: String, expected: String) {
        // Given a complaint received at that moment
        let receivedAt = LocalDateTime(iso: received)!
        // When the due date is worked out
        let due = ComplaintDeadline.dueDate(receivedAt: receivedAt, calendar: calendar)
        // Then it is the expected date, a business day exactly 10 business days on
        #expect(due == CivilDate(iso: expected))
        #expect(calendar.isBusinessDay(due))
        #expect(calendar.businessDays(from: receivedAt.date, to: due) == 10)
    }

    @Test func neverLaterThanCountingFromTheNextBusinessDay_3_1a() {
        // Counting from the next business day would favour the utility; the rule never does that
        var day = CivilDate(iso: "2026-01-01")!
        while day.year == 2026 {
            let due = ComplaintDeadline.dueDate(receivedAt: LocalDateTime(date: day, hour: 23, minute: 59), calendar: calendar)
            let lenient = calendar.adding(businessDays: 10, to: calendar.nextBusinessDay(onOrAfter: day))
            #expect(due <= lenient)
            day = day.adding(days: 1)
        }
    }

    @Test func otherJurisdictionsCountTheirOwnHolidays() {
        // Melbourne Cup Day is an ordinary day in England and Wales
        let england = BusinessCalendar(jurisdiction: .gbEAW)
        let received = LocalDateTime(iso: "2026-11-02T09:00")!
        #expect(ComplaintDeadline.dueDate(receivedAt: received, calendar: england) == CivilDate(iso: "2026-11-16"))
    }
}
