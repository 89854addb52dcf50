import Testing
@testable import TaplineUI

/// Choosing a colleague among hundreds by typing part of the name (issue 12 item 4).
@Suite("Name chooser: type part of a name, ↑/↓, Enter")
struct NameChooserTests {
    /// 300 agents, as a contact centre has, and a team leader.
    let staff = (1...300).map { String(format: "agent%03d", $0) } + ["tl-ann"]

    func typed(_ text: String, into chooser: inout NameChooser) {
        for character in text { chooser.edit(.insert(character)) }
    }

    @Test func typingNarrowsToTheNamesContainingItThoseStartingWithItFirst() {
        var chooser = NameChooser(title: "Give it to", names: ["bob", "carol", "rob", "Roberta"])
        typed("ROB", into: &chooser)
        #expect(chooser.matches == [.name("rob"), .name("Roberta")], "any case; bob holds no “rob”")
        chooser.edit(.backspace)
        #expect(chooser.matches == [.name("rob"), .name("Roberta"), .name("carol")], "“ro” starts two, is inside carol")
    }

    @Test func aFewKeysFindOneAmongHundreds() {
        var chooser = NameChooser(title: "Whose complaints", names: staff, anyone: "everyone's")
        #expect(chooser.matches.count == 302 && chooser.highlighted == .anyone)
        typed("tl", into: &chooser)
        #expect(chooser.highlighted == .name("tl-ann"))
        chooser.edit(.clearToStart)
        typed("agent25", into: &chooser)
        #expect(chooser.matches.count == 10)
        chooser.move(by: 3)
        #expect(chooser.highlighted == .name("agent253"))
        chooser.move(by: 100)
        #expect(chooser.highlighted == .name("agent259"), "held at the last match")
    }

    @Test func itOpensOnTheCurrentChoiceAndNothingMatchingChoosesNothing() {
        var chooser = NameChooser(title: "Whose complaints", names: staff, anyone: "everyone's", current: "agent010")
        #expect(chooser.highlighted == .name("agent010"))
        typed("zz", into: &chooser)
        #expect(chooser.highlighted == nil)
        var canvas = Canvas(width: 80, height: 24)
        chooser.render(into: &canvas, area: Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(canvas.text.contains("No name contains “zz”"))
        #expect(canvas.text.contains("0 of 301"))
        #expect(canvas.cursor != nil, "the hardware cursor is in what is typed")
    }

    @Test func keysMapToItsActionsAndATinyAreaDrawsNothingRatherThanTrapping() {
        #expect(NameChooser.action(for: .enter) == .choose)
        #expect(NameChooser.action(for: .escape) == .cancel)
        #expect(NameChooser.action(for: .down) == .move(1))
        #expect(NameChooser.action(for: .character("g")) == .edit(.insert("g")), "g types, it does not reopen")
        let chooser = NameChooser(title: "Give it to", names: staff)
        var canvas = Canvas(width: 20, height: 5)
        chooser.render(into: &canvas, area: Rect(x: 0, y: 0, width: 20, height: 5))
        #expect(!canvas.text.contains("Give it to"))
    }
}
