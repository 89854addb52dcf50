import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 2 and issue 12 item 3, one behaviour on both stores: an agent corrects a
/// customer's contact details; the lookup follows at once, the audit trail says old → new,
/// a save based on a stale copy is refused naming who saved since, and nothing is half-saved.
@Suite("Contact details contract: SQLite and PostgreSQL alike")
struct ContactDetailsContractTests {
    typealias F = StoreFixtures

    /// Two agents on one store with one account (Zoë Ng, 0491 570 156), each working as
    /// themselves: on PostgreSQL a login of their own in tapline_agent, so the grants an agent
    /// has are the ones proved.
    struct World {
        let setup: any AccountsStore
        let first: (name: String, store: any AccountsStore)
        let second: (name: String, store: any AccountsStore)
    }

    static func world(_ kind: StoreKind) throws -> World {
        let account = F.account("1000000001", "Zoë Ng", phone: "0491 570 156", email: "zoe.ng@example.com",
                                address: F.address("18 Evans Street", "Sunbury", "3429"),
                                others: [Customer(name: "水野健", isPrimary: false)])
        switch kind {
        case .sqlite:
            let store = try TestStores.sqlite()
            _ = try store.createAccount(account, by: "setup", at: F.morning)
            return World(setup: store, first: ("asmith", store), second: ("bnguyen", store))
        case .postgres:
            let store = try TestStores.postgres()
            _ = try store.createAccount(account, by: "setup", at: F.morning)
            let logins = TestLogins()
            let names = [logins("asmith"), logins("bnguyen")]
            try AreaStoreFixtures.retryingRoleRace {
                try store.withConnection { connection in for name in names { try connection.ensureLogin(name, in: "agent") } }
            }
            return World(setup: store, first: (names[0], try store.actingAs(names[0])), second: (names[1], try store.actingAs(names[1])))
        }
    }

    private func numbers(_ store: any AccountsStore, _ query: String) throws -> [String] {
        try store.search(query, limit: 50).rows.map(\.accountNumber)
    }

    @Test(arguments: StoreKind.allCases)
    func aNewPhoneFindsTheAccountAtOnceAndTheOldOneNoLonger(kind: StoreKind) throws {
        // Given an agent who read the account
        let world = try Self.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        #expect(try numbers(agent.store, "0491570156") == ["1000000001"])
        // When they save a new phone and a corrected name for the second holder
        var details = ContactDetails(of: read)
        details.people[0].phone = "0499 111 222"
        details.people[1].name = "水野 健太"
        let saved = try agent.store.updateContactDetails(details, of: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        // Then the account is saved one version on, and the lookup follows at once
        #expect(saved.version == read.version + 1)
        #expect(saved.customers[0].phone == "0499 111 222" && saved.customers[1].name == "水野 健太")
        #expect(try numbers(agent.store, "0499111222") == ["1000000001"])
        #expect(try numbers(agent.store, "0499 111 222") == ["1000000001"])
        #expect(try numbers(agent.store, "0491570156").isEmpty, "the old number no longer finds it")
        #expect(try numbers(agent.store, "健太") == ["1000000001"])
        #expect(try numbers(agent.store, "zoe") == ["1000000001"], "what did not change still finds it")
        // And the audit trail says who, and old → new, in the session's name on PostgreSQL
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.action == .changed && entry.who == agent.name)
        #expect(entry.detail == "contact details: phone 0491 570 156 → 0499 111 222; name 水野健 → 水野 健太")
    }

    /// The primary customer's name orders the account in a lookup: a new one re-keys every
    /// lookup row, and the counts behind "1,000+" follow.
    @Test(arguments: StoreKind.allCases)
    func aNewNameForThePrimaryCustomerIsFoundAndTheOldOneNoLonger(kind: StoreKind) throws {
        let world = try Self.world(kind)
        _ = try world.setup.createAccount(F.account("1000000002", "Ken Ng", address: F.address("3 Main Street", "Sunbury", "3429")),
                                          by: "setup", at: F.morning)
        let read = try #require(try world.first.store.account("1000000001"))
        var details = ContactDetails(of: read)
        details.people[0].name = "Zoë Smith"
        _ = try world.first.store.updateContactDetails(details, of: "1000000001", readVersion: read.version,
                                                       by: world.first.name, at: F.at(10))
        #expect(try numbers(world.setup, "smith") == ["1000000001"])
        #expect(try numbers(world.setup, "zoe smi") == ["1000000001"])
        #expect(try numbers(world.setup, "ng") == ["1000000002"], "the old surname no longer finds it")
        #expect(try numbers(world.setup, "0491570156") == ["1000000001"], "and the phone still does")
        #expect(try numbers(world.setup, "sunb").sorted() == ["1000000001", "1000000002"])
        let result = try world.setup.search("zoe", limit: 50)
        #expect(result.totalMatches == 1 && result.rows.map(\.accountNumber) == ["1000000001"])
    }

    @Test(arguments: StoreKind.allCases)
    func aNewBillingAddressIsSavedAndThePropertyKept(kind: StoreKind) throws {
        let world = try Self.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        var details = ContactDetails(of: read)
        details.billingAddress = Address(lines: ["PO Box 12"], suburb: "Gisborne", postcode: "3437", state: "vic")
        _ = try world.first.store.updateContactDetails(details, of: "1000000001", readVersion: read.version,
                                                       by: world.first.name, at: F.at(10))
        let stored = try #require(try world.setup.account("1000000001"))
        #expect(stored.billingAddress == Address(lines: ["PO Box 12"], suburb: "Gisborne", postcode: "3437", state: "VIC"))
        #expect(stored.property.address == read.property.address)
        #expect(try numbers(world.setup, "evans sunb") == ["1000000001"], "the lookup still finds the property")
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.detail == "contact details: billing address 18 Evans Street, Sunbury VIC 3429 → PO Box 12, Gisborne VIC 3437")
    }

    @Test(arguments: StoreKind.allCases)
    func aStaleSaveIsRefusedNamingWhoSavedWhenAndWhatAndNothingOfItIsSaved(kind: StoreKind) throws {
        // Given two agents who read the account at the same version
        let world = try Self.world(kind)
        let (first, second) = (world.first, world.second)
        let read = try #require(try first.store.account("1000000001"))
        // When the first saves a new phone, and the second then a new email from their old copy
        var mine = ContactDetails(of: read)
        mine.people[0].phone = "0499 111 222"
        _ = try first.store.updateContactDetails(mine, of: "1000000001", readVersion: read.version, by: first.name, at: F.at(10, 20))
        var theirs = ContactDetails(of: read)
        theirs.people[0].email = "zoe@example.net"
        theirs.people[0].phone = "0400 000 000"
        // Then the second is refused naming the first, when, and what they changed
        let expected = ChangedSinceRead(record: "Account 1000000001", by: first.name, at: F.at(10, 20),
                                        change: "contact details: phone 0491 570 156 → 0499 111 222")
        #expect(throws: expected) {
            try second.store.updateContactDetails(theirs, of: "1000000001", readVersion: read.version, by: second.name, at: F.at(10, 21))
        }
        // And nothing of the refused save is stored: not the email, not the phone, not the index
        let stored = try #require(try world.setup.account("1000000001"))
        #expect(stored.customers[0].phone == "0499 111 222" && stored.customers[0].email == "zoe.ng@example.com")
        #expect(stored.version == read.version + 1)
        #expect(try numbers(world.setup, "0400000000").isEmpty)
        // And saved on the fresh copy, it goes through
        let fresh = try #require(try second.store.account("1000000001"))
        var again = ContactDetails(of: fresh)
        again.people[0].email = "zoe@example.net"
        let saved = try second.store.updateContactDetails(again, of: "1000000001", readVersion: fresh.version, by: second.name, at: F.at(10, 22))
        #expect(saved.customers[0].email == "zoe@example.net" && saved.customers[0].phone == "0499 111 222")
    }

    @Test(arguments: StoreKind.allCases)
    func detailsThatBreakARuleAreRefusedWithTheRuleAndNothingIsSaved(kind: StoreKind) throws {
        let world = try Self.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        var details = ContactDetails(of: read)
        details.people[0].phone = "0499 111 222"
        details.people[0].name = String(repeating: "x", count: 1_000)
        #expect {
            try world.first.store.updateContactDetails(details, of: "1000000001", readVersion: read.version, by: world.first.name, at: F.at(10))
        } throws: { error in
            (error as? StoreError)?.message == "account 1000000001 cannot be saved: name: a name can be at most 120 characters; this has 1,000"
        }
        let stored = try #require(try world.setup.account("1000000001"))
        #expect(stored == read)
        #expect(try numbers(world.setup, "0499111222").isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func savingWithoutAChangeChangesNothing(kind: StoreKind) throws {
        let world = try Self.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        let saved = try world.first.store.updateContactDetails(ContactDetails(of: read), of: "1000000001", readVersion: read.version,
                                                               by: world.first.name, at: F.at(10))
        #expect(saved == read)
        #expect(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).map(\.action) == [.created])
    }

    /// On PostgreSQL the server holds the line for psql too: an agent's change of version is
    /// recorded in their own name whatever they write, and the balance stays out of reach.
    @Test func onPostgresAnAgentSavesOnlyContactDetailsAndOnlyInTheirOwnName() throws {
        let store = try TestStores.postgres()
        _ = try store.createAccount(F.account("1000000001", "Zoë Ng"), by: "setup", at: F.morning)
        let login = TestLogins()("amy")
        let agent = try AreaStoreFixtures.connection(to: store, as: login, in: "tapline_agent")
        try agent.execute("UPDATE account SET version = version + 1, changed_by = 'sam' WHERE number = '1000000001'")
        let row = try #require(try store.withConnection { try $0.execute("SELECT changed_by FROM account WHERE number = '1000000001'").first })
        #expect(row["changed_by"] == login)
        #expect(throws: PGError.self) { try agent.execute("UPDATE account SET balance_cents = 0 WHERE number = '1000000001'") }
    }
}
