import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

/// The register enforces the complaint rules itself, whatever front end saves (Charter 3.1(d)(1), 3.1(e), 3.2).
@Suite("Complaints register: deciders, the disputed amount bound and open disputes")
struct ComplaintRulesInTheStoreTests {
    typealias F = ComplaintStoreFixtures

    // MARK: - Disputed amount (3.1(e))

    @Test func aDisputedAmountAboveTheBalanceIsNotLogged_3_1e() throws {
        // Given John Smith's account owing $2,016.80
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        #expect(try register.amountOwed(onAccount: F.account) == F.owed)
        // When a complaint disputing $50,000 reaches the register (the domain was told a bigger balance)
        let inflated = try Complaint.log(accountNumber: F.account, receivedAt: F.time("2025-04-17T10:30"), channel: .phone,
                                         category: .disputedAmount, description: "Bill wrong", disputedAmount: Money(dollars: 50_000),
                                         amountOwed: Money(dollars: 60_000), loggedBy: "asmith", calendar: F.calendar)
        // Then the register refuses it against the stored balance, and nothing is saved
        #expect(throws: ComplaintRefusal.disputedAmountExceedsOwed(amount: Money(dollars: 50_000), owed: F.owed)) {
            try register.log(inflated)
        }
        #expect(try register.all(forAccount: F.account).isEmpty)
        // And the whole balance may be disputed
        #expect(try register.log(try F.complaint(disputed: F.owed)).disputedAmount == F.owed)
    }

    // MARK: - Deciders (3.1(d)(1))

    @Test func anAgentsOwnDecisionAtGeneralManagerLevelIsNotSaved_3_1d1() throws {
        // Given a complaint escalated to the General Manager
        let register = try F.database().complaints(calendar: F.calendar)
        let logged = try register.log(try F.complaint())
        let escalated = try register.save(try logged.escalated(to: .generalManager, at: F.time("2025-04-17T11:00"), by: "asmith"))
        // When an agent saves a decision her copy says a supervisor made on the GM's behalf
        let claimed = try F.responding(escalated, at: "2025-04-17T12:00", by: "asmith", role: .supervisor)
        // Then the register refuses it for an agent, and nothing is saved
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(.generalManager, role: .agent)) {
            try register.save(claimed, role: .agent)
        }
        #expect(try register.complaint(logged.id)?.responses.isEmpty == true)
        // But a supervisor saving the same decision is recorded, on the GM's behalf
        let saved = try register.save(claimed, role: .supervisor)
        #expect(saved.latestResponse?.decidedBy == "asmith, supervisor, on behalf of the General Manager")
    }

    @Test func aConfiguredHolderDecidesInTheirOwnNameAndAFalseClaimIsRefused_3_1d1() throws {
        // Given Sam Lee configured as the Manager
        let database = try F.database()
        let register = database.complaints(calendar: F.calendar)
        try register.setDecider("slee", name: "Sam Lee", level: .manager, by: "admin", at: F.time("2025-04-01T09:00"))
        #expect(try register.responder(user: "slee", role: .supervisor)
                == ComplaintResponder(user: "slee", name: "Sam Lee", role: .supervisor, holds: .manager))
        #expect(try register.deciders().map(\.user) == ["slee"])
        let logged = try register.log(try F.complaint())
        let escalated = try register.save(try logged.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith"))
        // When Sam Lee records the Manager's decision
        let decided = try escalated.responding(at: F.time("2025-04-17T12:00"), by: try register.responder(user: "slee", role: .supervisor),
                                               text: "Credit of $100", reasons: "The estimate was high.")
        #expect(try register.save(decided, role: .supervisor).latestResponse?.decidedBy == "Sam Lee, Manager")
        // And a copy in which someone claims to hold the level without the register saying so is refused
        let second = try register.log(try F.complaint(account: F.otherAccount))
        let secondEscalated = try register.save(try second.escalated(to: .manager, at: F.time("2025-04-17T11:00"), by: "asmith"))
        let pretender = try secondEscalated.responding(at: F.time("2025-04-17T12:00"),
                                                 by: ComplaintResponder(user: "proe", name: "Pat Roe", role: .supervisor, holds: .manager),
                                                 text: "Credit", reasons: "High")
        #expect(throws: ComplaintStoreError.deciderNotRecognised(number: second.id, recorded: "Pat Roe, Manager",
                                                                  expected: "proe, supervisor, on behalf of the Manager")) {
            try register.save(pretender, role: .supervisor)
        }
        // Setting a decider is audited
        #expect(try database.audit.entries(by: "admin").contains { $0.detail == "complaint decider slee: Sam Lee, holds Manager" })
    }

    // MARK: - Open disputes (3.1(e), 3.2)

    @Test func anAnsweredComplaintWithAnOpenEWOVClaimIsInTheDisputesQueue_3_2() throws {
        // Given a complaint answered at Team Leader level, then an EWOV claim lodged
        let register = try F.database().complaints(calendar: F.calendar)
        var complaint = try register.log(try F.complaint(disputed: Money(dollars: 684, cents: 90)))
        complaint = try complaint.escalated(to: .teamLeader, at: F.time("2025-04-22T09:00"), by: "bnguyen")
        complaint = try F.responding(complaint, at: "2025-04-23T14:00", by: "bnguyen", role: .supervisor)
        complaint = try complaint.claimLodged(with: .ewov, on: F.date("2025-04-28"), at: F.time("2025-04-28T10:00"), by: "asmith")
        try register.save(complaint, role: .supervisor)
        // Then no reply queue holds it, but the disputes queue does, with what it waits on
        #expect(try register.queue(today: F.date("2025-06-02")).isEmpty)
        let disputes = try register.disputes(DisputeQueueQuery(today: F.date("2025-06-02"), calendar: F.calendar)).entries
        #expect(disputes.map(\.complaint.id) == [complaint.id])
        #expect(disputes.first?.held == Money(dollars: 684, cents: 90))
        #expect(disputes.first?.waitingOnText == "EWOV claim lodged Mon 28 Apr 2025 (3.2(c)(2))")
    }
}
