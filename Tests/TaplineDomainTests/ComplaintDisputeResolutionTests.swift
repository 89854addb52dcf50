import Testing
@testable import TaplineDomain

/// Charter 3.2: when a dispute counts as resolved, and so when a disputed amount stops being held (3.1(e), 7.2(e)).
@Suite("Dispute resolution (Charter 3.2)")
struct ComplaintDisputeResolutionTests {
    typealias F = ComplaintFixtures

    @Test func notResolvedBeforeADecision_3_2a() throws {
        let open = try F.logged()
        #expect(DisputeResolution.isResolved(open, today: F.date("2026-12-31"), calendar: F.calendar) == .notResolved([.noDecisionTold]))
        #expect(open.collectionHold(today: F.date("2026-12-31"), calendar: F.calendar) == Money(dollars: 250))
    }

    @Test("resolved only after the 10th business day since the decision has ended", arguments: [
        // Decision Wed 4 Mar 2026; Labour Day (Mon 9 Mar) does not count; 10th business day Thu 19 Mar
        ("2026-03-04", false),
        ("2026-03-18", false),
        ("2026-03-19", false),
        ("2026-03-20", true),
        ("2026-06-01", true),
    ])
    func resolvedTenBusinessDaysAfterDecision_3_2b(today: String, resolved: Bool) throws {
        // Given a decision told on Wed 4 Mar and nothing since
        let answered = try F.responded()
        // When asked on `today`
        let result = DisputeResolution.isResolved(answered, today: F.date(today), calendar: F.calendar)
        // Then it is resolved from Fri 20 Mar, and the hold lasts until then
        #expect(result == (resolved ? .resolved(since: F.date("2026-03-20"))
                                    : .notResolved([.waitingPeriod(lastDay: F.date("2026-03-19"))])))
        #expect(answered.collectionHold(today: F.date(today), calendar: F.calendar) == (resolved ? nil : Money(dollars: 250)))
    }

    @Test func furtherReviewKeepsItUnresolved_3_2c1() throws {
        let review = try F.responded().escalated(to: .teamLeader, at: F.time("2026-03-10T09:00"), by: "ajones")
        let result = DisputeResolution.isResolved(review, today: F.date("2026-12-31"), calendar: F.calendar)
        #expect(result == .notResolved([.furtherReviewSought(since: F.time("2026-03-10T09:00"))]))
    }

    @Test func theDecisionOnReviewRestartsTheTenDays_3_2b() throws {
        // Given a review answered on Thu 12 Mar: 10 business days end Thu 26 Mar
        let reviewed = try F.responded()
            .escalated(to: .teamLeader, at: F.time("2026-03-10T09:00"), by: "ajones")
            .responding(at: F.time("2026-03-12T14:00"), by: ComplaintResponder(user: "bsmith", role: .supervisor),
                        text: "Upheld", reasons: "Readings confirmed")
        #expect(DisputeResolution.isResolved(reviewed, today: F.date("2026-03-26"), calendar: F.calendar)
                == .notResolved([.waitingPeriod(lastDay: F.date("2026-03-26"))]))
        #expect(DisputeResolution.isResolved(reviewed, today: F.date("2026-03-27"), calendar: F.calendar)
                == .resolved(since: F.date("2026-03-27")))
    }

    @Test func neverResolvedWhileAClaimIsOpen_3_2c2() throws {
        let lodged = try F.responded().claimLodged(with: .ewov, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones")
        for today in ["2026-03-20", "2026-12-31", "2030-01-01"] {
            #expect(DisputeResolution.isResolved(lodged, today: F.date(today), calendar: F.calendar)
                    == .notResolved([.claimOpen(forum: .ewov, lodgedOn: F.date("2026-03-09"))]))
            #expect(lodged.collectionHold(today: F.date(today), calendar: F.calendar) == Money(dollars: 250))
        }
    }

    @Test func resolvedTheDayAfterAClaimIsFinalised_3_2() throws {
        let finalised = try F.responded()
            .claimLodged(with: .ewov, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones")
            .claimFinalised(on: F.date("2026-05-01"), at: F.time("2026-05-01T16:00"), by: "ajones")
        #expect(DisputeResolution.isResolved(finalised, today: F.date("2026-05-01"), calendar: F.calendar)
                == .notResolved([.claimFinalisedToday(F.date("2026-05-01"))]))
        #expect(DisputeResolution.isResolved(finalised, today: F.date("2026-05-02"), calendar: F.calendar)
                == .resolved(since: F.date("2026-05-02")))
    }

    @Test func aClaimFinalisedEarlyStillWaitsTheTenDays_3_2b() throws {
        let finalised = try F.responded()
            .claimLodged(with: .cav, on: F.date("2026-03-05"), at: F.time("2026-03-05T09:00"), by: "ajones")
            .claimFinalised(on: F.date("2026-03-10"), at: F.time("2026-03-10T16:00"), by: "ajones")
        #expect(!DisputeResolution.isResolved(finalised, today: F.date("2026-03-19"), calendar: F.calendar).isResolved)
        #expect(DisputeResolution.isResolved(finalised, today: F.date("2026-03-20"), calendar: F.calendar)
                == .resolved(since: F.date("2026-03-20")))
    }

    @Test func listsEveryReasonAtOnce_3_2() throws {
        let review = try F.responded()
            .claimLodged(with: .vcat, on: F.date("2026-03-05"), at: F.time("2026-03-05T09:00"), by: "ajones")
            .seekingFurtherReview(at: F.time("2026-03-05T10:00"), by: "ajones")
        guard case .notResolved(let reasons) = DisputeResolution.isResolved(review, today: F.date("2026-03-06"), calendar: F.calendar) else {
            Issue.record("expected not resolved")
            return
        }
        #expect(reasons == [.waitingPeriod(lastDay: F.date("2026-03-19")),
                            .furtherReviewSought(since: F.time("2026-03-05T10:00")),
                            .claimOpen(forum: .vcat, lodgedOn: F.date("2026-03-05"))])
        #expect(reasons.allSatisfy { $0.message.contains("Charter 3.2") })
    }

    @Test func nothingIsHeldWithoutADisputedAmount_3_1e() throws {
        let open = try F.logged(disputed: nil)
        #expect(open.collectionHold(today: F.date("2026-03-03"), calendar: F.calendar) == nil)
    }

    /// A store compares decision days with this date instead of applying the calendar: it must
    /// agree with counting 10 business days from each decision, across weekends and Easter.
    @Test(arguments: ["2025-04-14", "2025-04-18", "2025-04-22", "2025-04-26", "2025-05-05", "2026-01-02", "2026-03-20"])
    func theEarliestDecisionStillWaitingAgreesWithCountingTenBusinessDays_3_2b(today iso: String) throws {
        let today = F.date(iso)
        let from = DisputeResolution.earliestDecisionStillWaiting(today: today, calendar: F.calendar)
        for offset in -40...0 {
            let decided = today.adding(days: offset)
            let lastDay = F.calendar.adding(businessDays: DisputeResolution.waitingBusinessDays, to: decided)
            #expect((decided >= from) == (today <= lastDay), "decided \(decided.iso), today \(iso)")
        }
    }
}
