import Testing
@testable import TaplineTerminal
import TaplineUI

/// `--ascii` (issue 15 item 3): box drawing, blocks, ticks and arrows become plain ASCII of the
/// same width, and everything else is drawn as it is.
@Suite("ASCII glyphs: plain, one column each, nothing else touched")
struct AsciiGlyphsTests {
    func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(AsciiGlyphs.replacing)))
    }

    @Test func boxesTicksArrowsAndBarsBecomePlainASCII() {
        #expect(plain("┌─ Help ─┐") == "+- Help -+")
        #expect(plain("│▸ 1  Account lookup│") == "|> 1  Account lookup|")
        #expect(plain("✖ Not saved · ✔ saved · ▲ LIFE SUPPORT") == "x Not saved . + saved . ^ LIFE SUPPORT")
        #expect(plain("◂ tl-bob ▸ ████░░") == "< tl-bob > ####..")
        #expect(plain("“Hello” — Zoë’s …") == "\"Hello\" - Zoë's ~")
    }

    @Test func everyReplacementIsOneColumnAsWhatItReplaces() {
        let drawn = "─━═│┃║┌┐└┘├┤┬┴┼╭╮╯╰█▉▊▋▌▍▎▏▓▒░▸▶►→›◂◀◄←‹▲↑▼↓✖✗✘×⚠↻✔✓●•◆○◇·—–…“”„‘’"
        for scalar in drawn.unicodeScalars {
            let replaced = AsciiGlyphs.replacing(scalar)
            #expect(replaced.isASCII, "\(scalar)")
            #expect(DisplayWidth.of(Character(scalar)) == DisplayWidth.of(Character(replaced)), "\(scalar)")
        }
    }

    @Test func lettersAccentsAndWideCharactersAreLeftAsTheyAre() {
        #expect(plain("Nguyễn 王小明 O'Brien 0412 345 678") == "Nguyễn 王小明 O'Brien 0412 345 678")
    }
}
