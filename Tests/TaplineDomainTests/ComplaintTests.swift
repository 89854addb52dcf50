import Foundation
import Testing
@testable import TaplineDomain

/// Logging a complaint and the facts derived from it.
@Suite("Complaint")
struct ComplaintTests {
    typealias F = ComplaintFixtures

    @Test func loggingSetsDueDateLevelStatusAndTimeline_3_1a() throws {
        // Given a complaint received Mon 2 Mar 2026 at 09:00
        let complaint = try F.logged()
        // Then it is open at the frontline, due 10 business days later (Labour Day skipped)
        #expect(complaint.dueDate == F.date("2026-03-17"))
        #expect(complaint.level == .frontline)
        #expect(complaint.status == .open)
        #expect(complaint.timeline.map(\.kind) == [.logged])
        #expect(complaint.timeline.first?.agent == "ajones")
        #expect(complaint.informedOf.isEmpty)
        #expect(complaint.rightsNotYetInformed == ComplaintRight.allCases)
    }

    @Test("refuses a complaint missing what the register needs", arguments: [
        ("", "Bill too high", "ajones", nil as Int64?, ComplaintRefusal.missingAccountNumber),
        ("7001", "   ", "ajones", nil, .missingDescription),
        ("7001", "Bill too high", "", nil, .missingAgent),
        ("7001", "Bill too high", "ajones", 0, .disputedAmountNotPositive(.zero)),
        ("7001", "Bill too high", "ajones", -500, .disputedAmountNotPositive(Money(cents: -500))),
    ])
    func refusesIncompleteComplaints(account: String, text: String, agent: String, cents: Int64?,
                                     expected: ComplaintRefusal) {
        #expect(throws: expected) {
            try Complaint.log(accountNumber: account, receivedAt: F.time("2026-03-02T09:00"), channel: .email,
                              category: .billing, description: text, disputedAmount: cents.map { Money(cents: $0) },
                              loggedBy: agent, calendar: F.calendar)
        }
        #expect(!expected.message.isEmpty)
    }

    @Test func refusesLoggingBeforeReceipt() {
        #expect(throws: ComplaintRefusal.loggedBeforeReceipt(received: F.time("2026-03-02T09:00"))) {
            try Complaint.log(accountNumber: "7001", receivedAt: F.time("2026-03-02T09:00"), channel: .letter,
                              category: .meter, description: "Meter leaks", loggedAt: F.time("2026-03-01T09:00"),
                              loggedBy: "ajones", calendar: F.calendar)
        }
    }

    @Test func aLetterLoggedLaterIsStillDueFromReceipt_3_1a() throws {
        // Given a letter received Friday but logged on Monday
        let complaint = try Complaint.log(accountNumber: "7001", receivedAt: F.time("2026-05-15T11:00"),
                                          channel: .letter, category: .service, description: "Rude reply",
                                          loggedAt: F.time("2026-05-18T09:30"), loggedBy: "ajones", calendar: F.calendar)
        // Then the clock started on Friday
        #expect(complaint.dueDate == F.date("2026-05-29"))
        #expect(complaint.timeline.first?.at == F.time("2026-05-18T09:30"))
    }

    @Test func replyDueFollowsStatusAndComplexPromise_3_1b() throws {
        let open = try F.logged()
        #expect(open.replyDue(calendar: F.calendar) == F.date("2026-03-17"))
        // When marked complex, the promised date is the one the queue watches
        let complex = try open.markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
        #expect(complex.replyDue(calendar: F.calendar) == F.date("2026-04-10"))
        // Once answered, no reply is awaited and it leaves the queue
        let answered = try F.responded()
        #expect(answered.replyDue(calendar: F.calendar) == nil)
        #expect(answered.urgency(today: F.date("2026-06-01"), calendar: F.calendar) == nil)
        // A further review is due 10 business days after it was sought (Tue 10 Mar → Tue 24 Mar)
        let review = try answered.escalated(to: .teamLeader, at: F.time("2026-03-10T09:00"), by: "bsmith")
        #expect(review.replyDue(calendar: F.calendar) == F.date("2026-03-24"))
        // The complex promise made before the first decision does not carry into the review
        let complexThenAnswered = try complex.responding(at: F.time("2026-04-09T10:00"), by: "ajones", text: "Fixed", reasons: "Meter replaced")
        let reviewed = try complexThenAnswered.seekingFurtherReview(at: F.time("2026-04-13T09:00"), by: "ajones")
        #expect(reviewed.replyDue(calendar: F.calendar) == F.date("2026-04-27"))
    }

    @Test func urgencyOfAnOpenComplaint() throws {
        let open = try F.logged()
        #expect(open.urgency(today: F.date("2026-03-02"), calendar: F.calendar) == .onTrack)
        #expect(open.urgency(today: F.date("2026-03-16"), calendar: F.calendar) == .dueSoon)
        #expect(open.urgency(today: F.date("2026-03-17"), calendar: F.calendar) == .dueToday)
        #expect(open.urgency(today: F.date("2026-03-18"), calendar: F.calendar) == .overdue)
    }

    @Test func firstReplyDecidesLateness_3_1a() throws {
        let open = try F.logged()
        #expect(!open.repliedLate(today: F.date("2026-03-17")))
        #expect(open.repliedLate(today: F.date("2026-03-18")))
        let late = try open.responding(at: F.time("2026-03-18T09:00"), by: "ajones", text: "Refund", reasons: "Misread meter")
        #expect(late.firstReplyAt == F.time("2026-03-18T09:00"))
        #expect(late.repliedLate(today: F.date("2026-03-18")))
        #expect(try !F.responded().repliedLate(today: F.date("2026-12-31")))
    }

    @Test func roundTripsThroughJSON() throws {
        // Given a complaint with every kind of history
        let complaint = try F.responded()
            .escalated(to: .manager, at: F.time("2026-03-05T09:00"), by: "bsmith", note: "asked for a manager")
            .givingEWOVReferral(at: F.time("2026-03-05T09:05"), by: "bsmith")
            .claimLodged(with: .ewov, on: F.date("2026-03-06"), at: F.time("2026-03-06T14:00"), by: "bsmith")
            .claimFinalised(on: F.date("2026-04-01"), at: F.time("2026-04-01T15:00"), by: "bsmith")
            .informing(of: Set(ComplaintRight.allCases), at: F.time("2026-04-01T15:05"), by: "bsmith")
        // When it is encoded and decoded
        let data = try JSONEncoder().encode(complaint)
        let decoded = try JSONDecoder().decode(Complaint.self, from: data)
        // Then nothing is lost
        #expect(decoded == complaint)
    }
}
