import Foundation

/// How far each of a theme's roles stands out from what it is drawn on, by WCAG 2's contrast
/// ratio, which WCAG2ICT applies to terminal programs (issue 15 item 6).
///
/// A role is measured on its own background, or on the terminal's (`Theme.terminalBackground`)
/// where it leaves that to the terminal. Text needs 4.5:1 (1.4.3), bold headings 3:1 (as large
/// text does), borders and chart bars 3:1 (1.4.11, non-text); at `.enhanced` (the high-contrast
/// theme) text needs 7:1 and headings 4.5:1 (1.4.6). A role in the terminal's own colours on
/// both sides (the monochrome theme) is the terminal's to make readable and is not measured;
/// nor are the 16-colour fallbacks, whose shades each terminal chooses.
public enum ThemeContrast {
    public enum Level: Sendable { case minimum, enhanced }

    /// One role measured: its ratio and the least it needs.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public let role: StyleRole
        public let ratio: Double
        public let required: Double

        public var passes: Bool { ratio >= required }
        public var description: String { String(format: "%@ %.2f:1 (needs %.1f:1)", role.rawValue, ratio, required) }
    }

    /// Every measurable role of `theme`, in role order.
    public static func findings(for theme: Theme, level: Level) -> [Finding] {
        StyleRole.allCases.compactMap { role in
            let style = theme.style(for: role)
            let background = style.background == .terminalDefault ? theme.terminalBackground : style.background
            guard case .rgb(let fr, let fg, let fb) = style.foreground, case .rgb(let br, let bg, let bb)? = background else { return nil }
            return Finding(role: role, ratio: ratio((fr, fg, fb), (br, bg, bb)), required: required(role, level))
        }
    }

    /// The least ratio `role` needs at `level`.
    public static func required(_ role: StyleRole, _ level: Level) -> Double {
        switch role {
        case .border, .chartBar, .chartCompare, .chartAverage: return 3
        case .title, .header: return level == .enhanced ? 4.5 : 3
        default: return level == .enhanced ? 7 : 4.5
        }
    }

    /// WCAG 2's contrast ratio of two sRGB colours, from 1 (the same) to 21 (black on white).
    public static func ratio(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// WCAG 2's relative luminance of an sRGB colour.
    public static func luminance(_ colour: (UInt8, UInt8, UInt8)) -> Double {
        let (r, g, b) = ColourVision.linear(colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
}
