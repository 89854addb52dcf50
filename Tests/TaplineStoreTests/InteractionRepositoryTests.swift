import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Contacts with customers")
struct InteractionRepositoryTests {
    typealias F = StoreFixtures

    @Test func contactsAreKeptNewestFirstAndAudited() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        let call = Interaction(channel: .phone, at: F.at(9), agent: "asmith", summary: "Asked about the bill")
        let letter = Interaction(channel: .letter, at: F.at(15), agent: "bnguyen", summary: "Sent payment plan letter")
        try database.interactions.record(call, on: "1000000002")
        try database.interactions.record(letter, on: "1000000002")
        #expect(try database.interactions.interactions(for: "1000000002") == [letter, call])
        #expect(try database.interactions.interactions(for: "1000000002", limit: 1) == [letter])
        let audit = try database.audit.entries(forAccount: "1000000002").filter { $0.action == .interactionRecorded }
        #expect(audit.map(\.detail) == ["letter", "phone"])
    }
}
