import Testing
@testable import TaplineDomain

@Suite("Contact restrictions due for review")
struct ConductRestrictionsDueForReviewTests {
    /// An incident decided on 2 Mar 2026 with a restriction reviewed on `review`.
    static func restricted(_ id: String, review: String, account: String = "1234567") throws -> ConductIncident {
        let reported = try ConductFixture.walk(try ConductFixture.incident(id: id, account: account), ConductFixture.steps(to: .awaitingSupervisorReview))
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: ConductFixture.date("2026-03-02"), reviewDate: ConductFixture.date(review))
        return try ConductFixture.decide(reported, .contactRestriction(restriction))
    }

    @Test func listsThoseReviewedWithinTheWindowSoonestFirst() throws {
        // Given restrictions reviewed on various days, seen on 1 Sep 2026 with a 30-day window
        let incidents = try [
            Self.restricted("LATE", review: "2026-10-01"),     // 30 days away: included
            Self.restricted("TODAY", review: "2026-09-01"),    // today: included
            Self.restricted("FAR", review: "2026-10-02"),      // 31 days away: not yet
            Self.restricted("LAPSED", review: "2026-08-31"),   // lapsed yesterday: not active
            ConductFixture.incident(at: .decided),              // no restriction
        ]
        let due = RestrictionsDueForReview.list(incidents, today: ConductFixture.date("2026-09-01"), within: 30)
        // Then the two within the window are listed, soonest first, with days to go
        #expect(due.map(\.incidentId) == ["TODAY", "LATE"])
        #expect(due.map(\.daysUntilReview) == [0, 30])
        #expect(due.allSatisfy { !$0.customerAskedForReview })
    }

    @Test func aCustomerRequestMakesItDueNow() throws {
        let restricted = try Self.restricted("ASKED", review: "2027-03-02")
        let asked = try restricted.applying(.customerRequestedRestrictionReview(on: ConductFixture.date("2026-04-01")),
                                            at: ConductFixture.time("2026-04-01T11:00"), by: ConductFixture.otherAgent)
        let due = RestrictionsDueForReview.list([restricted, asked], today: ConductFixture.date("2026-04-02"), within: 14)
        #expect(due.map(\.incidentId) == ["ASKED"])
        #expect(due.first?.customerAskedForReview == true)
    }

    @Test func accountBannerShowsActiveRestrictionsOfThatAccountOnly() throws {
        let mine = try Self.restricted("MINE", review: "2026-09-02")
        let other = try Self.restricted("OTHER", review: "2026-09-02", account: "7654321")
        let banner = { (day: String) in
            ActiveContactRestrictions.forAccount("1234567", among: [mine, other], on: ConductFixture.date(day))
        }
        #expect(banner("2026-09-02") == [mine.currentRestriction!])
        #expect(banner("2026-09-03").isEmpty)
        #expect(banner("2026-03-01").isEmpty)
    }
}
