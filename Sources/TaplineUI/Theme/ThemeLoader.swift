import Foundation
import TOMLKit

/// Reads a theme from TOML, refusing a broken file with its file name and line.
///
/// Format (see themes/default.toml): `name`, an optional `[palette]` of named "#rrggbb"
/// colours, and one `[roles.NAME]` table per style role with `fg`, `bg` (palette name,
/// "#rrggbb" or "default"), `fg16`, `bg16` (ANSI colour names), `attrs` and `mono` (lists of
/// bold, dim, underline, reverse, italic). Roles left out fall back to related roles.
public enum ThemeLoader {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func load(file: URL) throws(Failure) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw Failure(file: file.path, line: 0, message: "cannot read the theme file (\(error.localizedDescription))")
        }
        return try parse(text, file: file.path)
    }

    public static func parse(_ text: String, file: String) throws(Failure) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw Failure(file: file, line: 1, message: "not valid TOML")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func fail(_ message: String, section: String, key: String? = nil) -> Failure {
            Failure(file: file, line: lineNumber(in: lines, section: section, key: key), message: message)
        }

        var palette: [String: ThemeColor] = [:]
        if let paletteTable = table["palette"]?.table {
            for key in paletteTable.keys {
                guard let hex = paletteTable[key]?.string, let colour = ThemeColor(hex: hex) else {
                    throw fail("palette colour “\(key)” must be \"#rrggbb\"", section: "palette", key: key)
                }
                palette[key] = colour
            }
        }
        guard let roles = table["roles"]?.table else {
            throw Failure(file: file, line: 1, message: "no [roles.…] tables: a theme must style at least the text role")
        }
        var styles: [StyleRole: RoleStyle] = [:]
        for roleName in roles.keys {
            let section = "roles.\(roleName)"
            guard let role = StyleRole(rawValue: roleName) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown role “\(roleName)” (known roles: \(known))", section: section)
            }
            guard let entry = roles[roleName]?.table else { throw fail("role “\(roleName)” must be a table", section: section) }
            func colour(_ key: String) throws(Failure) -> ThemeColor {
                guard let value = entry[key] else { return .terminalDefault }
                guard let name = value.string else { throw fail("\(key) must be a string", section: section, key: key) }
                if let named = palette[name] { return named }
                guard let parsed = ThemeColor(hex: name) else {
                    throw fail("\(key) = “\(name)” is neither a palette name, \"#rrggbb\" nor \"default\"", section: section, key: key)
                }
                return parsed
            }
            func basic(_ key: String) throws(Failure) -> BasicColor {
                guard let value = entry[key] else { return .terminalDefault }
                guard let name = value.string, let parsed = BasicColor(name: name) else {
                    throw fail("\(key) must name an ANSI colour (black, red, … bright-white, default)", section: section, key: key)
                }
                return parsed
            }
            func attributes(_ key: String) throws(Failure) -> Set<TextAttribute> {
                guard let value = entry[key] else { return [] }
                guard let array = value.array else { throw fail("\(key) must be a list such as [\"bold\"]", section: section, key: key) }
                var set = Set<TextAttribute>()
                for item in array {
                    guard let name = item.string, let attribute = TextAttribute(rawValue: name) else {
                        throw fail("\(key) lists an unknown attribute (use bold, dim, underline, reverse, italic)", section: section, key: key)
                    }
                    set.insert(attribute)
                }
                return set
            }
            styles[role] = RoleStyle(foreground: try colour("fg"), background: try colour("bg"),
                                     foreground16: try basic("fg16"), background16: try basic("bg16"),
                                     attributes: try attributes("attrs"), monoAttributes: try attributes("mono"))
        }
        guard styles[.text] != nil else { throw Failure(file: file, line: 1, message: "the theme has no [roles.text] table") }
        var terminalBackground: ThemeColor?
        if let value = table["terminal_background"] {
            guard let text = value.string, let colour = palette[text] ?? ThemeColor(hex: text), colour != .terminalDefault else {
                let line = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("terminal_background") }
                throw Failure(file: file, line: (line ?? 0) + 1,
                              message: "terminal_background must be \"#rrggbb\" or a palette name: the background the theme is made for")
            }
            terminalBackground = colour
        }
        return Theme(name: table["name"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
                     terminalBackground: terminalBackground, styles: styles)
    }

    /// Roles a theme leaves out, to say once at start-up which fallbacks are in use.
    public static func missingRoles(in theme: Theme) -> [StyleRole] {
        StyleRole.allCases.filter { theme.styles[$0] == nil }
    }

    /// The 1-based line of `key` inside `[section]` (or of the section header), for error messages.
    static func lineNumber(in lines: [String], section: String, key: String?) -> Int {
        var inSection = false
        var sectionLine = 1
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                inSection = line == "[\(section)]"
                if inSection { sectionLine = index + 1 }
                continue
            }
            // Dotted or inline forms: roles.text = { … } or text = { … } inside [roles].
            let dotted = section.split(separator: ".").last.map(String.init) ?? section
            if key == nil, line.hasPrefix(dotted + " ") || line.hasPrefix(dotted + "=") { return index + 1 }
            if inSection, let key, line.hasPrefix(key + " ") || line.hasPrefix(key + "=") { return index + 1 }
        }
        return sectionLine
    }
}
