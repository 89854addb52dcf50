import Foundation
import TaplineStore

/// Where Tapline keeps its files: XDG locations for data and config, and the folder that
/// holds the shipped `themes/` and `scenarios/`.
enum Paths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var home: URL { URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()) }

    static var dataDirectory: URL {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("tapline") }
        return home.appendingPathComponent(".local/share/tapline")
    }

    static var configDirectory: URL {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("tapline") }
        return home.appendingPathComponent(".config/tapline")
    }

    static var defaultDatabase: URL { dataDirectory.appendingPathComponent("tapline.sqlite") }
    static var demoDatabase: URL { dataDirectory.appendingPathComponent("demo.sqlite") }
    static var defaultConfig: URL { configDirectory.appendingPathComponent("config.toml") }

    /// The folder holding `themes/` and `scenarios/`: $TAPLINE_HOME, else the nearest folder
    /// above the executable that has them (the checkout, for `swift run` and `.build/…`).
    static var resources: URL {
        if let explicit = environment["TAPLINE_HOME"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = Bundle.main.executableURL { folder = executable.resolvingSymlinksInPath().deletingLastPathComponent() }
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("themes/default.toml").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static var themeDirectories: [URL] {
        [configDirectory.appendingPathComponent("themes"), resources.appendingPathComponent("themes")]
    }

    /// The agent: the login of the real user id running the console, never `$USER`.
    static var userName: String { SystemLogin.current }
}
