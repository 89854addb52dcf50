import Testing
@testable import TaplineUI

@Suite("Canvas: cells, wide characters, clipping")
struct CanvasTests {
    @Test func writesTextAndReportsColumnsUsed() {
        var canvas = Canvas(width: 10, height: 2)
        let used = canvas.write("Hello", x: 1, y: 0, role: .accent)
        #expect(used == 5)
        #expect(canvas.lines[0] == " Hello    ")
        #expect(canvas[1, 0].role == .accent)
    }

    @Test func wideCharactersTakeTwoCells() {
        var canvas = Canvas(width: 12, height: 1)
        let used = canvas.write("Zoë 水野", x: 0, y: 0, role: .text)
        #expect(used == 8)
        #expect(canvas[4, 0].character == "水")
        #expect(canvas[5, 0].isContinuation)
        #expect(canvas.lines[0] == "Zoë 水野    ")
    }

    @Test func aWideCharacterThatWouldCrossTheEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.write("abcd水", x: 0, y: 0, role: .text)
        #expect(canvas.lines[0] == "abcd ")
        #expect(!canvas[4, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("水", x: 0, y: 0, role: .text)
        canvas.write("x", x: 1, y: 0, role: .text)
        #expect(canvas.lines[0] == " x  ")
        canvas.write("野", x: 2, y: 0, role: .text)
        canvas.write("y", x: 2, y: 0, role: .text)
        #expect(canvas.lines[0] == " xy ")
    }

    @Test func clipsToARectangle() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.write("abcdefgh", x: 2, y: 1, role: .text, clip: Rect(x: 3, y: 1, width: 4, height: 1))
        #expect(canvas.lines[1] == "   bcde   ")
        canvas.write("outside", x: 0, y: 2, role: .text, clip: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(canvas.lines[2] == "          ")
    }

    @Test func controlCharactersShowAsAReplacementGlyph() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("a\u{7}b", x: 0, y: 0, role: .text)
        #expect(canvas.lines[0] == "a�b ")
    }

    @Test func truncatesWithAnEllipsisByDisplayWidth() {
        #expect("Bacchus Marsh".truncated(toWidth: 8) == "Bacchus…")
        #expect("水野水野".truncated(toWidth: 5) == "水野…")
        #expect("short".truncated(toWidth: 8) == "short")
        #expect("水野".padded(toWidth: 6) == "水野  ")
    }

    @Test func drawsABoxWithATitle() {
        var canvas = Canvas(width: 12, height: 3)
        canvas.box(Rect(x: 0, y: 0, width: 12, height: 3), title: "Help")
        #expect(canvas.lines == ["┌ Help ────┐", "│          │", "└──────────┘"])
    }
}
