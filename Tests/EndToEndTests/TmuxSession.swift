import Foundation
import Testing
import TaplineTestSupport

/// Runs the real `tapline` binary in a private tmux server, types into it and reads the screen.
///
/// Each session has its own tmux socket, so tests run in parallel without meeting. Waits poll
/// `capture-pane` every 10 ms for the expected text rather than sleeping a fixed time.
final class TmuxSession {
    let socket: String
    let name = "t"
    let home: URL

    /// The built binary: beside the test bundle in the same build folder.
    static var binary: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("tapline")
    }

    /// The checkout, so the binary finds `themes/` and `scenarios/` whatever the build folder.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// - Parameter user: a login (`OSUsers`) to run the console as, with `runuser`; nil runs it
    ///   as this process's user.
    init(width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String] = [:],
         user: String? = nil) throws {
        socket = "tapline-e2e-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let installed = user == nil ? Self.packageRoot : OSUsers.install
        if let user { _ = try Spawn.run(["chown", user, home.path]) }
        var env = ["LANG": "C.UTF-8", "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "TAPLINE_HOME": installed.path]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let binary = user == nil ? Self.binary : OSUsers.install.appendingPathComponent("tapline")
        let runAs = user.map { "runuser -u \(Self.quote($0)) -- " } ?? ""
        // `env -i`: the pane sees only what the test sets (swift test itself exports NO_COLOR).
        let command = "\(runAs)env -i PATH=/usr/bin:/bin TERM=\"$TERM\" \(assignments) \(Self.quote(binary.path)) \(arguments.map(Self.quote).joined(separator: " ")); echo EXIT=$?; sleep 30"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
    }

    /// Ends the server and the console in it. A server found still running after kill-server
    /// (seen with consoles run as other logins, whose servers outlived their tests and kept
    /// polling their stores) is sent SIGKILL by its pid.
    deinit {
        let facts = (try? tmux(["display-message", "-p", "#{pid} #{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1).map(String.init) ?? []
        _ = try? tmux(["kill-server"])
        if let pid = facts.first.flatMap({ pid_t($0) }), kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        if facts.count == 2 { try? FileManager.default.removeItem(atPath: facts[1]) }
        try? FileManager.default.removeItem(at: home)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command on this session's server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + arguments).output
    }

    /// Named keys as tmux knows them: F1, Escape, Enter, Down, BTab…
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Quits from a screen about a customer: F10 asks first, as it must mid-call, and y answers.
    func quitMidCall() throws {
        try press("F10")
        try waitFor("Quit Tapline?")
        try waitFor("is open: quitting")
        try press("y")
    }

    /// Literal text, typed as is.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    func resize(width: Int, height: Int) throws { try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }

    /// A tmux format value for the pane, e.g. `alternate_on` or `cursor_flag`.
    func paneFlag(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{\(format)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen contains `text`; returns the screen, or throws with what was there.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw Timeout(expected: text, screen: last)
    }

    /// Waits until `text` is gone from the screen.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw Timeout(expected: "absence of \(text)", screen: last)
    }

    struct Timeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        var description: String { "timed out waiting for “\(expected)”; the screen was:\n\(screen)" }
    }
}

extension TmuxSession {
    /// The number Home gives an area ("7  Training scenarios" → "7"), read once that line is
    /// drawn: a screen caught mid-frame can show the greeting before the list below it.
    func homeAreaNumber(_ area: String, timeout: TimeInterval = 10) throws -> String {
        let home = try waitFor("  \(area)", timeout: timeout)
        let number = home.split(separator: "\n").first { $0.contains("  \(area)") }?
            .split(separator: " ").first { Int($0) != nil }
        return String(try #require(number, "\(home)"))
    }
}
