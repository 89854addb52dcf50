/// A theme: how each style role looks on a true-colour, 256-colour, 16-colour or colourless terminal.
///
/// Roles are semantic (STYLE: "semantic roles, not raw colours"); a role a theme leaves out
/// falls back to a related role (`StyleRole.fallback`). `mono` attributes are what a role
/// uses when colour is off (NO_COLOR, monochrome terminals), so selection still shows.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: RoleStyle]
    /// The terminal background the theme is made for (`terminal_background`): what roles that
    /// leave the background to the terminal are drawn on, and so measured on (`ThemeContrast`).
    public var terminalBackground: ThemeColor?

    public init(name: String, terminalBackground: ThemeColor? = nil, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.styles = styles
        self.terminalBackground = terminalBackground
    }

    /// The style a role gets, following fallbacks down to `text`.
    public func style(for role: StyleRole) -> RoleStyle {
        var current: StyleRole? = role
        while let r = current {
            if let style = styles[r] { return style }
            current = r.fallback
        }
        return RoleStyle()
    }
}

/// How one role is drawn.
public struct RoleStyle: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var foreground16: BasicColor
    public var background16: BasicColor
    public var attributes: Set<TextAttribute>
    /// Attributes used instead of colour when there is none.
    public var monoAttributes: Set<TextAttribute>

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                foreground16: BasicColor = .terminalDefault, background16: BasicColor = .terminalDefault,
                attributes: Set<TextAttribute> = [], monoAttributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.foreground16 = foreground16
        self.background16 = background16
        self.attributes = attributes
        self.monoAttributes = monoAttributes
    }
}

/// A colour given as RGB, or the terminal's own default.
public enum ThemeColor: Sendable, Equatable, Hashable {
    case terminalDefault
    case rgb(UInt8, UInt8, UInt8)

    /// Parses "#rrggbb" or "default".
    public init?(hex: String) {
        if hex == "default" { self = .terminalDefault; return }
        guard hex.hasPrefix("#"), hex.count == 7, let value = UInt32(hex.dropFirst(), radix: 16) else { return nil }
        self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}

/// The sixteen ANSI colours, for terminals without 256 colours.
public enum BasicColor: Int, Sendable, CaseIterable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    public init?(name: String) {
        let key = name.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "").lowercased()
        if key == "default" { self = .terminalDefault; return }
        guard let match = BasicColor.allCases.first(where: { "\($0)".lowercased() == key }) else { return nil }
        self = match
    }
}

/// Text attributes a terminal can show without colour.
public enum TextAttribute: String, Sendable, CaseIterable, Hashable {
    case bold, dim, underline, reverse, italic
}
