import ArgumentParser
import Foundation
import TaplineDomain
import TaplineTerminal
import TaplineUI

/// Puts the console together: configuration, theme, services, screens, terminal, run loop.
struct ConsoleLauncher {
    /// The screen the console opens on (screen pop from a phone system lands on a customer).
    enum Start {
        case home
    }

    let options: GlobalOptions
    let configuration: Configuration
    var warnings: [String]
    let theme: Theme
    let zone: UtilityZone
    var isDemo = false
    var agent = Paths.userName

    init(options: GlobalOptions) throws {
        self.options = options
        let (configuration, configWarnings) = Configuration.load(from: options.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        self.configuration = configuration
        let (theme, themeWarnings) = ThemeCatalog(directories: Paths.themeDirectories)
            .load(options.theme ?? configuration.theme ?? "default")
        self.theme = theme
        self.warnings = configWarnings + themeWarnings
        self.zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
    }

    /// Runs the console; returns the exit code as an error ArgumentParser understands.
    func run(start: Start) -> ExitCode {
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let signals = SignalWatcher()
        let terminal: Terminal
        do {
            terminal = try Terminal.open(theme: theme)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            return ExitCode(2)
        }
        let console = Console(root: AnyScreen(HomeScreen(areas: homeAreas())))
        let zone = self.zone, agent = self.agent, isDemo = self.isDemo
        let loop = RunLoop(terminal: terminal, console: console, services: Services(), signals: signals) {
            ScreenEnvironment(now: zone.local(Date()), agent: agent, isDemo: isDemo)
        }
        if let signal = loop.run() { return ExitCode(128 + signal) }
        return .success
    }

    private func homeAreas() -> [HomeScreen.Area] {
        let areas: [(String, String, String)] = [
            ("Account lookup", "find a customer as you type; bills, payments, usage", "Account lookup arrives with issue #3."),
            ("Complaints", "log, escalate and reply within 10 business days", "Complaints arrive with issue #4."),
            ("Hardship", "assess capacity to pay, refer, protect", "Hardship assessment arrives with issue #5."),
            ("Payment plans", "plans from capacity to pay, exact to the cent", "Payment plans arrive with issue #5."),
            ("Conduct incidents", "warn, end contact, report", "Conduct incidents arrive with issue #6."),
            ("Supervisor review", "escalations, deadlines and incidents to decide", "Supervisor review arrives with issues #4 and #6."),
        ]
        return areas.map { title, summary, note in
            HomeScreen.Area(title: title, summary: summary) { AnyScreen(NotBuiltScreen(area: title, note: note)) }
        }
    }
}
