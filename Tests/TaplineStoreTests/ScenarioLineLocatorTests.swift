import Testing
import TOMLKit
@testable import TaplineStore

@Suite("Finding the line of a key in a parsed scenario file")
struct ScenarioLineLocatorTests {
    let text = """
    id = "x"                              # 1
    owner.name = "Dotted"                 # 2

    [[lines]] # the first line            # 4
    text = "One"                          # 5

    [[lines]]                             # 7
    text = \"\"\"                         # 8
    [[expectations]]
    check = "not a key"
    \"\"\"
    after = "planCreated"                 # 12

    [fixture]                             # 14
    notes = [                             # 15
      "points = 3 is not a key",
      ["nested", "array"],
    ]
    balance = "1.00"                      # 19

    [[fixture.bills]]                     # 21
    amount = "1.00"                       # 22
    [[fixture.bills]]                     # 23
    amount = "2.00"                       # 24

    [[expectations]]                      # 26
    "quoted key" = 1                      # 27
    [[expectations.notes]]                # 28
    [[expectations]]                      # 29
    [[expectations.notes]]                # 30
    points = 5                            # 31
    """

    @Test func theDocumentIsValidTOML() throws {
        // The locator is only asked about files TOMLKit has parsed, so its test document must parse.
        let table = try TOMLTable(string: text)
        #expect(table["expectations"]?.array?.count == 2)
    }

    @Test("each key and table is found on its line", arguments: [
        ([TOMLPathStep.key("id")], 1),
        ([.key("owner"), .key("name")], 2),
        ([.key("lines"), .index(0)], 4),
        ([.key("lines"), .index(0), .key("text")], 5),
        ([.key("lines"), .index(1), .key("after")], 12),
        ([.key("fixture")], 14),
        ([.key("fixture"), .key("balance")], 19),
        ([.key("fixture"), .key("bills"), .index(1), .key("amount")], 24),
        ([.key("expectations"), .index(0), .key("quoted key")], 27),
        ([.key("expectations"), .index(1), .key("notes"), .index(0), .key("points")], 31),
    ])
    func findsLine(path: [TOMLPathStep], line: Int) {
        #expect(TOMLLineLocator(text: text).line(of: path) == line)
    }

    @Test func textInsideMultiLineValuesIsNeverTakenForKeysOrTables() {
        let locator = TOMLLineLocator(text: text)
        // The multi-line string's "[[expectations]]" did not start an element: the first real one is on line 26
        #expect(locator.line(of: [.key("expectations"), .index(0)]) == 26)
        #expect(locator.line(of: [.key("lines"), .index(1), .key("check")]) == 7)
        #expect(locator.line(of: [.key("fixture"), .key("points")]) == 14)
    }

    @Test func aMissingKeyFallsBackToItsTableAndAnUnknownTableToLineOne() {
        let locator = TOMLLineLocator(text: text)
        #expect(locator.line(of: [.key("fixture"), .key("bills"), .index(0), .key("due")]) == 21)
        #expect(locator.line(of: [.key("nowhere"), .key("at-all")]) == 1)
        #expect(locator.line(of: []) == 1)
    }
}
