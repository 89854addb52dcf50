/// A key press or terminal event, decoded from whatever the terminal sent.
///
/// Terminal-independent: the terminal layer turns bytes into these, screens turn these into
/// their own `Action`s, and tests type them directly.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case tab, backTab, enter, escape
    case function(Int)
    case ctrl(Character)
    case alt(Character)
    case mouse(MouseEvent)
    case resize

    /// How help and the key-hint bar name this key: "F1", "Ctrl-S", "Alt-x", "↑", "Enter".
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        }
    }

    /// The character a printable key types, or nil for keys that type nothing.
    public var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}

/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable { case left, middle, right, wheelUp, wheelDown }
    public var button: Button
    public var x: Int
    public var y: Int
    public var isRelease: Bool

    public init(button: Button, x: Int, y: Int, isRelease: Bool = false) {
        self.button = button
        self.x = x
        self.y = y
        self.isRelease = isRelease
    }
}
