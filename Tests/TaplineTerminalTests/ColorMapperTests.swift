import Testing
import TaplineUI
@testable import TaplineTerminal

@Suite("Colour mapping from theme roles to the terminal's colours")
struct ColorMapperTests {
    let theme = Theme(name: "t", styles: [
        .text: RoleStyle(foreground: .rgb(0xFF, 0xFF, 0xFF), foreground16: .white),
        .selection: RoleStyle(foreground: .rgb(0, 0, 0), background: .rgb(0x88, 0xC0, 0xD0),
                              foreground16: .black, background16: .cyan, attributes: [.bold], monoAttributes: [.reverse]),
    ])

    @Test func noColorSetAndNonEmptyTurnsColourOff() {
        #expect(ColorDepth.choose(colors: 256, hasColors: true, noColor: "1") == .none)
        #expect(ColorDepth.choose(colors: 256, hasColors: true, noColor: "") == .palette256)
        #expect(ColorDepth.choose(colors: 256, hasColors: true, noColor: nil) == .palette256)
        #expect(ColorDepth.choose(colors: 8, hasColors: true, noColor: nil) == .basic16)
        #expect(ColorDepth.choose(colors: 0x100_0000, hasColors: true, noColor: nil) == .direct)
        #expect(ColorDepth.choose(colors: 0, hasColors: false, noColor: nil) == .none)
    }

    @Test func withoutColourARoleUsesItsMonoAttributes() {
        let style = ColorMapper(theme: theme, depth: .none).style(for: .selection)
        #expect(style.foreground == -1 && style.background == -1)
        #expect(style.attributes == [.bold, .reverse])
    }

    @Test func sixteenColoursUseTheFallbackNames() {
        let style = ColorMapper(theme: theme, depth: .basic16).style(for: .selection)
        #expect(style.foreground == BasicColor.black.rawValue)
        #expect(style.background == BasicColor.cyan.rawValue)
    }

    @Test func twoHundredFiftySixColoursPickTheNearestPaletteEntry() {
        #expect(ColorMapper.xterm256(.rgb(0xFF, 0xFF, 0xFF)) == 231)
        #expect(ColorMapper.xterm256(.rgb(0, 0, 0)) == 16)
        #expect(ColorMapper.xterm256(.rgb(0x80, 0x80, 0x80)) == 244)
        #expect(ColorMapper.xterm256(.rgb(0xFF, 0, 0)) == 196)
        #expect(ColorMapper.xterm256(.terminalDefault) == nil)
    }

    @Test func trueColourPassesRGBThrough() {
        let style = ColorMapper(theme: theme, depth: .direct).style(for: .selection)
        #expect(style.background == 0x88C0D0)
        #expect(ColorMapper(theme: theme, depth: .direct).style(for: .muted).foreground == 0xFFFFFF)
    }
}
