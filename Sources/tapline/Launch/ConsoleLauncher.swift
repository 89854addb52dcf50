import ArgumentParser
import Foundation
import TaplineDomain
import TaplinePostgres
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

    /// Runs the console; returns the exit code.
    ///
    /// - Parameter database: a SQLite store already open (demo mode's); otherwise the store the
    ///   options name (`StoreLocation`): the SQLite file, or the PostgreSQL database.
    func run(start: Start, database: AppDatabase? = nil) -> ExitCode {
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let opened: OpenedConsoleStore
        do {
            opened = try database.map { OpenedConsoleStore(sqlite: $0, agent: self.agent, role: self.role) } ?? open()
        } catch {
            let named = (try? options.storeLocation().description) ?? "the database"
            FileHandle.standardError.write(Data("tapline: cannot open \(named): \(error)\n".utf8))
            return ExitCode(2)
        }
        let store = opened.store, agent = opened.agent, role = opened.role
        let signals = SignalWatcher()
        let terminal: Terminal
        do {
            terminal = try Terminal.open(theme: theme, ascii: options.ascii || configuration.ascii,
                                         mouse: !options.noMouse && configuration.mouse)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            return ExitCode(2)
        }
        let console = Console(root: AnyScreen(HomeScreen(areas: Wiring.homeAreas() + extraHomeAreas)), panels: Wiring.panels)
        if let sqlite = opened.sqlite { prepare?(console, sqlite) }
        if let warning = warnings.last {
            // Also on stderr above; the console's screen hides stderr while it runs.
            console.announce(StatusMessage(text: warning, role: .warning))
        }
        let zone = self.zone, isDemo = self.isDemo, calendar = self.calendar, codes = configuration.wrapUpCodes
        let now = clock ?? { zone.local(Date()) }
        let environment: @Sendable () -> ScreenEnvironment = {
            ScreenEnvironment(now: now(), agent: agent, role: role, isDemo: isDemo,
                              calendar: calendar, accountActions: Wiring.accountActions, wrapUpCodes: codes)
        }
        let loop = RunLoop(terminal: terminal, console: console, services: Wiring.services(store: store, calendar: calendar, letters: isDemo ? .demo : .real, tariff: configuration.tariff),
                           signals: signals, environment: environment)
        switch start {
        case .home: break
        case .lookup(let query): loop.startOn(AnyScreen(LookupScreen(query: query)))
        case .account(let number): loop.startOn(AnyScreen(AccountScreen(accountNumber: number)))
        }
        if let signal = loop.run() { return ExitCode(128 + signal) }
        return .success
    }

    /// Opens the store the options name, and finds who the user is on it: on SQLite the real
    /// uid's login (demo mode: `--as`), on PostgreSQL the login the server authenticated.
    private func open() throws -> OpenedConsoleStore {
        switch try options.storeLocation() {
        case .sqlite(let path):
            return OpenedConsoleStore(sqlite: try AppDatabase.open(path: path), agent: agent, role: role)
        case .postgres(let uri):
            let store = try PostgresStore(uri: uri)
            let login = try store.currentUser()
            return OpenedConsoleStore(store: store, sqlite: nil, agent: login, role: try store.role(of: login) ?? .agent)
        }
    }
}

/// The store the console runs on, with the user it acts for and their role.
struct OpenedConsoleStore {
    let store: any ConsoleStore
    /// The SQLite store, when that is what it is (demo mode's hooks need it).
    let sqlite: AppDatabase?
    let agent: String
    let role: Role

    init(store: any ConsoleStore, sqlite: AppDatabase?, agent: String, role: Role) {
        self.store = store
        self.sqlite = sqlite
        self.agent = agent
        self.role = role
    }

    /// A SQLite store: the role given on the command line (demo mode), else the directory's.
    init(sqlite: AppDatabase, agent: String, role: Role?) {
        self.init(store: sqlite, sqlite: sqlite, agent: agent,
                  role: role ?? ((try? sqlite.users.role(of: agent)) ?? nil) ?? .agent)
    }
}
