/// A single-line text field: the text, the cursor, and the editing keys people already know.
///
/// Works on grapheme clusters, so "Zoë Ng — 水野" edits one visible character at a time, and
/// scrolls sideways to keep the cursor in view. A length limit refuses what would not fit in
/// the store instead of cutting it silently.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var maxLength: Int
    public var placeholder: String

    public init(_ text: String = "", maxLength: Int = 200, placeholder: String = "") {
        self.characters = Array(text.prefix(maxLength))
        self.cursor = characters.count
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func setText(_ text: String) {
        characters = Array(text.prefix(maxLength))
        cursor = characters.count
    }

    /// An editing operation a key asks for.
    public enum Edit: Sendable, Equatable {
        case insert(Character)
        case left, right, home, end
        case backspace, delete
        case clearToStart, clearToEnd, deleteWordBack
        case wordLeft, wordRight
    }

    /// Editing keys with their help: the same table handles the keys and writes F1 help.
    public static let editBindings: [KeyBinding<Edit>] = [
        KeyBinding([.left, .right], label: "←/→", help: "move the cursor", bar: false, action: .left),
        KeyBinding([.home, .ctrl("a")], label: "Home/Ctrl-A", help: "start of the field", bar: false, action: .home),
        KeyBinding([.end, .ctrl("e")], label: "End/Ctrl-E", help: "end of the field", bar: false, action: .end),
        KeyBinding(.backspace, help: "delete before the cursor", bar: false, action: .backspace),
        KeyBinding(.delete, help: "delete at the cursor", bar: false, action: .delete),
        KeyBinding(.ctrl("u"), help: "delete to the start", bar: false, action: .clearToStart),
        KeyBinding(.ctrl("k"), help: "delete to the end", bar: false, action: .clearToEnd),
        KeyBinding(.ctrl("w"), help: "delete the word before", bar: false, action: .deleteWordBack),
        KeyBinding([.alt("b"), .alt("f")], label: "Alt-b/Alt-f", help: "word left / right", bar: false, action: .wordLeft),
    ]

    public static var editHints: [KeyHint] { editBindings.hints() }

    /// The edit a key means, or nil when the key is not an editing key.
    public static func edit(for key: Key) -> Edit? {
        switch key {
        case .character(let c): return .insert(c)
        case .right: return .right
        case .alt("f"): return .wordRight
        default: return editBindings.action(for: key)
        }
    }

    /// Applies an edit; returns false when refused (the field is full).
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        switch edit {
        case .insert(let c):
            guard characters.count < maxLength else { return false }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .clearToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .clearToEnd:
            characters.removeSubrange(cursor...)
        case .deleteWordBack:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight:
            var i = cursor
            while i < characters.count, characters[i] == " " { i += 1 }
            while i < characters.count, characters[i] != " " { i += 1 }
            cursor = i
        }
        return true
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " " { i -= 1 }
        return i
    }

    /// Draws the field in one row; when focused, puts the hardware cursor at the text cursor.
    public func render(into canvas: inout Canvas, area: Rect, focused: Bool) {
        let role: StyleRole = focused ? .inputFocused : .input
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(row, role: role)
        if characters.isEmpty && !placeholder.isEmpty {
            canvas.write(placeholder, x: area.x, y: area.y, width: area.width, role: .muted)
            if focused { canvas.cursor = Point(x: area.x, y: area.y) }
            return
        }
        // Scroll so the cursor stays visible, keeping one cell for it at the end.
        let widths = characters.map(DisplayWidth.of)
        var start = 0
        var widthToCursor = widths[0..<cursor].reduce(0, +)
        while widthToCursor > area.width - 1 && start < cursor {
            widthToCursor -= widths[start]
            start += 1
        }
        canvas.write(String(characters[start...]), x: area.x, y: area.y, role: role, clip: row)
        if focused { canvas.cursor = Point(x: area.x + widthToCursor, y: area.y) }
    }
}
