import TaplineDomain

/// The `:` command line over the screen in front (issue 15 item 5): type a command, Tab
/// completes its word, ↑/↓ step through the ones run before, Enter runs it in place of the
/// line, Esc closes it. A command that cannot run says why under the line, keeping what was typed.
public struct CommandLineScreen: Screen {
    public enum Action: Sendable {
        case edit(TextField.Edit)
        case run
        case complete
        case history(Int)
    }

    public private(set) var input = TextField("", maxLength: 200)
    public private(set) var problem: String?
    public private(set) var listing: [String] = []
    let history: CommandHistory
    /// Where ↑/↓ is in the history: its count when on the line being typed.
    private var historyIndex: Int
    /// What was being typed before ↑ went back through the history.
    private var draft = ""

    public init(history: CommandHistory) {
        self.history = history
        historyIndex = history.entries.count
    }

    public var title: String { "Command" }
    public var isOverlay: Bool { true }
    public var hasUnsavedInput: Bool { false }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.enter, help: "run the command", action: .run),
         KeyBinding(.tab, help: "complete the command", action: .complete),
         KeyBinding(.up, help: "the command run before", bar: false, action: .history(-1)),
         KeyBinding(.down, help: "the next command", bar: false, action: .history(1))]
    }

    public var extraHelp: [KeyHint] { ConsoleCommand.usage.map { KeyHint(label: "", help: $0, showsInBar: false) } + TextField.editHints }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        if key == .escape { return nil }
        return TextField.edit(for: key).map(Action.edit)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let edit):
            if !input.apply(edit) { problem = "a command is at most \(input.maxLength) characters" } else { problem = nil }
            listing = []
            return .none
        case .complete:
            let found = ConsoleCommand.completions(of: input.text)
            switch found.count {
            case 0: problem = "no command starts with “\(input.text.trimmingWhitespace)”"
            case 1: input.setText(found[0] + " ")
            default: listing = found
            }
            return .none
        case .history(let step):
            let entries = history.entries
            guard !entries.isEmpty else { return .none }
            if historyIndex == entries.count { draft = input.text }
            historyIndex = min(entries.count, max(0, historyIndex + step))
            input.setText(historyIndex == entries.count ? draft : entries[historyIndex])
            return .none
        case .run:
            let line = input.text.trimmingWhitespace
            switch ConsoleCommand.parse(line) {
            case .failure(let error):
                problem = error.message
                return .none
            case .success(let command):
                history.add(line)
                return run(command)
            }
        }
    }

    /// The screen the command opens, in place of the line.
    private mutating func run(_ command: ConsoleCommand) -> Effect<Action> {
        switch command {
        case .account(let number): return .replace(AccountScreen(accountNumber: number))
        case .lookup(let query): return .replace(LookupScreen(query: query))
        case .complaint(let number): return .replace(ComplaintDetailScreen(number: number))
        case .home: return .navigate(.popToRoot)
        case .help:
            listing = ConsoleCommand.usage
            problem = nil
            input.setText("")
            return .none
        }
    }

    /// The line at the bottom of the screen, with what it listed or why it could not run above it.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let problemLines = problem.map { TextWrap.lines("✖ " + $0, width: area.width - 2) } ?? []
        let notes = problemLines.map { ($0, StyleRole.error) } + listing.map { ($0, StyleRole.text) }
        let height = min(area.height, notes.count + 2)
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        canvas.fill(box, role: .text)
        for (index, note) in notes.suffix(height - 2).enumerated() {
            canvas.write("  " + note.0, x: box.x, y: box.y + 1 + index, width: box.width, role: note.1)
        }
        let y = box.maxY - 1
        canvas.write(":", x: box.x, y: y, width: 1, role: .accent)
        input.render(into: &canvas, area: Rect(x: box.x + 1, y: y, width: box.width - 1, height: 1), focused: true)
    }
}
