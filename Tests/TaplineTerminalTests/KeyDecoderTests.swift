import Testing
import TaplineUI
@testable import TaplineTerminal

@Suite("Key decoding from byte sequences")
struct KeyDecoderTests {
    func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("escape sequences of the xterm family", arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[2~", .insert),
        ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[18~", .function(7)),
        ("\u{1B}[19~", .function(8)), ("\u{1B}[20~", .function(9)), ("\u{1B}[21~", .function(10)),
        ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)), ("\u{1B}[[A", .function(1)),
        ("\u{1B}[1;2P", .function(1)), ("\u{1B}[Z", .backTab),
    ])
    func escapeSequences(sequence: String, key: Key) {
        #expect(decode(bytes(sequence)) == [key])
    }

    @Test func plainAndControlKeys() {
        #expect(decode([0x0D]) == [.enter])
        #expect(decode([0x09]) == [.tab])
        #expect(decode([0x7F]) == [.backspace])
        #expect(decode([0x08]) == [.backspace])
        #expect(decode([0x03]) == [.ctrl("c")])
        #expect(decode([0x15]) == [.ctrl("u")])
        #expect(decode(bytes("q?")) == [.character("q"), .character("?")])
    }

    @Test func utf8TextIncludingWideCharacters() {
        #expect(decode(bytes("Zoë 水")) == [.character("Z"), .character("o"), .character("ë"), .character(" "), .character("水")])
        #expect(decode(bytes("😀")) == [.character("😀")])
    }

    @Test func aUTF8CharacterSplitAcrossReadsWaitsForTheRest() {
        var decoder = KeyDecoder()
        let whole = bytes("水")
        #expect(decoder.feed(Array(whole.prefix(2))).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.feed(Array(whole.dropFirst(2))) == [.character("水")])
    }

    @Test func aLoneEscIsHeldUntilFlushedThenBecomesEsc() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.escape])
        #expect(decode([0x1B, 0x1B]) == [.escape, .escape])
    }

    @Test func altKeysAreEscThenTheCharacter() {
        #expect(decode(bytes("\u{1B}b")) == [.alt("b")])
        #expect(decode(bytes("\u{1B}ë")) == [.alt("ë")])
    }

    @Test func sgrMouseClicksAndWheel() {
        #expect(decode(bytes("\u{1B}[<0;10;5M")) == [.mouse(MouseEvent(button: .left, x: 9, y: 4))])
        #expect(decode(bytes("\u{1B}[<0;10;5m")) == [.mouse(MouseEvent(button: .left, x: 9, y: 4, isRelease: true))])
        #expect(decode(bytes("\u{1B}[<64;1;1M")) == [.mouse(MouseEvent(button: .wheelUp, x: 0, y: 0))])
    }

    @Test func severalKeysInOneRead() {
        #expect(decode(bytes("a\u{1B}[Bb\u{1B}OP")) == [.character("a"), .down, .character("b"), .function(1)])
    }

    @Test func unknownSequencesAreSkippedNotTyped() {
        #expect(decode(bytes("\u{1B}[99~x")) == [.character("x")])
        #expect(decode([0xFF, 0x61]) == [.character("a")])
    }
}
