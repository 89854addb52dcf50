import Testing
@testable import TaplineDomain

/// The supervisor's queue: how close each complaint is to its Charter 3.1(a) reply date.
@Suite("Complaint urgency")
struct ComplaintUrgencyTests {
    let calendar = BusinessCalendar.victoria

    @Test("grades a due date against today", arguments: [
        ("2026-03-23", "2026-03-24", ComplaintUrgency.overdue),
        ("2026-03-23", "2026-04-30", .overdue),
        ("2026-03-23", "2026-03-23", .dueToday),
        ("2026-03-23", "2026-03-20", .dueSoon),    // 1 business day ahead
        ("2026-03-23", "2026-03-19", .dueSoon),    // 2 business days ahead
        ("2026-03-23", "2026-03-21", .dueSoon),    // a Saturday, 1 business day ahead
        ("2026-03-23", "2026-03-18", .onTrack),    // 3 business days ahead
        ("2026-03-10", "2026-03-05", .dueSoon),    // Labour Day between: Fri and Tue only
        ("2026-03-10", "2026-03-04", .onTrack),
    ])
    func gradesDueDates(due: String, today: String, expected: ComplaintUrgency) {
        let urgency = ComplaintUrgency(dueDate: CivilDate(iso: due)!, today: CivilDate(iso: today)!, calendar: calendar)
        #expect(urgency == expected)
    }

    @Test func eachStateHasAWordSoColourIsNeverAlone() {
        #expect(ComplaintUrgency.allCases.map(\.word) == ["OVERDUE", "DUE TODAY", "DUE SOON", "on track"])
    }

    @Test func sortsMostUrgentFirst() {
        let shuffled: [ComplaintUrgency] = [.onTrack, .dueSoon, .overdue, .dueToday]
        #expect(shuffled.sorted() == [.overdue, .dueToday, .dueSoon, .onTrack])
    }

    /// The queue's stores count "due soon" by date: every reply date up to `dueSoonThrough` is
    /// due soon and none after it, over two months that hold Easter and Anzac Day.
    @Test func dueSoonThroughIsTheLastDateDueSoon_3_1a() {
        var today = CivilDate(iso: "2025-04-01")!
        while today < CivilDate(iso: "2025-06-01")! {
            let through = ComplaintUrgency.dueSoonThrough(today: today, calendar: .victoria)
            for offset in 1...12 {
                let due = today.adding(days: offset)
                let soon = ComplaintUrgency(dueDate: due, today: today, calendar: .victoria) == .dueSoon
                #expect(soon == (due <= through), "\(due) seen on \(today)")
            }
            today = today.adding(days: 1)
        }
    }
}
