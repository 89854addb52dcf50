import Foundation
import Testing
@testable import TaplineStore

@Suite("Lookup text: folding, words, phone digits")
struct SearchTextTests {
    @Test("folds accents, case, width and the letters folding leaves alone", arguments: [
        ("Zoë", "zoe"), ("JOSÉ", "jose"), ("Nguyễn", "nguyen"), ("Đặng", "dang"), ("Søren", "soren"), ("Łukasz", "lukasz"),
        ("Ærø", "aero"), ("Straße", "strasse"), ("ＡＢＣ１２", "abc12"), ("水野", "水野"),
    ])
    func folds(text: String, folded: String) {
        #expect(SearchText.fold(text) == folded)
    }

    @Test func splitsWordsKeepingApostrophesInside() {
        #expect(SearchText.words("O’Brien-Smith, 3/12 Main St") == ["obrien", "smith", "3", "12", "main", "st"])
        #expect(SearchText.words("  ") == [])
    }

    /// Plain ASCII takes a shortcut past Foundation's folding; it must agree with it exactly.
    @Test func asciiFoldsAsFoundationDoes() {
        let everyPrintable = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        for text in [everyPrintable, "MacDONALD", "o'brien", "already lower 123", "", "Tab\tand\u{1}control"] {
            #expect(SearchText.fold(text) == text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil))
        }
    }

    @Test func asciiAndUnicodeWordsFollowOneRule() {
        #expect(SearchText.words("O'Brien-SMITH, 3/12 Main St") == ["obrien", "smith", "3", "12", "main", "st"])
        #expect(SearchText.words("D`Arcy  _x_ 7b") == ["darcy", "x", "7b"])
        #expect(SearchText.words("O’Brien-Zoë, 3/12 Main St") == ["obrien", "zoe", "3", "12", "main", "st"])
    }

    @Test("phone numbers become national digits", arguments: [
        ("0491 570 156", "0491570156"), ("+61 491 570 156", "0491570156"), ("491 570 156", "0491570156"),
        ("03 5550 1234", "0355501234"), ("1000000001", "1000000001"), ("no digits", nil),
    ])
    func phoneDigits(text: String, digits: String?) {
        #expect(SearchText.phoneDigits(text) == digits)
    }

    @Test func sortKeysOrderBySurnameThenGivenName() {
        let keys = [("Zed Smith", "2"), ("Amy Smithers", "3"), ("Amy Smith", "1"), ("水野健", "4")]
            .map { SearchText.sortKey(name: $0.0, accountNumber: $0.1) }
        #expect(keys.sorted() == [keys[2], keys[0], keys[1], keys[3]])
    }

    @Test func thePrefixRangeHoldsExactlyTheWordsStartingWithIt() throws {
        let upper = try #require(SearchText.upperBound(ofPrefix: "smi"))
        for inside in ["smi", "smith", "smi\u{10FFFF}"] { #expect(inside >= "smi" && inside < upper) }
        #expect(!("smj" < upper))
        #expect(SearchText.upperBound(ofPrefix: "") == nil)
    }

    @Test func queriesWithoutLettersAreOneNumber() {
        #expect(LookupQuery("0491 570 156").words == ["0491570156"])
        #expect(LookupQuery("Smi  BACCH smi").words == ["smi", "bacch"])
        #expect(LookupQuery("zoe.ng@Example.com").words == ["zoe.ng@example.com"])
    }
}
