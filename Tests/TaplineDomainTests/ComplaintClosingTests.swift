import Testing
@testable import TaplineDomain

/// Closing a complaint and marking a dispute resolved (Charter 3.1, 3.2).
@Suite("Complaint closing")
struct ComplaintClosingTests {
    typealias F = ComplaintFixtures

    @Test func closesAfterAResponse() throws {
        let closed = try F.responded().closing(at: F.time("2026-03-05T09:00"), by: "ajones", note: "customer accepted")
        #expect(closed.status == .closed(at: F.time("2026-03-05T09:00")))
        #expect(closed.timeline.last?.kind == .closed)
        #expect(closed.timeline.last?.note == "customer accepted")
    }

    @Test func refusesClosingWithoutAResponse_3_1c() throws {
        #expect(throws: ComplaintRefusal.noResponseYet) {
            try F.logged().closing(at: F.time("2026-03-05T09:00"), by: "ajones")
        }
    }

    @Test func refusesClosingWhileAReviewIsPending_3_2c1() throws {
        let review = try F.responded().seekingFurtherReview(at: F.time("2026-03-05T09:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.reviewPending(since: F.time("2026-03-05T09:00"))) {
            try review.closing(at: F.time("2026-03-06T09:00"), by: "ajones")
        }
    }

    @Test func refusesClosingWhileAClaimIsOpen_3_2() throws {
        let lodged = try F.responded().claimLodged(with: .ewov, on: F.date("2026-03-05"), at: F.time("2026-03-05T09:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.claimOpen(forum: .ewov, lodgedOn: F.date("2026-03-05"))) {
            try lodged.closing(at: F.time("2026-03-06T09:00"), by: "ajones")
        }
    }

    @Test func closedComplaintsRefuseFurtherChanges() throws {
        let closed = try F.responded().closing(at: F.time("2026-03-05T09:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.closed) {
            try closed.escalated(to: .manager, at: F.time("2026-03-06T09:00"), by: "ajones")
        }
        #expect(throws: ComplaintRefusal.closed) {
            try closed.responding(at: F.time("2026-03-06T09:00"), by: "ajones", text: "x", reasons: "y")
        }
    }

    @Test func closingDoesNotEndTheHoldEarly_3_1e() throws {
        // Closed the day after the decision, the amount stays held for the 10 business days of 3.2(b)
        let closed = try F.responded().closing(at: F.time("2026-03-05T09:00"), by: "ajones")
        #expect(closed.collectionHold(today: F.date("2026-03-19"), calendar: F.calendar) == Money(dollars: 250))
        #expect(closed.collectionHold(today: F.date("2026-03-20"), calendar: F.calendar) == nil)
    }

    @Test func resolvesOnlyWhenTheCharterSaysSo_3_2() throws {
        let answered = try F.responded()
        #expect(throws: ComplaintRefusal.notResolved([.waitingPeriod(lastDay: F.date("2026-03-19"))])) {
            try answered.resolving(at: F.time("2026-03-19T17:00"), by: "ajones", calendar: F.calendar)
        }
        let resolved = try answered.resolving(at: F.time("2026-03-20T09:00"), by: "ajones", calendar: F.calendar)
        #expect(resolved.status == .resolved(on: F.date("2026-03-20")))
        #expect(resolved.timeline.last?.kind == .resolved)
        // A later escalation reopens it as a further review
        let reopened = try resolved.escalated(to: .manager, at: F.time("2026-03-25T09:00"), by: "ajones")
        #expect(reopened.status == .furtherReviewSought(at: F.time("2026-03-25T09:00")))
    }

    @Test func everyRefusalHasAMessage() {
        let refusals: [ComplaintRefusal] = [
            .missingAccountNumber, .missingDescription, .missingAgent, .disputedAmountNotPositive(.zero),
            .loggedBeforeReceipt(received: F.time("2026-03-02T09:00")), .earlierThanLastEvent(F.time("2026-03-02T09:00")),
            .closed, .notAHigherLevel(current: .manager, requested: .frontline), .nothingToReview,
            .missingResponseText, .missingReasons, .alreadyDecided,
            .promisedDateTooEarly(promised: F.date("2026-03-02"), notice: F.date("2026-03-02")),
            .claimAlreadyOpen(forum: .ewov, lodgedOn: F.date("2026-03-02")), .noOpenClaim,
            .claimDateOutOfRange(F.date("2026-03-02")), .noResponseYet, .reviewPending(since: F.time("2026-03-02T09:00")),
            .claimOpen(forum: .vcat, lodgedOn: F.date("2026-03-02")), .notResolved([.noDecisionTold]), .letterDetailsRequired,
        ]
        #expect(Set(refusals.map(\.message)).count == refusals.count)
        #expect(ComplaintRefusal.notAHigherLevel(current: .manager, requested: .teamLeader).message.contains("3.1(d)(1)"))
    }
}
