import Foundation
import Testing
@testable import TaplineUI

/// Every shipped theme's roles pass WCAG 2's contrast ratios on the background each is made
/// for (WCAG2ICT 1.4.3, 1.4.6, 1.4.11; issue 15 item 6), and the colour-blind theme's state
/// colours stay apart under protanopia and deuteranopia.
@Suite("Theme contrast: WCAG ratios on every shipped theme; state colours apart for colour-blind agents")
struct ThemeContrastTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../themes").standardizedFileURL

    func theme(_ name: String) throws -> Theme {
        try ThemeLoader.load(file: Self.themes.appendingPathComponent("\(name).toml"))
    }

    @Test func theRatioIsWCAGs() {
        #expect(ThemeContrast.ratio((0, 0, 0), (255, 255, 255)) == 21)
        #expect(ThemeContrast.ratio((0x77, 0x77, 0x77), (0x77, 0x77, 0x77)) == 1)
        // #767676 on white is the lightest grey that passes 4.5:1
        #expect(abs(ThemeContrast.ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54) < 0.01)
    }

    @Test("each theme's text 4.5:1, bold headings and graphics 3:1, on its terminal background (1.4.3, 1.4.11)",
          arguments: ["default", "colour-blind", "light"])
    func everyRolePassesTheMinimum_1_4_3(name: String) throws {
        let theme = try theme(name)
        #expect(theme.terminalBackground != nil, "the theme says what background it is made for")
        let findings = ThemeContrast.findings(for: theme, level: .minimum)
        #expect(findings.count == StyleRole.allCases.count, "every role is measured")
        let failing = findings.filter { !$0.passes }
        #expect(failing.isEmpty, "\(name): \(failing)")
    }

    @Test func theHighContrastThemePassesTheEnhancedLevelDangerAndErrorIncluded_1_4_6() throws {
        let theme = try theme("high-contrast")
        let findings = ThemeContrast.findings(for: theme, level: .enhanced)
        #expect(findings.count == StyleRole.allCases.count)
        #expect(findings.filter { !$0.passes }.isEmpty, "\(findings.filter { !$0.passes })")
        for role in [StyleRole.danger, .error, .text, .muted] {
            #expect((findings.first { $0.role == role }?.ratio ?? 0) >= 7, "\(role)")
        }
    }

    @Test func theBuiltInThemeUsedWhenNoFileCanBeReadPassesToo_1_4_3() {
        let findings = ThemeContrast.findings(for: .builtIn, level: .minimum)
        #expect(findings.count == StyleRole.allCases.count)
        #expect(findings.filter { !$0.passes }.isEmpty, "\(findings.filter { !$0.passes })")
    }

    @Test func theMonochromeThemeLeavesColourToTheTerminal() throws {
        let theme = try theme("monochrome")
        #expect(ThemeContrast.findings(for: theme, level: .minimum).isEmpty)
    }

    @Test func aTooFaintRoleIsFoundNotPassed() throws {
        let faint = try ThemeLoader.parse("""
            terminal_background = "#000000"
            [roles.text]
            fg = "#ffffff"
            [roles.muted]
            fg = "#444444"
            """, file: "faint.toml")
        let muted = try #require(ThemeContrast.findings(for: faint, level: .minimum).first { $0.role == .muted })
        #expect(!muted.passes)
        #expect(muted.description == "muted 2.16:1 (needs 4.5:1)")
    }

    @Test func aMalformedTerminalBackgroundNamesItsLine() {
        #expect {
            try ThemeLoader.parse("name = \"x\"\nterminal_background = \"dark\"\n[roles.text]\nfg = \"#ffffff\"\n", file: "themes/x.toml")
        } throws: { error in
            (error as? ThemeLoader.Failure)?.line == 2
        }
    }

    /// The colour-blind theme's states, as an agent with protanopia or deuteranopia sees them:
    /// each pair at least 15 ΔE apart (10 is plainly a different colour).
    @Test(arguments: ColourVision.allCases)
    func theColourBlindThemesStatesStayApart(vision: ColourVision) throws {
        let theme = try theme("colour-blind")
        let states: [StyleRole] = [.success, .warning, .danger, .info]
        for (i, one) in states.enumerated() {
            for other in states[(i + 1)...] {
                guard case .rgb(let r1, let g1, let b1) = theme.style(for: one).foreground,
                      case .rgb(let r2, let g2, let b2) = theme.style(for: other).foreground else {
                    Issue.record("\(one) or \(other) has no colour")
                    continue
                }
                let distance = vision.distance((r1, g1, b1), (r2, g2, b2))
                #expect(distance >= 15, "\(vision): \(one) and \(other) only \(distance) apart")
            }
        }
    }

    /// The check is not blind: to a deuteranope the default theme's red and green are close.
    @Test func redAndGreenLookAlikeToADeuteranope() {
        let red: (UInt8, UInt8, UInt8) = (0xBF, 0x61, 0x6A), green: (UInt8, UInt8, UInt8) = (0xA3, 0xBE, 0x8C)
        #expect(ColourVision.typical.distance(red, green) > 40)
        #expect(ColourVision.deuteranopia.distance(red, green) < ColourVision.typical.distance(red, green) / 2)
    }
}
