import TaplineUI

/// Maps a theme's style roles onto terminal colours for a colour depth: pure, so it is tested
/// without a terminal. The terminal turns each `TerminalStyle` into an ncurses colour pair.
public struct ColorMapper: Sendable {
    public let depth: ColorDepth
    public let theme: Theme

    public init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    /// A role resolved for this terminal: colour numbers (-1 = terminal default) and attributes.
    public struct TerminalStyle: Equatable, Sendable {
        public var foreground: Int
        public var background: Int
        public var attributes: Set<TextAttribute>
    }

    public func style(for role: StyleRole) -> TerminalStyle {
        let style = theme.style(for: role)
        switch depth {
        case .none:
            return TerminalStyle(foreground: -1, background: -1, attributes: style.attributes.union(style.monoAttributes))
        case .basic16:
            return TerminalStyle(foreground: style.foreground16.rawValue, background: style.background16.rawValue,
                                 attributes: style.attributes)
        case .palette256:
            return TerminalStyle(foreground: ColorMapper.xterm256(style.foreground) ?? style.foreground16.rawValue,
                                 background: ColorMapper.xterm256(style.background) ?? style.background16.rawValue,
                                 attributes: style.attributes)
        case .direct:
            return TerminalStyle(foreground: ColorMapper.direct(style.foreground) ?? -1,
                                 background: ColorMapper.direct(style.background) ?? -1, attributes: style.attributes)
        }
    }

    static func direct(_ colour: ThemeColor) -> Int? {
        guard case .rgb(let r, let g, let b) = colour else { return nil }
        return Int(r) << 16 | Int(g) << 8 | Int(b)
    }

    /// The nearest entry of the xterm 256-colour palette (6x6x6 cube or grey ramp).
    static func xterm256(_ colour: ThemeColor) -> Int? {
        guard case .rgb(let r, let g, let b) = colour else { return nil }
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: UInt8) -> Int {
            levels.indices.min(by: { abs(levels[$0] - Int(v)) < abs(levels[$1] - Int(v)) })!
        }
        let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance((levels[ri], levels[gi], levels[bi]), (Int(r), Int(g), Int(b)))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = min(23, max(0, (average - 8 + 5) / 10))
        let greyLevel = 8 + greyIndex * 10
        let greyDistance = distance((greyLevel, greyLevel, greyLevel), (Int(r), Int(g), Int(b)))
        return greyDistance < cubeDistance ? 232 + greyIndex : cube
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }
}
