import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Complaints register: numbers, saved changes, queues and reports (Charter 3.1)")
struct ComplaintRepositoryTests {
    typealias F = ComplaintStoreFixtures

    // MARK: - Logging and numbers

    @Test func loggingGivesTheNextNumberOfTheYearAndIsAudited_3_1() throws {
        // Given a database with no complaints
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        // When two complaints are logged in 2025
        let first = try register.log(try F.complaint())
        let second = try register.log(try F.complaint(account: F.otherAccount, receivedAt: "2025-04-17T11:00"))
        // Then they are numbered 1 and 2 of 2025, read back whole, and each has its audit entry
        #expect(first.id == "C-2025-000001")
        #expect(second.id == "C-2025-000002")
        #expect(try register.complaint("C-2025-000001") == first)
        let audit = try #require(try database.audit.entries(forAccount: F.account).first)
        #expect(audit.action == .created && audit.who == "asmith" && audit.detail.contains("C-2025-000001"))
    }

    @Test func numbersStartAgainEachYearTheComplaintIsLogged() throws {
        let register = try F.database().complaints(calendar: F.calendar)
        let december = try register.log(try F.complaint(receivedAt: "2025-12-31T16:00"))
        let january = try register.log(try F.complaint(receivedAt: "2026-01-02T09:00"))
        #expect(december.id == "C-2025-000001")
        #expect(january.id == "C-2026-000001")
    }

    @Test func aComplaintOnAnUnknownAccountIsRefused() throws {
        let register = try F.database().complaints(calendar: F.calendar)
        #expect(throws: StoreError.accountNotFound("1000000099")) {
            try register.log(try F.complaint(account: "1000000099"))
        }
    }

    @Test func aNumberedComplaintCannotBeLoggedTwice() throws {
        let register = try F.database().complaints(calendar: F.calendar)
        let logged = try register.log(try F.complaint())
        #expect(throws: ComplaintStoreError.alreadyNumbered(logged.id)) { try register.log(logged) }
    }

    @Test func twoConsolesLoggingAtOnceNeverShareANumber() async throws {
        // Given one database file opened by two consoles (two connection pools, as two processes would)
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.sqlite").path
        let first = try AppDatabase.open(path: path)
        try F.seed(first)
        let second = try AppDatabase.open(path: path)
        // When each logs 25 complaints at the same time
        let perConsole = 25
        let numbers = try await withThrowingTaskGroup(of: [String].self) { group in
            for (agent, database) in [("asmith", first), ("bnguyen", second)] {
                group.addTask {
                    let register = database.complaints(calendar: F.calendar)
                    return try (0..<perConsole).map { _ in try register.log(try F.complaint(by: agent)).id }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        // Then the 50 numbers are exactly C-2025-000001 … C-2025-000050, each once
        #expect(Set(numbers) == Set((1...2 * perConsole).map { ComplaintNumber.format(year: 2025, sequence: $0) }))
        #expect(try first.complaints(calendar: F.calendar).list().count == 2 * perConsole)
    }

    // MARK: - Saving changes

    @Test func changesAreSavedWholeWithAnAuditEntryForEach_3_1() throws {
        // Given a logged complaint with a disputed amount
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        var complaint = try register.log(try F.complaint(disputed: Money(dollars: 684, cents: 90)))
        // When it is escalated, answered and the EWOV referral given, then saved
        complaint = try complaint.escalated(to: .teamLeader, at: F.time("2025-04-22T09:00"), by: "bnguyen")
        complaint = try F.responding(complaint, at: "2025-04-23T14:00", by: "bnguyen", role: .supervisor)
        complaint = try complaint.givingEWOVReferral(at: F.time("2025-04-23T14:05"), by: "bnguyen")
        try register.save(complaint, role: .supervisor)
        // Then it reads back exactly, and the audit log has one entry per change
        #expect(try register.complaint(complaint.id) == complaint)
        let details = try database.audit.entries(forAccount: F.account).map(\.detail)
        #expect(details.filter { $0.hasPrefix("complaint \(complaint.id): ") }.count == 3)
        #expect(details.contains("complaint \(complaint.id): Escalated: Customer Service Officer → Team Leader"))
    }

    @Test func aSaveBasedOnAStaleCopyIsRefusedAndLosesNothing() throws {
        // Given two agents who loaded the same complaint
        let register = try F.database().complaints(calendar: F.calendar)
        let logged = try register.log(try F.complaint())
        let mine = try logged.escalated(to: .manager, at: F.time("2025-04-22T09:00"), by: "asmith")
        let theirs = try F.responding(logged, at: "2025-04-22T09:30", by: "bnguyen")
        // When both save, one after the other
        try register.save(mine)
        // Then the later save is refused with a message naming who changed it and when, and the first stands
        #expect {
            try register.save(theirs)
        } throws: { error in
            (error as? ChangedSinceRead)?.message == "\(logged.id) was changed by asmith at 09:00 on Tue 22 Apr 2025 "
                + "(Escalated: Customer Service Officer → Manager) after you opened it; nothing was saved"
        }
        #expect(try register.complaint(logged.id) == mine)
    }

    @Test func savingACopyWithNothingNewChangesNothing() throws {
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        let logged = try register.log(try F.complaint())
        let before = try database.audit.entries(forAccount: F.account).count
        #expect(try register.save(logged) == logged)
        #expect(try database.audit.entries(forAccount: F.account).count == before)
    }

    @Test func anUnloggedOrUnknownComplaintCannotBeSaved() throws {
        let register = try F.database().complaints(calendar: F.calendar)
        #expect(throws: ComplaintStoreError.notNumbered) { try register.save(try F.complaint()) }
        var stray = try F.complaint()
        stray.id = "C-2025-000042"
        #expect(throws: ComplaintStoreError.notFound("C-2025-000042")) { try register.save(stray) }
    }

    // MARK: - Lists, queue and reports

    @Test func anAccountsOpenComplaintsLeaveOutClosedOnesButItsHistoryKeepsThem() throws {
        // Given one complaint closed after a response, and one still open
        let register = try F.database().complaints(calendar: F.calendar)
        var closed = try register.log(try F.complaint(receivedAt: "2025-04-01T09:00"))
        closed = try F.responding(closed, at: "2025-04-02T10:00")
        closed = try closed.closing(at: F.time("2025-04-02T10:05"), by: "asmith")
        try register.save(closed)
        let open = try register.log(try F.complaint())
        _ = try register.log(try F.complaint(account: F.otherAccount))
        // Then
        #expect(try register.open(forAccount: F.account) == [open])
        #expect(Set(try register.all(forAccount: F.account).map(\.id)) == [closed.id, open.id])
    }

    @Test func theQueueHoldsComplaintsAwaitingAReplyMostUrgentFirst_3_1a() throws {
        // Given complaints received on different days, one already answered
        let register = try F.database().complaints(calendar: F.calendar)
        let recent = try register.log(try F.complaint(receivedAt: "2025-04-17T10:30"))   // due Tue 6 May 2025
        let older = try register.log(try F.complaint(receivedAt: "2025-04-01T09:00"))    // due Tue 15 Apr 2025
        let answered = try register.log(try F.complaint(receivedAt: "2025-04-02T09:00"))
        try register.save(try F.responding(answered, at: "2025-04-03T09:00"))
        // When the supervisor looks on Thu 17 Apr 2025
        let queue = try register.queue(today: F.date("2025-04-17"))
        // Then the overdue one comes first, the answered one is not there
        #expect(queue.map(\.complaint.id) == [older.id, recent.id])
        #expect(queue.map(\.urgency) == [.overdue, .onTrack])
        #expect(queue.map(\.replyDue) == [F.date("2025-04-15"), F.date("2025-05-06")])
    }

    @Test("reports filter on the date the awaited reply is due", arguments: [
        // (due on or before, expected received dates)
        ("2025-04-16", ["2025-04-01T09:00"]),                                // overdue on 17 April
        ("2025-04-29", ["2025-04-01T09:00", "2025-04-09T09:00"]),            // due 28 April (across Easter and ANZAC Day)
        ("2025-05-06", ["2025-04-01T09:00", "2025-04-09T09:00", "2025-04-17T10:30"]),
    ])
    func reportsFilterOnTheReplyDueDate_3_1a(dueBy: String, expected: [String]) throws {
        let register = try F.database().complaints(calendar: F.calendar)
        for received in ["2025-04-17T10:30", "2025-04-01T09:00", "2025-04-09T09:00"] {
            _ = try register.log(try F.complaint(receivedAt: received))
        }
        let listed = try register.list(ComplaintListFilter(replyDueOnOrBefore: F.date(dueBy)))
        #expect(listed.map(\.receivedAt) == expected.map(F.time))
    }

    @Test func aFurtherReviewIsDue10BusinessDaysAfterItWasSought_3_2c1() throws {
        // Given a complaint answered, then sent for further review on Tue 22 Apr 2025
        let register = try F.database().complaints(calendar: F.calendar)
        var complaint = try register.log(try F.complaint(receivedAt: "2025-04-01T09:00"))
        complaint = try F.responding(complaint, at: "2025-04-03T09:00")
        complaint = try complaint.seekingFurtherReview(at: F.time("2025-04-22T09:00"), by: "asmith")
        try register.save(complaint)
        // Then it is back in the queue, due on the 10th business day after (ANZAC Day skipped)
        let entry = try #require(try register.queue(today: F.date("2025-04-22")).first)
        #expect(entry.replyDue == F.date("2025-05-07"))
        #expect(try register.list(ComplaintListFilter(replyDueOnOrBefore: F.date("2025-05-06"))).isEmpty)
    }

    @Test func listsFilterByLevelAndByTheAgentWhoLogged() throws {
        let register = try F.database().complaints(calendar: F.calendar)
        let mine = try register.log(try F.complaint(by: "asmith"))
        var theirs = try register.log(try F.complaint(by: "bnguyen"))
        theirs = try theirs.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "bnguyen")
        try register.save(theirs)
        #expect(try register.list(ComplaintListFilter(loggedBy: "asmith")) == [mine])
        #expect(try register.list(ComplaintListFilter(level: .manager)) == [theirs])
        #expect(try register.list(ComplaintListFilter(level: .teamLeader)).isEmpty)
    }
}
