import Testing
@testable import TaplineDomain

@Suite("Money in integer cents")
struct MoneyTests {
    @Test("parses what agents type", arguments: [
        ("1234.56", 123_456), ("1,234.56", 123_456), ("$45", 4500), ("45.5", 4550),
        ("-12.5", -1250), ("$-3", -300), (".75", 75), ("0", 0), ("  9.99 ", 999),
    ])
    func parsesTypedAmounts(text: String, cents: Int64) throws {
        #expect(try Money.parse(text) == Money(cents: cents))
    }

    @Test("refuses malformed amounts with a reason", arguments: ["", "abc", "1.234", "12,34.00", "1..2", "1e5", "--5", "."])
    func refusesMalformed(text: String) {
        #expect(throws: Money.ParseError.self) { try Money.parse(text) }
    }

    @Test func formatsWithSeparators() {
        #expect(Money(cents: 123_456_789).formatted == "$1,234,567.89")
        #expect(Money(cents: -1205).formatted == "-$12.05")
        #expect(Money(cents: 5).plain == "0.05")
    }

    @Test("a split sums exactly to the cent", arguments: [(100_00, 3), (1, 7), (123_457, 26), (999_999, 13)])
    func splitSumsExactly(cents: Int64, parts: Int) {
        let pieces = Money(cents: cents).split(into: parts)
        #expect(pieces.count == parts)
        #expect(pieces.sum() == Money(cents: cents))
        #expect(pieces.map(\.cents).max()! - pieces.map(\.cents).min()! <= 1)
    }
}
