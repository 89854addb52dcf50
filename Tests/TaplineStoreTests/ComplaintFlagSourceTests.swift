import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Complaint badges on accounts: OPEN COMPLAINT and DISPUTED AMOUNT (Charter 3.1, 3.1(e))")
struct ComplaintFlagSourceTests {
    typealias F = ComplaintStoreFixtures

    func flags(_ database: AppDatabase, _ account: String = F.account) throws -> [AccountFlag] {
        try #require(try database.accounts.detail(account)).flags
    }

    @Test func anOpenComplaintWithADisputedAmountShowsBothBadges_3_1e() throws {
        let database = try F.database()
        _ = try database.complaints(calendar: F.calendar).log(try F.complaint(disputed: Money(dollars: 684, cents: 90)))
        #expect(try flags(database).contains(.openComplaint))
        #expect(try flags(database).contains(.disputedAmount))
        #expect(try flags(database, F.otherAccount).filter { [.openComplaint, .disputedAmount].contains($0) }.isEmpty)
    }

    @Test func aComplaintWithoutADisputedAmountShowsOnlyOpenComplaint() throws {
        let database = try F.database()
        _ = try database.complaints(calendar: F.calendar).log(try F.complaint())
        #expect(try flags(database).contains(.openComplaint))
        #expect(!(try flags(database).contains(.disputedAmount)))
    }

    @Test func aDisputeMarkedResolvedDropsTheDisputedBadgeButTheComplaintStaysOpen_3_2() throws {
        // Given a disputed complaint answered on Wed 2 Apr 2025 and resolved after 3.2(b)'s 10 business days
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        var complaint = try register.log(try F.complaint(receivedAt: "2025-04-01T09:00", disputed: Money(dollars: 100)))
        complaint = try F.responding(complaint, at: "2025-04-02T10:00")
        try register.save(complaint)
        #expect(try flags(database).contains(.disputedAmount), "still held while the customer may still seek a review")
        complaint = try complaint.resolving(at: F.time("2025-04-22T09:00"), by: "asmith", calendar: F.calendar)
        try register.save(complaint)
        // Then
        #expect(!(try flags(database).contains(.disputedAmount)))
        #expect(try flags(database).contains(.openComplaint))
    }

    @Test func aClosedComplaintShowsNoBadge() throws {
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        var complaint = try register.log(try F.complaint(disputed: Money(dollars: 100)))
        complaint = try F.responding(complaint, at: "2025-04-17T11:00")
        try register.save(try complaint.closing(at: F.time("2025-04-17T11:05"), by: "asmith"))
        #expect(try flags(database).filter { [.openComplaint, .disputedAmount].contains($0) }.isEmpty)
    }
}
