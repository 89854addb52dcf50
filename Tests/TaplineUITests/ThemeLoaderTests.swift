import Foundation
import Testing
@testable import TaplineUI

@Suite("Themes: shipped files, fallbacks, broken files")
struct ThemeLoaderTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../themes").standardizedFileURL

    @Test("every shipped theme parses and styles every role", arguments: ["default", "high-contrast", "monochrome", "colour-blind", "light"])
    func shippedThemesParse(name: String) throws {
        let theme = try ThemeLoader.load(file: Self.themes.appendingPathComponent("\(name).toml"))
        #expect(theme.name == name)
        #expect(ThemeLoader.missingRoles(in: theme).isEmpty)
    }

    @Test func aMissingRoleFallsBackToARelatedOne() throws {
        let theme = try ThemeLoader.parse("""
        [roles.text]
        fg = "#ffffff"
        [roles.accent]
        fg = "#00ff00"
        """, file: "mini.toml")
        #expect(theme.style(for: .selection) == theme.style(for: .accent))
        #expect(theme.style(for: .muted) == theme.style(for: .text))
    }

    @Test("a broken theme names its file and line", arguments: [
        ("name = \"x\"\n[roles.text]\nfg = \"#fff\"\n", 3, "neither a palette name"),
        ("[roles.text]\nfg = \"#ffffff\"\n[roles.sparkle]\nfg = \"#000000\"\n", 3, "unknown role"),
        ("[roles.text]\nfg = \"#ffffff\"\nfg16 = \"mauve\"\n", 3, "ANSI colour"),
        ("[roles.text\nfg = 1\n", 1, "not valid TOML"),
        ("[roles.text]\nattrs = [\"blink\"]\n", 2, "unknown attribute"),
        ("name = \"no roles\"\n", 1, "no [roles"),
    ])
    func brokenThemesNameFileAndLine(text: String, line: Int, words: String) {
        #expect {
            try ThemeLoader.parse(text, file: "themes/broken.toml")
        } throws: { error in
            guard let failure = error as? ThemeLoader.Failure else { return false }
            return failure.file == "themes/broken.toml" && failure.line == line && failure.message.contains(words)
                && failure.description.hasPrefix("themes/broken.toml:\(line): ")
        }
    }

    @Test func theCatalogFallsBackToTheDefaultWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[roles.text]\nfg = \"oops\"\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Self.themes.appendingPathComponent("default.toml"), to: folder.appendingPathComponent("default.toml"))
        let catalog = ThemeCatalog(directories: [folder])
        let (theme, warnings) = catalog.load("broken")
        #expect(theme.name == "default")
        #expect(warnings.count == 1)
        #expect(warnings[0].contains("broken.toml:2:"))
        let (missing, missingWarnings) = catalog.load("nope")
        #expect(missing.name == "default")
        #expect(missingWarnings[0].contains("“nope” not found"))
        #expect(catalog.names == ["broken", "default"])
    }
}
