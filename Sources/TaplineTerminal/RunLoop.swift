import Foundation
import TaplineUI

/// The console's main loop: keys in, effects out, frames drawn, terminal always given back.
public final class RunLoop {
    private let terminal: Terminal
    private let console: Console
    private let runner: WorkRunner
    private let signals: SignalWatcher
    private let environment: () -> ScreenEnvironment
    private var decoder = KeyDecoder()
    private let health: HealthProbe?
    private let changes: ChangeWatcher?
    private let presence: PresenceReporter?

    public init(terminal: Terminal, console: Console, services: Services, signals: SignalWatcher,
                environment: @escaping () -> ScreenEnvironment) {
        self.terminal = terminal
        self.console = console
        self.runner = WorkRunner(services: services)
        self.signals = signals
        self.environment = environment
        self.health = (try? services.port((any StoreHealthPort).self)).map(HealthProbe.init)
        self.changes = (try? services.port((any StoreChangesPort).self)).map(ChangeWatcher.init)
        self.presence = (try? services.port((any PresencePort).self)).map(PresenceReporter.init)
    }

    private var firstScreen: AnyScreen?

    /// Opens the console on this screen, above home (so Esc still leads home).
    public func startOn(_ screen: AnyScreen) { firstScreen = screen }

    /// Runs until the agent quits or a signal arrives; returns the signal, if one ended it.
    public func run() -> Int32? {
        defer {
            presence?.stop()
            terminal.close()
        }
        console.start(env: environment())
        if let firstScreen { console.open(firstScreen, env: environment()) }
        draw()
        var lastMinute = -1
        while !console.isFinished {
            if let signal = signals.receivedSignal { return signal }
            dispatchWork()
            var (bytes, resized) = terminal.read(timeoutMs: runner.isBusy ? 5 : 250)
            // A terminal that went away ends the console as the hang-up signal would have.
            if bytes.isEmpty, !resized, terminal.hasHungUp { return SIGHUP }
            var keys = decoder.feed(bytes)
            if decoder.isWaiting {
                let (more, resizedMeanwhile) = terminal.read(timeoutMs: 25)
                resized = resized || resizedMeanwhile
                keys += decoder.feed(more)
                if decoder.isWaiting { keys += decoder.flush() }
            }
            let env = environment()
            for key in keys { console.handle(key, env: env) }
            if changes?.takeChange() == true { console.storeChanged(env: env) }
            presence?.showing(console.top.customerContext?.accountNumber, subject: console.top.presenceSubject, at: env.now,
                              user: env.agent)
            dispatchWork()
            let results = runner.takeFinished()
            for (work, result) in results { console.complete(work, result: result, env: env) }
            let healthChanged = health?.latest(every: console.storeProblem == nil ? 5 : 1).map(console.storeProbed) ?? false
            if !keys.isEmpty || resized || !results.isEmpty || healthChanged || env.now.minute != lastMinute {
                lastMinute = env.now.minute
                draw()
            }
        }
        return nil
    }

    private func dispatchWork() {
        for work in console.takeWork() { runner.submit(work) }
    }

    private func draw() {
        let size = terminal.size
        var canvas = Canvas(width: size.width, height: size.height)
        console.render(into: &canvas, env: environment())
        terminal.draw(canvas)
    }
}
