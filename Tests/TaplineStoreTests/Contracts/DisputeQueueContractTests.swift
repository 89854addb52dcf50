import Testing
@testable import TaplineDomain
@testable import TaplineStore
import TaplineTestSupport

/// The open disputes are ranked, counted and paged by the store (issue 12 item 6) exactly as
/// the domain's `DisputeQueue` orders them (Charter 3.1(e), 3.2), on every day, on both stores.
@Suite("Open disputes queue, paged by the store, on SQLite and PostgreSQL")
struct DisputeQueueContractTests {
    typealias F = ComplaintStoreFixtures
    typealias A = AreaStoreFixtures

    func store(_ kind: StoreKind) throws -> any AreaStore {
        try A.store(kind, accounts: [A.Holder(number: F.account, name: "John Smith", balance: F.owed),
                                     A.Holder(number: F.otherAccount, name: "Mei Chen", balance: F.owed)])
    }

    /// A complaint logged, then changed by `change` and saved.
    @discardableResult
    func logged(_ store: any AreaStore, received: String, disputed: Int64? = nil, by agent: String = "asmith",
                _ change: (Complaint) throws -> Complaint = { $0 }) throws -> Complaint {
        let complaint = try store.logComplaint(try F.complaint(receivedAt: received, disputed: disputed.map { Money(dollars: $0) }, by: agent),
                                               calendar: F.calendar)
        return try store.saveComplaint(try change(complaint), role: .supervisor, calendar: F.calendar)
    }

    /// Every state 3.2 distinguishes: no decision, its 10 business days, a further review, a
    /// claim open, a claim finalised, closed while holding, and those never listed.
    func world(_ store: any AreaStore) throws {
        try logged(store, received: "2025-04-01T09:00", disputed: 20)                                  // no decision (3.2(a))
        try logged(store, received: "2025-04-03T09:00", disputed: 40) { try F.responding($0, at: "2025-04-04T10:00") }
        try logged(store, received: "2025-04-07T09:00", by: "bnguyen") {                               // further review (3.2(c)(1))
            try F.responding($0, at: "2025-04-08T10:00", by: "bnguyen")
                .escalated(to: .teamLeader, at: F.time("2025-04-22T09:00"), by: "bnguyen")
        }
        try logged(store, received: "2025-04-08T09:00", disputed: 60) {                               // claim open (3.2(c)(2))
            try F.responding($0, at: "2025-04-09T10:00")
                .claimLodged(with: .ewov, on: F.date("2025-04-10"), at: F.time("2025-04-10T11:00"), by: "asmith")
        }
        try logged(store, received: "2025-04-09T09:00", by: "bnguyen") {                               // claim finalised 2 May
            try F.responding($0, at: "2025-04-09T15:00", by: "bnguyen")
                .claimLodged(with: .vcat, on: F.date("2025-04-10"), at: F.time("2025-04-10T11:00"), by: "bnguyen")
                .claimFinalised(on: F.date("2025-05-02"), at: F.time("2025-05-02T16:00"), by: "bnguyen")
        }
        try logged(store, received: "2025-04-11T09:00", disputed: 30) {                               // closed, held through 3.2(b)
            try F.responding($0, at: "2025-04-14T10:00").closing(at: F.time("2025-04-14T10:05"), by: "asmith")
        }
        try logged(store, received: "2025-04-11T09:00") {                                             // closed, nothing held
            try F.responding($0, at: "2025-04-14T10:00").closing(at: F.time("2025-04-14T10:05"), by: "asmith")
        }
        try logged(store, received: "2025-04-15T09:00", disputed: 50) {                               // marked resolved
            try F.responding($0, at: "2025-04-15T10:00").resolving(at: F.time("2025-05-20T10:00"), by: "asmith", calendar: F.calendar)
        }
        try logged(store, received: "2025-04-16T09:00")                                                // awaiting a reply only
        try logged(store, received: "2025-05-05T09:00", disputed: 70, by: "bnguyen") { try F.responding($0, at: "2025-05-06T10:00", by: "bnguyen") }
    }

    @Test(arguments: StoreKind.allCases)
    func eachDaysPageFiguresAndOrderAreTheDomainsQueue_3_1e_3_2(kind: StoreKind) throws {
        let store = try store(kind)
        try world(store)
        let all = try store.complaints(ComplaintListFilter(includeClosed: true))
        #expect(all.count == 10)
        var day = F.date("2025-04-14")
        var orders = Set<[String]>()
        while day <= F.date("2025-05-31") {
            let queries = [
                DisputeQueueQuery(today: day, calendar: F.calendar),
                DisputeQueueQuery(today: day, calendar: F.calendar, offset: 2, limit: 3),
                DisputeQueueQuery(today: day, calendar: F.calendar, owner: "bnguyen"),
                DisputeQueueQuery(today: day, calendar: F.calendar, level: .teamLeader),
                DisputeQueueQuery(today: day, calendar: F.calendar, limit: 0),
            ]
            for query in queries {
                let page = try store.complaintDisputes(query)
                #expect(page == DisputeQueuePage.of(all, query), "\(day.iso) offset \(query.offset) owner \(query.owner ?? "-")")
            }
            orders.insert(try store.complaintDisputes(DisputeQueueQuery(today: day, calendar: F.calendar)).entries.map(\.complaint.id))
            day = day.adding(days: 1)
        }
        // The days walked through disputes becoming ready and leaving: not one fixed answer
        #expect(orders.count >= 3)
    }

    @Test(arguments: StoreKind.allCases)
    func theFiguresCountTheWholeQueueWhateverThePage_3_1e(kind: StoreKind) throws {
        let store = try store(kind)
        try world(store)
        // On 22 April (the store holds each complaint as it is now): the $20 with no decision,
        // the $40, $30 (closed) and $70 in their 10 days, the $60 with a claim open, and two
        // holding nothing (a further review, a claim finalised); the one marked resolved is not listed
        let page = try store.complaintDisputes(DisputeQueueQuery(today: F.date("2025-04-22"), calendar: F.calendar, offset: 1, limit: 1))
        #expect(page.total == 7)
        #expect(page.held == Money(dollars: 220))
        #expect(page.ready == 0)
        #expect(page.entries.count == 1)
        // On 30 May three have met 3.2 (the $40, the finalised claim, the $70) and come first, the
        // oldest received at the top; the closed $30 has left, its hold over
        let later = try store.complaintDisputes(DisputeQueueQuery(today: F.date("2025-05-30"), calendar: F.calendar, limit: 1))
        #expect(later.entries.first?.complaint.disputedAmount == Money(dollars: 40))
        #expect(later.entries.first?.resolvableSince == F.date("2025-04-23"))
        #expect(later.ready == 3)
        #expect(later.total == 6)
        #expect(later.held == Money(dollars: 80))
    }
}
