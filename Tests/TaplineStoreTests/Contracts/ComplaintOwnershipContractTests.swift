import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 12 items 4 and 6 on both stores: complaints have an owner, only supervisors (or an
/// escalation to a level's holder) give one to someone, and the reply queue is read a page at
/// a time with figures for the whole of it, in the domain's order.
@Suite("Complaint ownership and the paged reply queue, on SQLite and PostgreSQL")
struct ComplaintOwnershipContractTests {
    typealias F = ComplaintStoreFixtures
    typealias A = AreaStoreFixtures

    func store(_ kind: StoreKind) throws -> any AreaStore {
        try A.store(kind, accounts: [A.Holder(number: F.account, name: "John Smith", balance: F.owed),
                                     A.Holder(number: F.otherAccount, name: "Mei Chen", balance: F.owed)])
    }

    /// Seven complaints over a fortnight before Easter 2025, by three agents, one at Team Leader, one answered.
    func logSeven(_ store: any AreaStore) throws -> [Complaint] {
        let received = ["2025-03-31T09:00", "2025-04-01T09:00", "2025-04-03T09:00", "2025-04-03T08:00",
                        "2025-04-07T09:00", "2025-04-10T09:00", "2025-04-17T09:00"]
        var logged: [Complaint] = []
        for (index, time) in received.enumerated() {
            let agent = ["asmith", "bnguyen", "cwong"][index % 3]
            logged.append(try store.logComplaint(try F.complaint(account: index % 2 == 0 ? F.account : F.otherAccount,
                                                                 receivedAt: time, by: agent), calendar: F.calendar))
        }
        logged[4] = try store.saveComplaint(try logged[4].escalated(to: .teamLeader, at: F.time("2025-04-08T09:00"), by: "bnguyen"),
                                            role: .agent, calendar: F.calendar)
        logged[5] = try store.saveComplaint(try F.responding(logged[5], at: "2025-04-11T09:00", by: "asmith"),
                                            role: .agent, calendar: F.calendar)
        return logged
    }

    /// Charter 3.1(a), issue 12 item 6: the page and its figures are the domain's queue.
    @Test(arguments: StoreKind.allCases)
    func theQueueReadAPageAtATimeIsTheDomainsQueueWithItsFigures_3_1a(kind: StoreKind) throws {
        let store = try store(kind)
        _ = try logSeven(store)
        let today = F.date("2025-04-17")
        let expected = ComplaintQueue.entries(try store.complaints(ComplaintListFilter(includeClosed: true)), today: today,
                                              calendar: F.calendar)
        let whole = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar))
        #expect(whole.rows.map(\.id) == expected.map(\.complaint.id))
        #expect(whole.total == 6, "the answered complaint awaits no reply")
        for urgency in ComplaintUrgency.allCases {
            #expect(whole.count(urgency) == expected.filter { $0.urgency == urgency }.count, "\(urgency)")
        }
        #expect(whole.overdue == 2 && whole.dueToday == 2, "due Mon 14 and Tue 15 Apr; the two of 3 Apr due today")
        // Pages of two, read in turn, are the same queue
        var paged: [String] = []
        for offset in stride(from: 0, to: 6, by: 2) {
            let page = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, offset: offset, limit: 2))
            #expect(page.offset == offset && page.total == 6)
            paged += page.rows.map(\.id)
        }
        #expect(paged == whole.rows.map(\.id))
        // A row names its customer, category, level, reply date and owner
        let first = try #require(whole.rows.first)
        #expect(first == ComplaintSummary(id: expected[0].complaint.id, accountNumber: F.account, customerName: "John Smith",
                                          category: .billing, level: .frontline, replyDue: expected[0].replyDue,
                                          receivedAt: F.time("2025-03-31T09:00"), owner: "asmith"))
        #expect(first.businessDaysOverdue(today: today, calendar: F.calendar) == 3)
        // Figures alone, and narrowed by level
        let figures = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, limit: 0))
        #expect(figures.rows.isEmpty && figures.total == 6 && figures.overdue == 2)
        #expect(try store.complaintReplyFigures(today: today, owner: nil) == ComplaintReplyFigures(overdue: 2, dueToday: 2))
        let asmiths = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, owner: "asmith", limit: 0))
        #expect(try store.complaintReplyFigures(today: today, owner: "asmith")
            == ComplaintReplyFigures(overdue: asmiths.overdue, dueToday: asmiths.dueToday))
        let teamLeader = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, level: .teamLeader))
        #expect(teamLeader.rows.map(\.level) == [.teamLeader] && teamLeader.total == 1)
    }

    /// Issue 12 item 4: a supervisor gives a complaint to someone; it is theirs in the queue,
    /// in lists, and in the audit trail.
    @Test(arguments: StoreKind.allCases)
    func aComplaintASupervisorGivesToSomeoneIsTheirsInTheQueueAndTheTrail(kind: StoreKind) throws {
        let store = try store(kind)
        let logged = try logSeven(store)
        let given = try logged[0].assigned(to: "cwong", at: F.time("2025-04-17T10:00"), by: "root", role: .supervisor, note: "asmith on leave")
        let saved = try store.saveComplaint(given, role: .supervisor, calendar: F.calendar)
        #expect(saved.owner == "cwong")
        #expect(try store.complaint(number: given.id)?.owner == "cwong")
        let today = F.date("2025-04-17")
        let cwongs = try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, owner: "cwong"))
        // The one given to cwong and the one cwong logged (the other cwong logged is answered)
        #expect(cwongs.rows.map(\.id) == [logged[0].id, logged[2].id] && cwongs.total == 2)
        #expect(cwongs.rows.allSatisfy { $0.owner == "cwong" })
        #expect(try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: F.calendar, owner: "asmith")).rows
            .allSatisfy { $0.id != logged[0].id })
        #expect(try store.complaints(ComplaintListFilter(owner: "cwong")).map(\.id).contains(logged[0].id))
        #expect(try A.auditDetails(store, account: F.account).contains("complaint \(logged[0].id): Given to cwong: asmith on leave"))
    }

    /// Issue 12 item 4 and Charter 3.1(d)(1): an agent cannot give a complaint away, but raising
    /// it to a level gives it to the level's holder.
    @Test(arguments: StoreKind.allCases)
    func anAgentCannotGiveAComplaintAwayButRaisingItGivesItToTheLevelsHolder_3_1d1(kind: StoreKind) throws {
        let store = try store(kind)
        try store.setComplaintDecider("mlee", name: "Mia Lee", level: .manager, by: "root", at: F.time("2025-04-01T09:00"))
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let givenAway = try logged.assigned(to: "bnguyen", at: F.time("2025-04-17T11:00"), by: "asmith", role: .supervisor)
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try store.saveComplaint(givenAway, role: .agent, calendar: F.calendar)
        }
        let raisedToSomeoneElse = try logged.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith", assigningTo: "bnguyen")
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try store.saveComplaint(raisedToSomeoneElse, role: .agent, calendar: F.calendar)
        }
        #expect(try store.complaint(number: logged.id)?.owner == "asmith", "nothing was saved")
        let holder = ComplaintAssignment.holder(of: .manager, among: try store.complaintDeciders())
        let raised = try logged.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith", assigningTo: holder)
        #expect(try store.saveComplaint(raised, role: .agent, calendar: F.calendar).owner == "mlee")
        #expect(try store.complaintQueue(ComplaintQueueQuery(today: F.date("2025-04-17"), calendar: F.calendar, owner: "mlee")).total == 1)
    }

    /// Issue 12 item 4 on the shared store, proved below the UI: an agent's login cannot give a
    /// complaint away through the store's code (a claimed supervisor role counts for nothing)
    /// nor with SQL of its own; a supervisor's login can.
    @Test func onPostgresOnlyASupervisorsLoginGivesAComplaintToSomeone() throws {
        let store = try #require(try store(.postgres) as? PostgresStore)
        let logged = try store.logComplaint(try F.complaint(by: "tl_own_ana"), calendar: F.calendar)
        let agent = try A.connection(to: store, as: "tl_own_ana", in: "tapline_agent")
        let claimed = try logged.assigned(to: "tl_own_ben", at: F.time("2025-04-17T11:00"), by: "tl_own_ana", role: .supervisor)
        #expect(throws: ComplaintRefusal.onlySupervisorsAssign(role: .agent)) {
            try agent.transaction { try PostgresStore.save(claimed, role: .supervisor, calendar: F.calendar, $0) }
        }
        // SQL of its own: the owner column alone, and the owner with an entry in the timeline
        let ownerAlone = #expect(throws: PGError.self) {
            try agent.execute("UPDATE complaint SET owner = 'tl_own_ben' WHERE number = $1", [logged.id])
        }
        #expect(ownerAlone?.message.contains("its owner is tl_own_ana by its timeline") == true)
        let entry = #"{"at": "2025-04-17T11:00:00", "agent": "tl_own_ana", "kind": {"assigned": {"to": "tl_own_ben"}}, "note": ""}"#
        let withEntry = #expect(throws: PGError.self) {
            try agent.execute("""
                UPDATE complaint SET owner = 'tl_own_ben', event_count = event_count + 1,
                       body = jsonb_set(body, '{timeline}', (body->'timeline') || $2::jsonb)
                WHERE number = $1
                """, [logged.id, entry])
        }
        #expect(withEntry?.isPermissionDenied == true)
        #expect(try store.complaint(number: logged.id)?.owner == "tl_own_ana")
        // A supervisor's login gives it, through the same code
        let supervisor = try A.connection(to: store, as: "tl_own_sue", in: "tapline_supervisor")
        let given = try logged.assigned(to: "tl_own_ben", at: F.time("2025-04-17T11:00"), by: "tl_own_sue", role: .supervisor)
        _ = try supervisor.transaction { try PostgresStore.save(given, role: .supervisor, calendar: F.calendar, $0) }
        #expect(try store.complaint(number: logged.id)?.owner == "tl_own_ben")
    }
}
