import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 1, one behaviour on both stores: a call is recorded with its wrap-up, on an
/// account or on none, audited; an account's contacts list newest first with their reasons and
/// outcomes; calls are searched by day and reason; what an agent did on the call is read from
/// their own audit entries — on PostgreSQL as an agent's own login, so the grants are proved.
@Suite("Call records contract: SQLite and PostgreSQL alike")
struct CallRecordsContractTests {
    typealias F = StoreFixtures
    typealias Store = AccountsStore & CallRecordsStore

    struct World {
        let setup: any Store
        let agent: (name: String, store: any Store)
    }

    static func world(_ kind: StoreKind) throws -> World {
        let accounts = [F.account("1000000001", "Zoë Ng", address: F.address("18 Evans Street", "Sunbury", "3429")),
                        F.account("1000000002", "Ken Ng", address: F.address("3 Main Street", "Sunbury", "3429"))]
        switch kind {
        case .sqlite:
            let store = try TestStores.sqlite()
            for account in accounts { _ = try store.createAccount(account, by: "setup", at: F.morning) }
            return World(setup: store, agent: ("asmith", store))
        case .postgres:
            let store = try TestStores.postgres()
            for account in accounts { _ = try store.createAccount(account, by: "setup", at: F.morning) }
            let name = TestLogins()("asmith")
            try AreaStoreFixtures.retryingRoleRace {
                try store.withConnection { try $0.ensureLogin(name, in: "agent") }
            }
            return World(setup: store, agent: (name, try store.actingAs(name)))
        }
    }

    static func call(_ agent: String, at start: LocalDateTime, minutes: Int = 9, reason: String = "billing-enquiry",
                     outcome: String = "resolved-on-the-call", summary: String = "Explained the bill.", done: [String] = []) -> Interaction {
        Interaction(channel: .phone, at: start, agent: agent, summary: summary, reason: reason, outcome: outcome,
                    endedAt: LocalDateTime(date: start.date, hour: start.hour, minute: start.minute + minutes), done: done)
    }

    static func day(_ offset: Int, _ hour: Int = 10) -> LocalDateTime {
        LocalDateTime(date: F.today.adding(days: offset), hour: hour, minute: 15)
    }

    @Test(arguments: StoreKind.allCases)
    func aCallIsRecordedWithItsWrapUpAndTheAccountListsItsContactsNewestFirst(kind: StoreKind) throws {
        // Given an agent who took two calls on the account
        let world = try Self.world(kind)
        let agent = world.agent
        let first = Self.call(agent.name, at: F.at(10), done: ["note added"])
        let second = Self.call(agent.name, at: F.at(11), reason: "hardship", outcome: "follow-up-needed", summary: "Lost work; assess next week.",
                               done: ["note added", "complaint C-2025-000001 logged (Billing)"])
        try agent.store.recordCall(first, on: "1000000001")
        try agent.store.recordCall(second, on: "1000000001")
        // Then the account's contacts are both, newest first, whole
        let detail = try #require(try agent.store.detail("1000000001"))
        #expect(detail.interactions == [second, first])
        #expect(try agent.store.calls(CallSearch(accountNumber: "1000000001")) ==
                [CallRecord(accountNumber: "1000000001", interaction: second), CallRecord(accountNumber: "1000000001", interaction: first)])
        #expect(try agent.store.calls(CallSearch(accountNumber: "1000000002")).isEmpty)
        // And each is audited in the agent's name, with its codes
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.action == .interactionRecorded && entry.who == agent.name)
        #expect(entry.detail == "phone: hardship, follow-up-needed")
    }

    @Test(arguments: StoreKind.allCases)
    func aCallerNeverIdentifiedIsRecordedOnNoAccount(kind: StoreKind) throws {
        let world = try Self.world(kind)
        let agent = world.agent
        let call = Self.call(agent.name, at: F.at(12), reason: "other", outcome: "caller-hung-up", summary: "Would not give a name.")
        try agent.store.recordCall(call, on: nil)
        #expect(try agent.store.calls(CallSearch()) == [CallRecord(accountNumber: nil, interaction: call)])
        #expect(try world.setup.detail("1000000001")?.interactions.isEmpty == true)
    }

    @Test(arguments: StoreKind.allCases)
    func callsAreSearchedByDayInclusiveAndByReason(kind: StoreKind) throws {
        // Given calls on three days, two reasons, on both accounts and none
        let world = try Self.world(kind)
        let agent = world.agent
        let monday = Self.call(agent.name, at: Self.day(0, 9), reason: "moving")
        let tuesday = Self.call(agent.name, at: Self.day(1, 23), reason: "billing-enquiry")
        let wednesday = Self.call(agent.name, at: Self.day(2, 0), reason: "moving")
        try agent.store.recordCall(monday, on: "1000000001")
        try agent.store.recordCall(tuesday, on: "1000000002")
        try agent.store.recordCall(wednesday, on: nil)
        let all = [CallRecord(accountNumber: nil, interaction: wednesday), CallRecord(accountNumber: "1000000002", interaction: tuesday),
                   CallRecord(accountNumber: "1000000001", interaction: monday)]
        // Then each search lists what the domain's CallSearch matches, newest first
        let searches = [CallSearch(), CallSearch(from: F.today.adding(days: 1)), CallSearch(to: F.today.adding(days: 1)),
                        CallSearch(from: F.today.adding(days: 1), to: F.today.adding(days: 1)), CallSearch(reason: "moving"),
                        CallSearch(accountNumber: "1000000001", reason: "moving"), CallSearch(from: F.today, reason: "billing-enquiry"),
                        CallSearch(limit: 1)]
        for search in searches {
            let expected = Array(all.filter { search.matches(accountNumber: $0.accountNumber, $0.interaction) }.prefix(search.limit))
            #expect(try agent.store.calls(search) == expected, "\(search)")
        }
        #expect(try agent.store.calls(CallSearch(from: F.today.adding(days: 1), to: F.today.adding(days: 1))).map(\.interaction) == [tuesday],
                "a call at 23:15 is on its day")
    }

    @Test(arguments: StoreKind.allCases)
    func whatWasDoneIsTheAgentsOwnChangesOnTheAccountSinceTheCallStarted(kind: StoreKind) throws {
        // Given an agent who opened the account for a call and added a note, and a note from before
        let world = try Self.world(kind)
        let agent = world.agent
        try agent.store.addNote(Note(text: "Earlier call", agent: agent.name, at: F.at(9)), to: "1000000001")
        _ = try agent.store.open("1000000001", by: agent.name, at: F.at(10))
        try agent.store.addNote(Note(text: "Asked about the bill", agent: agent.name, at: F.at(10, 5)), to: "1000000001")
        try world.setup.addNote(Note(text: "Someone else's", agent: "setup", at: F.at(10, 6)), to: "1000000001")
        // Then what was done on the call is the one note, not the view, nor anyone else's
        #expect(try agent.store.callActivity(on: "1000000001", by: agent.name, since: F.at(10)) == ["note added"])
    }
}
