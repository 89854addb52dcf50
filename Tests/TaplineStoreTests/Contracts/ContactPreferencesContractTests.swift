import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 2, one behaviour on both stores: an agent records the customers' preferred
/// contact, an interpreter and the TTY service (Charter 14.10) and a third party with the day
/// written consent arrived (5.5(c)); audited old → new in the agent's name, refused when a
/// rule breaks or the copy is stale, nothing half-saved.
@Suite("Contact preferences contract: SQLite and PostgreSQL alike")
struct ContactPreferencesContractTests {
    typealias F = StoreFixtures

    static var preferences: ContactPreferences {
        ContactPreferences(preferred: .email, needs: CommunicationNeeds(interpreterLanguage: "Japanese", tty: true),
                           thirdParties: [AuthorisedThirdParty(name: "Mary Ng", relationship: "daughter", consentReceived: F.today), nil])
    }

    @Test(arguments: StoreKind.allCases)
    func theAgentsPreferencesAreSavedReadBackAndAudited_14_10_5_5c(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        let saved = try agent.store.updateContactPreferences(Self.preferences, of: "1000000001", readVersion: read.version,
                                                             by: agent.name, at: F.at(10))
        #expect(saved.version == read.version + 1)
        let stored = try #require(try world.setup.account("1000000001"))
        #expect(ContactPreferences(of: stored) == Self.preferences)
        #expect(stored.customers[0].authorisedThirdParty?.mayDiscussAccount(on: F.today) == true)
        #expect(stored.customers.map(\.name) == read.customers.map(\.name))
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.who == agent.name)
        #expect(entry.detail == "contact preferences: preferred contact (not stated) → email; interpreter (none) → Japanese; "
                + "TTY no → yes; acting for Zoë Ng (none) → Mary Ng (daughter), written consent Thu 17 Apr 2025")
        // Saving the same again changes nothing
        let again = try agent.store.updateContactPreferences(Self.preferences, of: "1000000001", readVersion: saved.version,
                                                             by: agent.name, at: F.at(11))
        #expect(again.version == saved.version)
    }

    @Test(arguments: StoreKind.allCases)
    func aBrokenRuleOrAStaleCopyIsRefusedWithNothingSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        var future = Self.preferences
        future.thirdParties[0]?.consentReceived = F.today.adding(days: 1)
        #expect {
            try agent.store.updateContactPreferences(future, of: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        } throws: { "\($0)".contains("written consent cannot arrive after today") }
        _ = try world.second.store.updateContactPreferences(ContactPreferences(preferred: .post, needs: .none, thirdParties: [nil, nil]),
                                                            of: "1000000001", readVersion: read.version, by: world.second.name, at: F.at(10))
        #expect(throws: ChangedSinceRead.self) {
            try agent.store.updateContactPreferences(Self.preferences, of: "1000000001", readVersion: read.version, by: agent.name, at: F.at(11))
        }
        let stored = try #require(try world.setup.account("1000000001"))
        #expect(stored.preferredContact == .post && stored.communicationNeeds == nil)
        #expect(stored.customers[0].authorisedThirdParty == nil)
    }
}
