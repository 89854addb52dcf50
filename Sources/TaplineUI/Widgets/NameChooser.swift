/// Choosing one name from hundreds by typing part of it: a contact centre's staff are too
/// many to step through one key press at a time (issue 12 item 4, a queue filtered by owner).
///
/// What is typed narrows the list to the names containing it, in any case, those starting
/// with it first; ↑/↓ move through what is left and Enter takes the highlighted one. An
/// "anyone" row (the filter's "all") can head the list and is kept while nothing is typed.
/// The screen showing it owns its keys: it passes them through `action(for:)`.
public struct NameChooser: Sendable, Equatable {
    /// What Enter takes.
    public enum Choice: Sendable, Equatable {
        case anyone
        case name(String)
    }

    public enum Action: Sendable, Equatable {
        case edit(TextField.Edit)
        case move(Int)
        case choose
        case cancel
    }

    public let title: String
    public let names: [String]
    /// The words for the "anyone" row, when the list offers one.
    public let anyone: String?
    public private(set) var typed = TextField(maxLength: 60, placeholder: "type part of a name")
    public private(set) var selected = 0

    /// - Parameter current: the choice in force, highlighted to begin with.
    public init(title: String, names: [String], anyone: String? = nil, current: String? = nil) {
        self.title = title
        self.names = names
        self.anyone = anyone
        if let current, let index = matches.firstIndex(of: .name(current)) { selected = index }
    }

    /// The rows on offer for what is typed.
    public var matches: [Choice] {
        let wanted = typed.text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return (anyone == nil ? [] : [.anyone]) + names.map(Choice.name) }
        let containing = names.filter { $0.lowercased().contains(wanted) }
        let starting = containing.filter { $0.lowercased().hasPrefix(wanted) }
        return (starting + containing.filter { !$0.lowercased().hasPrefix(wanted) }).map(Choice.name)
    }

    /// The highlighted row, or nil when nothing matches what is typed.
    public var highlighted: Choice? {
        let rows = matches
        return rows.isEmpty ? nil : rows[min(selected, rows.count - 1)]
    }

    public mutating func edit(_ edit: TextField.Edit) {
        typed.apply(edit)
        selected = 0
    }

    public mutating func move(by delta: Int) {
        let count = matches.count
        guard count > 0 else { return }
        selected = min(max(0, min(selected, count - 1) + delta), count - 1)
    }

    /// The keys it answers: everything else types.
    public static func action(for key: Key) -> Action? {
        switch key {
        case .enter: return .choose
        case .escape: return .cancel
        case .up: return .move(-1)
        case .down: return .move(1)
        case .pageUp: return .move(-10)
        case .pageDown: return .move(10)
        default: return TextField.edit(for: key).map(Action.edit)
        }
    }

    /// The key-hint bar while it is open.
    public static func bindings<A>(_ wrap: (Action) -> A) -> [KeyBinding<A>] {
        [KeyBinding(.enter, help: "choose", action: wrap(.choose)),
         KeyBinding(.escape, help: "cancel", action: wrap(.cancel)),
         KeyBinding([.up, .down], label: "↑/↓", help: "move through the names", action: wrap(.move(1)))]
    }

    /// A box over the middle of `area`: the title, what is typed (with the hardware cursor),
    /// and the matching names that fit, the highlighted one marked.
    public func render(into canvas: inout Canvas, area: Rect) {
        // As tall as the names need (five rows are the frame, what is typed and the count), at most 16.
        let rowsWanted = names.count + (anyone == nil ? 0 : 1)
        let width = min(area.width - 2, 44)
        let height = min(area.height - 1, min(16, max(7, rowsWanted + 5)))
        guard width >= 12, height >= 5 else { return }
        let box = area.centered(width: width, height: height)
        canvas.fill(box, role: .dialog)
        canvas.box(box, role: .dialog, title: title, titleRole: .dialog)
        let inner = box.inset(1)
        let rows = matches
        let shown = rows.isEmpty ? 0 : min(selected, rows.count - 1)
        canvas.write("\(rows.count) of \(names.count)", x: inner.x, y: inner.maxY - 1, width: inner.width, role: .muted)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
        if rows.isEmpty {
            canvas.write("No name contains “\(typed.text)”", x: list.x, y: list.y, width: list.width, role: .muted)
        } else {
            let first = max(0, shown - list.height + 1)
            for (line, index) in (first..<min(rows.count, first + list.height)).enumerated() {
                let words = switch rows[index] {
                case .anyone: anyone ?? ""
                case .name(let name): name
                }
                let isSelected = index == shown
                canvas.write((isSelected ? "▸ " : "  ") + words, x: list.x, y: list.y + line, width: list.width,
                             role: isSelected ? .selection : .dialog)
            }
        }
        typed.render(into: &canvas, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), focused: true)
    }
}
