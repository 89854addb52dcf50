import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// `tapline bench queues` loads its register through `loadBenchmarkComplaints`: on both stores
/// what it loads must be a register the console can go on working (issue 12 item 6).
@Suite("The queue benchmark's bulk register, on SQLite and PostgreSQL")
struct ComplaintBenchmarkLoadContractTests {
    typealias F = ComplaintStoreFixtures
    typealias A = AreaStoreFixtures

    @Test(arguments: StoreKind.allCases)
    func theLoadedRegisterIsTheDomainsAndTheNextComplaintIsNumberedAfterIt_3_1(kind: StoreKind) throws {
        let store = try A.store(kind, accounts: [A.Holder(number: F.account, name: "John Smith", balance: F.owed),
                                                 A.Holder(number: F.otherAccount, name: "Mei Chen", balance: F.owed)])
        let today = F.date("2025-04-17")
        let set = SyntheticComplaints(open: 60, closed: 140, answered: 30, today: today, accounts: 2, owners: 5)
        var reported: [Int] = []
        try store.loadBenchmarkComplaints(set, calendar: F.calendar) { reported.append($0) }
        #expect(reported.isEmpty, "progress comes every 100,000")
        let all = try store.complaints(ComplaintListFilter(includeClosed: true))
        #expect(all.count == 230 && all.filter(\.status.isClosed).count == 140)
        #expect(Set(all.map(\.accountNumber)) == [F.account, F.otherAccount])
        let queue = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, limit: 1_000))
        #expect(queue.rows.map(\.id) == ComplaintQueue.entries(all, today: today, calendar: F.calendar).map(\.complaint.id))
        // (the 60 open, and answered ones whose customer sought a further review: 3.2(c)(1))
        #expect(queue.total == queue.rows.count && queue.total > 60 && queue.rows.allSatisfy { set.owners.contains($0.owner) })
        // The answered ones are the open disputes (3.2), some with an amount held (3.1(e))
        let disputes = try store.disputes(today: today, calendar: F.calendar)
        #expect(disputes.map(\.complaint.id) == DisputeQueue.entries(all, today: today, calendar: F.calendar).map(\.complaint.id))
        #expect(disputes.count == 30 && disputes.contains { $0.held != nil })
        // The number series goes on after the loaded ones
        let next = try store.logComplaint(try F.complaint(receivedAt: "2025-04-17T15:00"), calendar: F.calendar)
        let lastOf2025 = all.filter { $0.id.hasPrefix("C-2025-") }.map(\.id).max()!
        #expect(next.id > lastOf2025 && next.id.hasPrefix("C-2025-"))
    }
}
