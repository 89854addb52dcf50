import Testing
@testable import TaplineDomain

/// Claims lodged with EWOV, VCAT or CAV (Charter 3.1(d)(2), 3.2).
@Suite("Complaint external claims (Charter 3.2)")
struct ComplaintExternalClaimsTests {
    typealias F = ComplaintFixtures

    @Test func lodgesAndFinalisesAClaim_3_2() throws {
        let lodged = try F.responded().claimLodged(with: .ewov, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones")
        #expect(lodged.externalClaim == .lodged(forum: .ewov, on: F.date("2026-03-09")))
        #expect(lodged.externalClaim.isOpen)
        let finalised = try lodged.claimFinalised(on: F.date("2026-05-01"), at: F.time("2026-05-01T16:00"), by: "ajones")
        #expect(finalised.externalClaim == .finalised(forum: .ewov, lodgedOn: F.date("2026-03-09"), finalisedOn: F.date("2026-05-01")))
        #expect(!finalised.externalClaim.isOpen)
        #expect(finalised.externalClaim.forum == .ewov)
        #expect(finalised.timeline.suffix(2).map(\.kind) == [.claimLodged(forum: .ewov, on: F.date("2026-03-09")),
                                                             .claimFinalised(forum: .ewov, on: F.date("2026-05-01"))])
    }

    @Test func refusesASecondOpenClaim_3_2() throws {
        let lodged = try F.responded().claimLodged(with: .vcat, on: F.date("2026-03-09"), at: F.time("2026-03-10T09:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.claimAlreadyOpen(forum: .vcat, lodgedOn: F.date("2026-03-09"))) {
            try lodged.claimLodged(with: .ewov, on: F.date("2026-03-10"), at: F.time("2026-03-10T10:00"), by: "ajones")
        }
    }

    @Test func refusesFinalisingWithNoOpenClaim() throws {
        #expect(throws: ComplaintRefusal.noOpenClaim) {
            try F.responded().claimFinalised(on: F.date("2026-03-10"), at: F.time("2026-03-10T10:00"), by: "ajones")
        }
    }

    @Test("refuses claim dates outside the complaint", arguments: [
        "2026-03-01",  // before receipt
        "2026-03-11",  // after the time it is recorded
    ])
    func refusesClaimDatesOutsideTheComplaint(iso: String) throws {
        #expect(throws: ComplaintRefusal.claimDateOutOfRange(F.date(iso))) {
            try F.responded().claimLodged(with: .cav, on: F.date(iso), at: F.time("2026-03-10T09:00"), by: "ajones")
        }
    }

    @Test func aClaimAfterClosingReopensTheDispute_3_2() throws {
        // Given a closed complaint, when the customer goes to EWOV afterwards
        let closed = try F.responded().closing(at: F.time("2026-03-05T09:00"), by: "ajones")
        let lodged = try closed.claimLodged(with: .ewov, on: F.date("2026-04-01"), at: F.time("2026-04-01T09:00"), by: "ajones")
        // Then it is no longer closed, and the disputed amount is held again
        #expect(lodged.status == .responded(at: F.time("2026-03-04T10:00")))
        #expect(lodged.collectionHold(today: F.date("2026-04-02"), calendar: F.calendar) == Money(dollars: 250))
    }

    @Test func ewovContactDetailsMatchPartD() {
        #expect(ExternalForum.ewovTelephone == "1800 500 509")
        #expect(ExternalForum.ewovPostalAddress == ["GPO Box 469", "Melbourne VIC 3001"])
        #expect(ExternalForum.ewov.displayName == "Energy and Water Ombudsman (Victoria)")
    }
}
