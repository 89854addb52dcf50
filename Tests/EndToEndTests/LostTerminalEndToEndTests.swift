import Foundation
import TaplineTestSupport
import Testing

/// A console whose terminal goes away with no SIGHUP (it was not in the terminal's foreground
/// group: here `setsid`, as a console started by a wrapper may be) ends by itself, instead of
/// reading nothing from the dead terminal for ever at full speed. Found when a few hundred
/// such consoles, left by killed tmux servers, held both cores.
@Suite("End to end: a console whose terminal goes away")
struct LostTerminalEndToEndTests {
    @Test func aConsoleWhoseTerminalClosesWithoutAHangUpSignalEnds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-lost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("t.sqlite").path
        let socket = "tapline-lost-\(UUID().uuidString.prefix(8))"
        let console = "setsid -w \(TmuxSession.quote(TmuxSession.binary.path)) --database \(TmuxSession.quote(database)); sleep 30"
        _ = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "80", "-y", "24",
                           "env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME=\(TmuxSession.quote(folder.path)) " + console])
        // The console itself (the tmux server's command line names the database too)
        let consoleLine = "^\(TmuxSession.binary.path) --database \(database)$"
        func running() throws -> Bool { try Spawn.run(["pgrep", "-f", consoleLine]).status == 0 }
        // Given the console showing Home
        var home = ""
        for _ in 0..<500 where !home.contains("Where to?") {
            Thread.sleep(forTimeInterval: 0.02)
            home = try Spawn.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "t"]).output
        }
        #expect(home.contains("Where to?"))
        #expect(try running())
        // When its terminal goes away
        _ = try Spawn.run(["tmux", "-L", socket, "kill-server"])
        // Then it ends (waiting up to 10 s for it)
        for _ in 0..<100 where try running() { Thread.sleep(forTimeInterval: 0.1) }
        let left = try Spawn.run(["pgrep", "-af", consoleLine]).output
        if !left.isEmpty { _ = try Spawn.run(["pkill", "-9", "-f", consoleLine]) }
        #expect(left.isEmpty, "the console kept running on a terminal that had gone: \(left)")
    }
}
