import Testing
import TaplineDomain
@testable import TaplineStore

@Suite("Bulk lookup index: tokens sorted as the index stores them, words counted")
struct LookupIndexBuilderTests {
    private func document(_ name: String, number: String, suburb: String) -> SearchDocument {
        let account = Account(accountNumber: number, billingAddress: Address(lines: ["1 Main St"], suburb: suburb, postcode: "3429"),
                              customers: [Customer(name: name, isPrimary: true)],
                              property: Property(address: Address(lines: ["1 Main St"], suburb: suburb, postcode: "3429"),
                                                  servicePipeSizeMillimetres: 20, occupancy: .owner))
        return SearchDocument(account: account)
    }

    @Test func tokensComeOutInIndexOrderWithEveryAccountsSortKey() {
        let builder = LookupIndexBuilder()
        let documents: [(Int64, SearchDocument)] = [
            (3, document("Zoë Smith", number: "1000000003", suburb: "Sunbury")),
            (1, document("Amy Smith", number: "1000000001", suburb: "Sunbury")),
            (2, document("Bob Ng", number: "1000000002", suburb: "Melton")),
        ]
        for (id, document) in documents { builder.add(document, accountID: id) }
        let index = builder.finish()
        let rows = (0..<index.count).map { index.token(at: $0) }
        let expected = documents.flatMap { id, document in
            SearchDocument.Kind.allCases.flatMap { kind in document.tokens(kind).map { (kind, $0, document.sortKey, id) } }
        }.sorted { a, b in
            if a.0 != b.0 { return a.0.rawValue < b.0.rawValue }
            if a.1 != b.1 { return a.1.utf8.lexicographicallyPrecedes(b.1.utf8) }
            if a.2 != b.2 { return a.2.utf8.lexicographicallyPrecedes(b.2.utf8) }
            return a.3 < b.3
        }
        #expect(rows.count == expected.count)
        #expect(rows.map { "\($0.kind) \($0.token) \($0.sortKey) \($0.accountID)" }
                == expected.map { "\($0.0) \($0.1) \($0.2) \($0.3)" })
    }

    @Test func countsEachWordOncePerAccountAndLeavesPairsUncounted() {
        let builder = LookupIndexBuilder()
        builder.add(document("Amy Smith", number: "1000000001", suburb: "Sunbury"), accountID: 1)
        builder.add(document("Zed Smith", number: "1000000002", suburb: "Sunbury"), accountID: 2)
        let words = builder.finish().countedWords()
        #expect(words.contains { $0.kind == .key && $0.token == "smith" && $0.occurrences == 2 })
        #expect(words.contains { $0.kind == .place && $0.token == "sunbury" && $0.occurrences == 2 })
        #expect(words.contains { $0.kind == .name && $0.token == "amy" && $0.occurrences == 1 })
        #expect(!words.contains { $0.kind.isPair })
    }
}
