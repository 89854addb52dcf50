/// How many colours the terminal can show, which decides how theme colours are mapped.
public enum ColorDepth: Sendable, Equatable {
    /// No colour at all: NO_COLOR is set, or the terminal has none. Attributes only.
    case none
    /// The sixteen ANSI colours (theme `fg16`/`bg16`).
    case basic16
    /// The xterm 256-colour palette (theme RGB mapped to the nearest entry).
    case palette256
    /// 24-bit colour, with colour numbers that are RGB values (terminfo "RGB", e.g. xterm-direct).
    case direct

    /// Chooses a depth from what the terminal reports and from NO_COLOR (no-color.org:
    /// set and non-empty means no colour, whatever the theme).
    public static func choose(colors: Int, hasColors: Bool, noColor: String?) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .none }
        guard hasColors, colors >= 8 else { return .none }
        if colors >= 0x100_0000 { return .direct }
        if colors >= 256 { return .palette256 }
        return .basic16
    }
}
