import Testing
@testable import TaplineDomain

/// Answered complaints whose dispute is unresolved are listed with what each waits on (Charter 3.1(e), 3.2).
@Suite("Open disputes queue (Charter 3.1(e), 3.2)")
struct ComplaintDisputeQueueTests {
    typealias F = ComplaintFixtures
    static let supervisor = ComplaintResponder(user: "proe", name: "Pat Roe", role: .supervisor)

    func numbered(_ complaint: Complaint, _ id: String) -> Complaint {
        var copy = complaint
        copy.id = id
        return copy
    }

    @Test func anAnsweredComplaintWithAnOpenClaimIsListedWithWhatItWaitsOn_3_2() throws {
        // Given a Team Leader decision, then an EWOV claim lodged: no reply is awaited
        let lodged = try F.logged().escalated(to: .teamLeader, at: F.time("2026-03-03T09:00"), by: "ajones")
            .responding(at: F.time("2026-03-04T10:00"), by: Self.supervisor, text: "Upheld", reasons: "Readings agree")
            .claimLodged(with: .ewov, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones")
        #expect(ComplaintQueue.entries([lodged], today: F.date("2026-06-01"), calendar: F.calendar).isEmpty)
        // Then the disputes queue lists it, with the amount held and the claim it waits on
        let entries = DisputeQueue.entries([lodged], today: F.date("2026-06-01"), calendar: F.calendar)
        #expect(entries.count == 1)
        #expect(entries.first?.held == Money(dollars: 250))
        #expect(entries.first?.waitingOnText == "EWOV claim lodged Mon 9 Mar 2026 (3.2(c)(2))")
    }

    @Test func theTenBusinessDaysAfterADecisionAreWhatItWaitsOn_3_2b() throws {
        let answered = try F.responded()
        let entry = try #require(DisputeQueue.entry(answered, today: F.date("2026-03-10"), calendar: F.calendar))
        #expect(entry.waitingOnText == "10 business days to Thu 19 Mar 2026 (3.2(b))")
        #expect(entry.held == Money(dollars: 250))
    }

    @Test func aDisputeThatMetTheCharterButIsNotMarkedResolvedIsReadyToResolve_3_2() throws {
        let entry = try #require(DisputeQueue.entry(try F.responded(), today: F.date("2026-03-20"), calendar: F.calendar))
        #expect(entry.resolvableSince == F.date("2026-03-20"))
        #expect(entry.waitingOnText == "ready to mark resolved (d), since Fri 20 Mar 2026 (3.2)")
    }

    @Test func resolvedComplaintsAndClosedOnesHoldingNothingAreLeftOut_3_2() throws {
        let resolved = try F.responded().resolving(at: F.time("2026-03-20T10:00"), by: "ajones", calendar: F.calendar)
        #expect(DisputeQueue.entry(resolved, today: F.date("2026-03-20"), calendar: F.calendar) == nil)
        // A closed complaint with nothing disputed, in its 10 days: nothing held, nothing to do
        let closed = try F.responded(disputed: nil).closing(at: F.time("2026-03-05T10:00"), by: "ajones")
        #expect(DisputeQueue.entry(closed, today: F.date("2026-03-06"), calendar: F.calendar) == nil)
        // A closed complaint whose disputed amount is still held stays listed (3.2(b) runs on after closing)
        let closedHolding = try F.responded().closing(at: F.time("2026-03-05T10:00"), by: "ajones")
        #expect(DisputeQueue.entry(closedHolding, today: F.date("2026-03-06"), calendar: F.calendar)?.held == Money(dollars: 250))
        // An open complaint without a disputed amount is only in the reply queue
        #expect(DisputeQueue.entry(try F.logged(disputed: nil), today: F.date("2026-03-06"), calendar: F.calendar) == nil)
    }

    @Test func whatAStoreKeepsAsACandidateIsEverythingTheQueueCanListAndNoUnansweredComplaint_3_1e_3_2() throws {
        let unanswered = try F.logged(disputed: nil)
        let claimBeforeAnswer = try unanswered.claimLodged(with: .ewov, on: F.date("2026-03-04"), at: F.time("2026-03-04T09:00"), by: "ajones")
        let resolved = try F.responded().resolving(at: F.time("2026-03-20T10:00"), by: "ajones", calendar: F.calendar)
        let closedNothingDisputed = try F.responded(disputed: nil).closing(at: F.time("2026-03-05T10:00"), by: "ajones")
        let closedHolding = try F.responded().closing(at: F.time("2026-03-05T10:00"), by: "ajones")
        let cases: [(Complaint, Bool)] = [
            (unanswered, false), (try F.logged(), true), (claimBeforeAnswer, true), (try F.responded(), true),
            (resolved, false), (closedNothingDisputed, false), (closedHolding, true),
        ]
        for (complaint, candidate) in cases {
            #expect(DisputeQueue.mayList(complaint) == candidate, "\(complaint.status)")
        }
        // Whatever the day, the queue lists only candidates
        for day in stride(from: 0, through: 40, by: 5).map({ F.date("2026-03-01").adding(days: $0) }) {
            for (complaint, candidate) in cases where DisputeQueue.entry(complaint, today: day, calendar: F.calendar) != nil {
                #expect(candidate, "listed on \(day.iso) but not a candidate: \(complaint.status)")
            }
        }
    }

    @Test func readyToResolveComesFirstThenReviewsThenClaimsThenWaiting_3_2() throws {
        let ready = numbered(try F.responded(), "C-1")
        let waiting = numbered(try F.logged(receivedAt: "2026-03-16T09:00")
            .responding(at: F.time("2026-03-17T10:00"), by: "ajones", text: "No", reasons: "Checked"), "C-2")
        let review = numbered(try F.responded().seekingFurtherReview(at: F.time("2026-03-10T09:00"), by: "ajones"), "C-3")
        let claim = numbered(try F.responded().claimLodged(with: .vcat, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones"), "C-4")
        let undecided = numbered(try F.logged(receivedAt: "2026-03-18T09:00"), "C-5")
        let order = DisputeQueue.entries([undecided, waiting, claim, review, ready], today: F.date("2026-03-20"), calendar: F.calendar)
            .map(\.complaint.id)
        #expect(order == ["C-1", "C-3", "C-4", "C-2", "C-5"])
    }
}

/// One name for each level, and the right article before a forum (issue: "a EWOV claim").
@Suite("Complaint words: level names and articles")
struct ComplaintWordsTests {
    typealias F = ComplaintFixtures

    @Test func theFirstLevelHasOneNameShortenedNotRenamed_3_1d1() {
        #expect(EscalationLevel.frontline.title == "Customer Service Officer")
        #expect(EscalationLevel.frontline.shortTitle == "CS Officer")
        #expect(EscalationLevel.allCases.allSatisfy { $0.shortTitle.count <= 11 })
    }

    @Test func anEWOVClaimTakesAn_3_2() {
        let lodged = F.date("2026-03-09")
        #expect(ComplaintRefusal.claimOpen(forum: .ewov, lodgedOn: lodged).message.hasPrefix("an EWOV claim lodged"))
        #expect(ComplaintRefusal.claimAlreadyOpen(forum: .ewov, lodgedOn: lodged).message.hasPrefix("an EWOV claim lodged"))
        #expect(ComplaintRefusal.claimOpen(forum: .vcat, lodgedOn: lodged).message.hasPrefix("a VCAT claim lodged"))
        #expect(UnresolvedReason.claimOpen(forum: .ewov, lodgedOn: lodged).message.hasPrefix("an EWOV claim lodged"))
        #expect(ExternalForum.allCases.map(\.withArticle) == ["an EWOV", "a VCAT", "a CAV"])
    }
}
