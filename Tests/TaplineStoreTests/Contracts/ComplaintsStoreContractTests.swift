import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// The complaints register behaves the same on both stores (Charter 3.1, 3.1(d)(1), 3.1(e), 3.2).
@Suite("ComplaintsStore contract on SQLite and PostgreSQL")
struct ComplaintsStoreContractTests {
    typealias F = ComplaintStoreFixtures
    typealias A = AreaStoreFixtures

    /// John Smith's and Mei Chen's accounts, each owing $2,016.80.
    func store(_ kind: StoreKind) throws -> any AreaStore {
        try A.store(kind, accounts: [A.Holder(number: F.account, name: "John Smith", balance: F.owed),
                                     A.Holder(number: F.otherAccount, name: "Mei Chen", balance: F.owed)])
    }

    // MARK: - Numbers

    @Test(arguments: StoreKind.allCases)
    func loggingGivesTheNextNumberOfTheYearAndIsAudited_3_1(kind: StoreKind) throws {
        let store = try store(kind)
        // When three complaints are logged, across a new year
        let first = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let second = try store.logComplaint(try F.complaint(account: F.otherAccount, receivedAt: "2025-04-17T11:00"), calendar: F.calendar)
        let january = try store.logComplaint(try F.complaint(receivedAt: "2026-01-02T09:00"), calendar: F.calendar)
        // Then they are numbered in their year, read back whole, and audited
        #expect([first.id, second.id, january.id] == ["C-2025-000001", "C-2025-000002", "C-2026-000001"])
        #expect(try store.complaint(number: "C-2025-000001") == first)
        #expect(try A.auditDetails(store, account: F.account).contains("complaint C-2025-000001 logged (Billing)"))
        // And a numbered complaint cannot be logged again, nor one on an unknown account
        #expect(throws: ComplaintStoreError.alreadyNumbered(first.id)) { try store.logComplaint(first, calendar: F.calendar) }
        #expect(throws: StoreError.accountNotFound("1000000099")) {
            try store.logComplaint(try F.complaint(account: "1000000099"), calendar: F.calendar)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func consolesLoggingAtOnceNeverShareANumber(kind: StoreKind) throws {
        // Given one store, and eight threads (each with its own connection on PostgreSQL)
        let store = try store(kind)
        let numbers = A.Collected<String>()
        // When each logs five complaints at the same moment
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            if let logged = try? store.logComplaint(try F.complaint(by: "agent\(index % 8)"), calendar: F.calendar) {
                numbers.append(logged.id)
            }
        }
        // Then all forty are saved, numbered 1 to 40 with none given twice
        #expect(numbers.items.count == 40)
        #expect(Set(numbers.items) == Set((1...40).map { ComplaintNumber.format(year: 2025, sequence: $0) }))
        #expect(try store.complaints(ComplaintListFilter(includeClosed: true)).count == 40)
    }

    // MARK: - Saving

    @Test(arguments: StoreKind.allCases)
    func changesAreSavedWholeWithAnAuditEntryForEach_3_1(kind: StoreKind) throws {
        let store = try store(kind)
        var complaint = try store.logComplaint(try F.complaint(disputed: Money(dollars: 684, cents: 90)), calendar: F.calendar)
        complaint = try complaint.escalated(to: .teamLeader, at: F.time("2025-04-22T09:00"), by: "bnguyen")
        complaint = try F.responding(complaint, at: "2025-04-23T14:00", by: "bnguyen", role: .supervisor)
        complaint = try complaint.givingEWOVReferral(at: F.time("2025-04-23T14:05"), by: "bnguyen")
        _ = try store.saveComplaint(complaint, role: .supervisor, calendar: F.calendar)
        #expect(try store.complaint(number: complaint.id) == complaint)
        let details = try A.auditDetails(store, account: F.account)
        #expect(details.filter { $0.hasPrefix("complaint \(complaint.id): ") }.count == 3)
        #expect(details.contains("complaint \(complaint.id): Escalated: Customer Service Officer → Team Leader"))
    }

    @Test(arguments: StoreKind.allCases)
    func aSaveBasedOnAStaleCopyIsRefusedAndLosesNothing(kind: StoreKind) throws {
        // Given two agents who loaded the same complaint
        let store = try store(kind)
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let mine = try logged.escalated(to: .manager, at: F.time("2025-04-22T09:00"), by: "asmith")
        let theirs = try F.responding(logged, at: "2025-04-22T09:30", by: "bnguyen")
        // When both save, one after the other, Then the later is refused naming who changed it
        // and when (issue 12 item 3), and the first stands
        _ = try store.saveComplaint(mine, role: .agent, calendar: F.calendar)
        #expect(throws: ChangedSinceRead(record: logged.id, by: "asmith", at: F.time("2025-04-22T09:00"),
                                         change: "Escalated: Customer Service Officer → Manager")) {
            try store.saveComplaint(theirs, role: .agent, calendar: F.calendar)
        }
        #expect(try store.complaint(number: logged.id) == mine)
        // And a copy with nothing new changes nothing; an unlogged or unknown one cannot be saved
        let audited = try A.auditDetails(store, account: F.account).count
        #expect(try store.saveComplaint(mine, role: .agent, calendar: F.calendar) == mine)
        #expect(try A.auditDetails(store, account: F.account).count == audited)
        #expect(throws: ComplaintStoreError.notNumbered) { try store.saveComplaint(try F.complaint(), role: .agent, calendar: F.calendar) }
        var stray = try F.complaint()
        stray.id = "C-2025-000042"
        #expect(throws: ComplaintStoreError.notFound("C-2025-000042")) { try store.saveComplaint(stray, role: .agent, calendar: F.calendar) }
    }

    @Test(arguments: StoreKind.allCases)
    func agentsSavingOneComplaintAtOnceNeverLoseAChange(kind: StoreKind) throws {
        // Given eight agents who loaded the same complaint, each with a different change
        let store = try store(kind)
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let changes = try (0..<8).map { agent in
            try logged.escalated(to: agent % 2 == 0 ? .teamLeader : .manager, at: F.time("2025-04-22T09:0\(agent)"), by: "agent\(agent)")
        }
        // When all save at the same moment
        let saved = A.Collected<Complaint>()
        let refused = A.Collected<ChangedSinceRead>()
        DispatchQueue.concurrentPerform(iterations: changes.count) { index in
            do {
                saved.append(try store.saveComplaint(changes[index], role: .agent, calendar: F.calendar))
            } catch let error as ChangedSinceRead {
                refused.append(error)
            } catch {}
        }
        // Then exactly one is saved whole, and every other agent is told who changed it first
        #expect(saved.items.count == 1)
        let winner = try #require(saved.items.first?.timeline.last)
        #expect(refused.items == Array(repeating: ChangedSinceRead(record: logged.id, by: winner.agent, at: winner.at, change: winner.summary),
                                       count: changes.count - 1))
        #expect(try store.complaint(number: logged.id) == saved.items.first)
    }

    @Test(arguments: StoreKind.allCases)
    func aDisputedAmountAboveTheBalanceIsNotLogged_3_1e(kind: StoreKind) throws {
        let store = try store(kind)
        #expect(try store.amountOwed(onAccount: F.account) == F.owed)
        let inflated = try Complaint.log(accountNumber: F.account, receivedAt: F.time("2025-04-17T10:30"), channel: .phone,
                                         category: .disputedAmount, description: "Bill wrong", disputedAmount: Money(dollars: 50_000),
                                         amountOwed: Money(dollars: 60_000), loggedBy: "asmith", calendar: F.calendar)
        #expect(throws: ComplaintRefusal.disputedAmountExceedsOwed(amount: Money(dollars: 50_000), owed: F.owed)) {
            try store.logComplaint(inflated, calendar: F.calendar)
        }
        #expect(try store.allComplaints(forAccount: F.account).isEmpty)
        #expect(try store.logComplaint(try F.complaint(disputed: F.owed), calendar: F.calendar).disputedAmount == F.owed)
    }

    // MARK: - Deciders (3.1(d)(1))

    @Test(arguments: StoreKind.allCases)
    func aConfiguredHolderDecidesInTheirOwnNameAndAnAgentsClaimIsRefused_3_1d1(kind: StoreKind) throws {
        let store = try store(kind)
        try store.setComplaintDecider("slee", name: "Sam Lee", level: .manager, by: "root", at: F.time("2025-04-01T09:00"))
        #expect(try store.complaintResponder(user: "slee", role: .supervisor)
                == ComplaintResponder(user: "slee", name: "Sam Lee", role: .supervisor, holds: .manager))
        #expect(try store.complaintDeciders().map(\.user) == ["slee"])
        #expect(try A.auditDetails(store, account: nil).contains("complaint decider slee: Sam Lee, holds Manager"))
        // When Sam Lee records the Manager's decision, it is in her own name
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let escalated = try store.saveComplaint(try logged.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith"),
                                                role: .agent, calendar: F.calendar)
        let decided = try escalated.responding(at: F.time("2025-04-17T12:00"),
                                               by: try store.complaintResponder(user: "slee", role: .supervisor),
                                               text: "Credit of $100", reasons: "The estimate was high.")
        #expect(try store.saveComplaint(decided, role: .supervisor, calendar: F.calendar).latestResponse?.decidedBy == "Sam Lee, Manager")
        // But an agent saving a decision her copy says a supervisor made on the GM's behalf is refused
        let other = try store.logComplaint(try F.complaint(account: F.otherAccount), calendar: F.calendar)
        let toGM = try store.saveComplaint(try other.escalated(to: .generalManager, at: F.time("2025-04-17T11:00"), by: "asmith"),
                                           role: .agent, calendar: F.calendar)
        let claimed = try F.responding(toGM, at: "2025-04-17T12:00", by: "asmith", role: .supervisor)
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(.generalManager, role: .agent)) {
            try store.saveComplaint(claimed, role: .agent, calendar: F.calendar)
        }
        #expect(try store.complaint(number: other.id)?.responses.isEmpty == true)
    }

    // MARK: - Lists and the dispute queue

    @Test(arguments: StoreKind.allCases)
    func listsLeaveOutClosedOnesAndFilterOnReplyDueLevelAndAgent_3_1a(kind: StoreKind) throws {
        let store = try store(kind)
        var closed = try store.logComplaint(try F.complaint(receivedAt: "2025-04-01T09:00"), calendar: F.calendar)
        closed = try F.responding(closed, at: "2025-04-02T10:00")
        closed = try closed.closing(at: F.time("2025-04-02T10:05"), by: "asmith")
        _ = try store.saveComplaint(closed, role: .agent, calendar: F.calendar)
        let older = try store.logComplaint(try F.complaint(receivedAt: "2025-04-09T09:00", by: "bnguyen"), calendar: F.calendar)
        var recent = try store.logComplaint(try F.complaint(receivedAt: "2025-04-17T10:30"), calendar: F.calendar)
        recent = try store.saveComplaint(try recent.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith"),
                                         role: .agent, calendar: F.calendar)
        // Open ones, awaiting replies first by the date due (28 April across Easter and ANZAC Day, then 6 May)
        #expect(try store.complaints(ComplaintListFilter(accountNumber: F.account)).map(\.id) == [older.id, recent.id])
        #expect(Set(try store.allComplaints(forAccount: F.account).map(\.id)) == [closed.id, older.id, recent.id])
        #expect(try store.complaints(ComplaintListFilter(replyDueOnOrBefore: F.date("2025-04-29"))).map(\.id) == [older.id])
        #expect(try store.complaints(ComplaintListFilter(level: .manager)).map(\.id) == [recent.id])
        #expect(try store.complaints(ComplaintListFilter(loggedBy: "bnguyen")).map(\.id) == [older.id])
        #expect(try store.complaints(ComplaintListFilter(awaitingReplyOnly: true)).count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func anAnsweredComplaintWithAnOpenEWOVClaimIsInTheDisputesQueue_3_2(kind: StoreKind) throws {
        let store = try store(kind)
        var complaint = try store.logComplaint(try F.complaint(disputed: Money(dollars: 684, cents: 90)), calendar: F.calendar)
        complaint = try complaint.escalated(to: .teamLeader, at: F.time("2025-04-22T09:00"), by: "bnguyen")
        complaint = try F.responding(complaint, at: "2025-04-23T14:00", by: "bnguyen", role: .supervisor)
        complaint = try complaint.claimLodged(with: .ewov, on: F.date("2025-04-28"), at: F.time("2025-04-28T10:00"), by: "asmith")
        _ = try store.saveComplaint(complaint, role: .supervisor, calendar: F.calendar)
        _ = try store.logComplaint(try F.complaint(account: F.otherAccount), calendar: F.calendar)
        #expect(try store.complaints(ComplaintListFilter(awaitingReplyOnly: true)).map(\.accountNumber) == [F.otherAccount])
        let disputes = try store.disputes(today: F.date("2025-06-02"), calendar: F.calendar)
        #expect(disputes.map(\.complaint.id) == [complaint.id])
        #expect(disputes.first?.held == Money(dollars: 684, cents: 90))
        #expect(disputes.first?.waitingOnText == "EWOV claim lodged Mon 28 Apr 2025 (3.2(c)(2))")
        #expect(try store.heldAmount(onAccount: F.account, today: F.date("2025-06-02"), calendar: F.calendar) == Money(dollars: 684, cents: 90))
        // And the account's badges say so
        #expect(try store.complaintFlags(forAccount: F.account) == [.openComplaint, .disputedAmount].sorted())
        #expect(try store.complaintFlags(forAccount: F.otherAccount) == [.openComplaint])
    }

    @Test(arguments: StoreKind.allCases)
    func theDisputesQueueReadsOnlyTheComplaintsItMayList_3_1e_3_2(kind: StoreKind) throws {
        let store = try store(kind)
        // Given one awaiting a reply with nothing disputed, one disputed, one answered, and one answered then closed
        let awaiting = try store.logComplaint(try F.complaint(receivedAt: "2025-04-01T09:00"), calendar: F.calendar)
        let disputed = try store.logComplaint(try F.complaint(receivedAt: "2025-04-02T09:00", disputed: Money(dollars: 20)), calendar: F.calendar)
        let answered = try store.saveComplaint(
            try F.responding(try store.logComplaint(try F.complaint(receivedAt: "2025-04-03T09:00"), calendar: F.calendar), at: "2025-04-04T10:00"),
            role: .agent, calendar: F.calendar)
        var closed = try F.responding(try store.logComplaint(try F.complaint(receivedAt: "2025-04-07T09:00"), calendar: F.calendar), at: "2025-04-08T10:00")
        closed = try store.saveComplaint(try closed.closing(at: F.time("2025-04-08T10:05"), by: "asmith"), role: .agent, calendar: F.calendar)
        // Then the queue lists the disputed one and the answered one, and they are the domain's picks
        let all = [awaiting, disputed, answered, closed]
        func listed() throws -> [String] {
            try store.complaintDisputes(DisputeQueueQuery(today: F.date("2025-04-10"), calendar: F.calendar)).entries.map(\.complaint.id)
        }
        #expect(try listed() == DisputeQueue.entries(all, today: F.date("2025-04-10"), calendar: F.calendar).map(\.complaint.id))
        #expect(try listed() == [answered.id, disputed.id])
        // And a complaint leaves them when its dispute is resolved (3.2)
        _ = try store.saveComplaint(try answered.resolving(at: F.time("2025-05-06T10:00"), by: "asmith", calendar: F.calendar),
                                    role: .agent, calendar: F.calendar)
        #expect(try listed() == [disputed.id])
    }

    // MARK: - Letters (3.1(f)) stay files, addressed from the store

    @Test(arguments: StoreKind.allCases)
    func theAcknowledgementIsAddressedFromTheStoresAccount_3_1f(kind: StoreKind) throws {
        let store = try store(kind)
        let complaint = try store.logComplaint(try F.complaint(disputed: Money(dollars: 684, cents: 90)), calendar: F.calendar)
        let folder = StoreFixtures.temporaryFolder().appendingPathComponent("letters")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let url = try ComplaintLetterFiles(store, folder: folder, calendar: F.calendar)
            .writeAcknowledgement(for: complaint, date: F.date("2025-04-17"))
        #expect(url.lastPathComponent == "C-2025-000001-acknowledgement-2025-04-17.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("John Smith") && text.contains("27 Barkly Street") && text.contains("Melton VIC 3337"))
        #expect(text.contains("$684.90"))
    }

    // MARK: - Who may do what (PostgreSQL's grants and the session's login)

    @Test func onPostgresAChangeIsSavedOnlyInTheSessionsOwnNameAndRole_3_1d1() throws {
        let store = try #require(try store(.postgres) as? PostgresStore)
        try store.setComplaintDecider("slee", name: "Sam Lee", level: .manager, by: "root", at: F.time("2025-04-01T09:00"))
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        let agent = try A.connection(to: store, as: "tl_ana", in: "tapline_agent")
        // An agent's escalation in her own name is saved
        let escalated = try logged.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "tl_ana")
        _ = try agent.transaction { try PostgresStore.save(escalated, role: .agent, calendar: F.calendar, $0) }
        // But a decision her copy records as Sam Lee's (who holds Manager) is refused, whatever it claims
        let forged = try escalated.responding(at: F.time("2025-04-17T12:00"),
                                              by: ComplaintResponder(user: "slee", name: "Sam Lee", role: .supervisor, holds: .manager),
                                              text: "Credit of $100", reasons: "High estimate")
        #expect(throws: StoreError.self) {
            try agent.transaction { try PostgresStore.save(forged, role: .supervisor, calendar: F.calendar, $0) }
        }
        // And one in her own name claiming a supervisor's role is judged as an agent's
        let claimed = try F.responding(escalated, at: "2025-04-17T12:00", by: "tl_ana", role: .supervisor)
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(.manager, role: .agent)) {
            try agent.transaction { try PostgresStore.save(claimed, role: .supervisor, calendar: F.calendar, $0) }
        }
        // While a supervisor's own decision on the Manager's behalf is saved
        let supervisor = try A.connection(to: store, as: "tl_sam", in: "tapline_supervisor")
        let decided = try F.responding(escalated, at: "2025-04-17T12:30", by: "tl_sam", role: .supervisor)
        let saved = try supervisor.transaction { try PostgresStore.save(decided, role: .supervisor, calendar: F.calendar, $0) }
        #expect(saved.latestResponse?.decidedBy == "tl_sam, supervisor, on behalf of the Manager")
        #expect(try store.complaint(number: logged.id) == saved)
    }

    @Test func onPostgresAgentsWorkComplaintsButOnlySupervisorsNameDecidersAndTrainersSeeOnlyBadges() throws {
        let store = try #require(try store(.postgres) as? PostgresStore)
        let logged = try store.logComplaint(try F.complaint(), calendar: F.calendar)
        // An agent reads and updates complaints, and cannot name a decider, delete a complaint or rewrite its record
        let agent = try A.connection(to: store, as: "tl_ana", in: "tapline_agent")
        #expect(try agent.execute("SELECT number FROM complaint").rows.count == 1)
        #expect(try agent.execute("UPDATE complaint SET level = level WHERE number = $1", [logged.id]).affected == 1)
        let refusals = [
            "INSERT INTO complaint_decider(login, name, level) VALUES ('tl_ana', 'Ana', 'general-manager')",
            "DELETE FROM complaint",
            "UPDATE complaint SET body = jsonb_set(body, '{description}', '\"Nothing wrong\"')",
            "UPDATE complaint SET body = jsonb_set(body, '{timeline}', '[]'), event_count = 0",
            "UPDATE complaint SET disputed_cents = 1",
        ]
        for sql in refusals {
            let error = #expect(throws: PGError.self) { try agent.execute(sql) }
            #expect(error?.isPermissionDenied == true, "\(sql)")
        }
        // A supervisor names deciders
        let supervisor = try A.connection(to: store, as: "tl_sam", in: "tapline_supervisor")
        try supervisor.execute("INSERT INTO complaint_decider(login, name, level) VALUES ('tl_sam', 'Sam Lee', 'manager')")
        // A trainer reads no complaint, but sees the account's badges
        let trainer = try A.connection(to: store, as: "tl_tom", in: "tapline_trainer")
        let error = #expect(throws: PGError.self) { try trainer.execute("SELECT body FROM complaint") }
        #expect(error?.isPermissionDenied == true)
        #expect(try PGAccountFlagSources.flags(forAccount: F.account, among: [.openComplaint], trainer) == [.openComplaint])
    }
}
