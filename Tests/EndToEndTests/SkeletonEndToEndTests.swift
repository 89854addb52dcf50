import Foundation
import TaplineTestSupport
import Testing

@Suite("End to end: the console in tmux at 80x24", .serialized)
struct SkeletonEndToEndTests {
    @Test func homeHelpResizeAndQuitRestoreTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("Where to?")
        #expect(try tmux.screen().contains("Account lookup"))
        #expect(try tmux.paneFlag("alternate_on") == "1")

        try tmux.press("F1")
        try tmux.waitFor("Help — Home")
        try tmux.press("Escape")
        try tmux.waitForAbsence("Help — Home")

        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor("terminal too small")
        // Keys typed while nothing can be seen are not acted on: Enter would open the lookup, q quit.
        try tmux.press("Enter")
        try tmux.press("q")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Where to?")
        #expect(!(try tmux.screen().contains("EXIT=")), "q typed while too small did not quit")
        #expect(!(try tmux.screen().contains("Find:")), "Enter typed while too small did not open the lookup")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        #expect(try tmux.paneFlag("alternate_on") == "0", "the terminal left the alternate screen")
        #expect(try tmux.paneFlag("cursor_flag") == "1", "the cursor is visible again")
        #expect(!(try tmux.screen().contains("Where to?")))
    }

    @Test("a signal still gives the terminal back", arguments: ["INT", "TERM", "HUP"])
    func signalsRestoreTheTerminal(signal: String) throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("Where to?")
        let pid = try tmux.paneFlag("pane_pid")
        try Spawn.run(["pkill", "-\(signal)", "-P", pid, "-x", "tapline"])
        let screen = try tmux.waitFor("EXIT=")
        #expect(try tmux.paneFlag("alternate_on") == "0")
        #expect(screen.contains("EXIT=1"), "exit code is 128 + the signal number")
    }

    /// Whether captured text sets a foreground or background colour (39/49 only reset to default).
    static func setsColour(_ captured: String) throws -> Bool {
        let sgr = try Regex("\u{1B}\\[([0-9;]*)m")
        for match in captured.matches(of: sgr) {
            let params = String(captured[match.range]).dropFirst(2).dropLast().split(separator: ";").compactMap { Int($0) }
            if params.contains(where: { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0)
                || (100...107).contains($0) || $0 == 38 || $0 == 48 }) { return true }
        }
        return false
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let plain = try TmuxSession(environment: ["NO_COLOR": "1"])
        try plain.waitFor("Where to?")
        let plainScreen = try plain.tmux(["capture-pane", "-p", "-e", "-t", plain.name])
        #expect(try !Self.setsColour(plainScreen), "NO_COLOR: no colour codes at all")
        #expect(plainScreen.contains("\u{1B}[7m"), "selection still shows, in reverse video")
        let coloured = try TmuxSession()
        try coloured.waitFor("Where to?")
        #expect(try Self.setsColour(coloured.tmux(["capture-pane", "-p", "-e", "-t", coloured.name])))
    }

    /// Issue 15 item 3: --ascii draws no box drawing, blocks, ticks or arrows, and the layout
    /// stays where it was; --no-mouse leaves the terminal's own selection alone.
    @Test func asciiDrawsPlainGlyphsAndNoMouseAsksForNoClicks() throws {
        // Home's figures come after its menu: wait for them, so both captures are whole frames.
        let fancy = try TmuxSession()
        let unicode = try fancy.waitFor("Waiting on you")
        #expect(unicode.contains("▸ 1  Account lookup"))
        #expect(try fancy.paneFlag("mouse_any_flag") == "1", "by default clicks select")

        let plain = try TmuxSession(arguments: ["--ascii", "--no-mouse"])
        let ascii = try plain.waitFor("Waiting on you")
        #expect(ascii.contains("> 1  Account lookup"))
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "nothing but ASCII on Home")
        #expect(ascii.split(separator: "\n").map(\.count) == unicode.split(separator: "\n").map(\.count), "nothing moved")
        #expect(try plain.paneFlag("mouse_any_flag") == "0")
        // A box too: the lookup's
        try plain.press("1")
        let lookup = try plain.waitFor("Find")
        #expect(lookup.unicodeScalars.allSatisfy { $0.isASCII }, "\(lookup)")
        try plain.press("F10")
        try plain.waitFor("EXIT=0")
    }

    @Test func anUnknownTermIsAClearErrorNotACrash() throws {
        let tmux = try TmuxSession(environment: ["TERM": "no-such-terminal"])
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("TERM=no-such-terminal is not a terminal type this machine knows"))
        #expect(screen.contains("EXIT=2"))
    }

    @Test func anUnsetTermIsAClearError() throws {
        let tmux = try TmuxSession(environment: ["TERM": ""])
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("TERM is not set"))
        #expect(screen.contains("EXIT=2"))
    }
}

@Suite("End to end: themes")
struct ThemeEndToEndTests {
    @Test func aBrokenThemeIsNamedWithItsLineAndTheConsoleCarriesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-theme-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.toml")
        try "name = \"broken\"\n[roles.text]\nfg = \"#12345\"\n".write(to: broken, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(arguments: ["--theme", broken.path])
        try tmux.waitFor("Where to?")
        try tmux.waitFor("broken.toml:3:")  // the status line names the file and line
        try tmux.press("q")
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("broken.toml:3:"), "and stderr says it too once the console is gone")
    }
}
