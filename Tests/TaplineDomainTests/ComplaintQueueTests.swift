import Testing
@testable import TaplineDomain

/// The supervisor's queue of complaints awaiting a reply (Charter 3.1(a)).
@Suite("Complaint queue")
struct ComplaintQueueTests {
    typealias F = ComplaintFixtures

    @Test func ordersByUrgencyThenReplyDateAndLeavesOutAnswered_3_1a() throws {
        // Given, on Mon 16 Mar 2026: one overdue, one due soon, one on track, one answered
        let dueSoon = try F.logged(receivedAt: "2026-03-02T09:00")            // due Tue 17 Mar
        let overdue = try F.logged(receivedAt: "2026-02-16T09:00")            // due Mon 2 Mar
        let onTrack = try F.logged(receivedAt: "2026-03-13T09:00")            // due Fri 27 Mar
        let answered = try F.responded()
        // When the queue is built
        let queue = ComplaintQueue.entries([onTrack, answered, dueSoon, overdue], today: F.date("2026-03-16"), calendar: F.calendar)
        // Then the answered complaint is gone and the rest run most urgent first
        #expect(queue.map(\.complaint) == [overdue, dueSoon, onTrack])
        #expect(queue.map(\.urgency.word) == ["OVERDUE", "DUE SOON", "on track"])
        #expect(queue.map(\.replyDue) == [F.date("2026-03-02"), F.date("2026-03-17"), F.date("2026-03-27")])
    }

    @Test func sameUrgencyRunsByReplyDate() throws {
        let later = try F.logged(receivedAt: "2026-02-17T09:00")              // due Tue 3 Mar
        let earlier = try F.logged(receivedAt: "2026-02-16T09:00")            // due Mon 2 Mar
        let queue = ComplaintQueue.entries([later, earlier], today: F.date("2026-03-16"), calendar: F.calendar)
        #expect(queue.map(\.replyDue) == [F.date("2026-03-02"), F.date("2026-03-03")])
    }
}
