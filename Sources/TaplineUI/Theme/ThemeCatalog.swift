import Foundation

/// Finds and loads a theme by name or path, falling back to the built-in one with a warning.
///
/// A broken theme never stops the console: the warning names the file and line, and the
/// agent carries on with the default theme (or the built-in one if that is broken too).
public struct ThemeCatalog: Sendable {
    public let directories: [URL]

    public init(directories: [URL]) { self.directories = directories }

    /// Theme names found in the directories (without ".toml").
    public var names: [String] {
        let files = directories.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] }
        return Array(Set(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) })).sorted()
    }

    /// Loads `name` (a theme name or a path to a .toml file); returns the theme and any warnings.
    public func load(_ name: String) -> (theme: Theme, warnings: [String]) {
        var warnings: [String] = []
        for candidate in [name, "default"] {
            guard let url = locate(candidate) else {
                if candidate == name { warnings.append("theme “\(name)” not found in \(directories.map(\.path).joined(separator: ", ")); using the default theme") }
                continue
            }
            do {
                let theme = try ThemeLoader.load(file: url)
                return (theme, warnings)
            } catch {
                warnings.append("\(error.description); using the default theme")
            }
        }
        return (.builtIn, warnings)
    }

    private func locate(_ name: String) -> URL? {
        if name.hasSuffix(".toml") || name.contains("/") {
            let url = URL(fileURLWithPath: name)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        return directories.map { $0.appendingPathComponent(name + ".toml") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
