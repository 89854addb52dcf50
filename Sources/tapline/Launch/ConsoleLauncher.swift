import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore
import TaplineTerminal
import TaplineUI

/// Puts the console together: configuration, theme, store, services, screens, terminal, run loop.
struct ConsoleLauncher {
    /// The screen the console opens on: screen pop from a phone system lands on a customer.
    enum Start {
        case home
        case lookup(query: String)
        case account(number: String)
    }

    let options: GlobalOptions
    let configuration: Configuration
    var warnings: [String]
    let theme: Theme
    let zone: UtilityZone
    let calendar: BusinessCalendar
    var isDemo = false
    var agent = Paths.userName
    /// A role given on the command line (demo mode); otherwise the user directory decides.
    var role: Role?
    /// Called with the console before it starts, e.g. to add demo-mode hooks.
    var prepare: ((Console, AppDatabase) -> Void)?
    /// The console's clock; demo mode swaps in a scenario's (the Thursday before Easter…).
    var clock: (@Sendable () -> LocalDateTime)?
    /// Areas added to the home screen after the standard ones (demo mode's scenarios, trainer view).
    var extraHomeAreas: [HomeScreen.Area] = []

    init(options: GlobalOptions) throws {
        self.options = options
        let (configuration, configWarnings) = Configuration.load(from: options.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        self.configuration = configuration
        let (theme, themeWarnings) = ThemeCatalog(directories: Paths.themeDirectories)
            .load(options.theme ?? configuration.theme ?? "default")
        self.theme = theme
        self.warnings = configWarnings + themeWarnings
        self.zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
        self.calendar = configuration.calendar
    }

    /// The database the console opens: --database, else the default file.
    var databasePath: String { options.database ?? Paths.defaultDatabase.path }

    /// Runs the console; returns the exit code.
    func run(start: Start, database: AppDatabase? = nil) -> ExitCode {
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let store: AppDatabase
        do {
            store = try database ?? AppDatabase.open(path: databasePath)
        } catch {
            FileHandle.standardError.write(Data("tapline: cannot open the database \(databasePath): \(error)\n".utf8))
            return ExitCode(2)
        }
        let role = self.role ?? ((try? store.users.role(of: agent)) ?? nil) ?? .agent
        let signals = SignalWatcher()
        let terminal: Terminal
        do {
            terminal = try Terminal.open(theme: theme)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            return ExitCode(2)
        }
        let console = Console(root: AnyScreen(HomeScreen(areas: Wiring.homeAreas() + extraHomeAreas)), panels: Wiring.panels)
        prepare?(console, store)
        if let warning = warnings.last {
            // Also on stderr above; the console's screen hides stderr while it runs.
            console.announce(StatusMessage(text: warning, role: .warning))
        }
        let zone = self.zone, agent = self.agent, isDemo = self.isDemo, calendar = self.calendar
        let now = clock ?? { zone.local(Date()) }
        let environment: @Sendable () -> ScreenEnvironment = {
            ScreenEnvironment(now: now(), agent: agent, role: role, isDemo: isDemo,
                              calendar: calendar, accountActions: Wiring.accountActions)
        }
        let loop = RunLoop(terminal: terminal, console: console, services: Wiring.services(store: store, calendar: calendar, letters: isDemo ? .demo : .real),
                           signals: signals, environment: environment)
        switch start {
        case .home: break
        case .lookup(let query): loop.startOn(AnyScreen(LookupScreen(query: query)))
        case .account(let number): loop.startOn(AnyScreen(AccountScreen(accountNumber: number)))
        }
        if let signal = loop.run() { return ExitCode(128 + signal) }
        return .success
    }
}
