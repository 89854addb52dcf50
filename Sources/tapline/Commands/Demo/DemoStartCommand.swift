import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// `tapline demo [--seed S] [--accounts N] [--as NAME] [--role ROLE] [--reset] [--theme …]`: the training console.
///
/// Creates (the first time, in seconds) or reuses the demo database and starts the console on
/// it with the DEMO — TRAINING DATA banner on every screen, "Training scenarios" and "Trainer
/// view" on the home screen, and the scenario clock. It never opens the real database: a
/// `--database` is refused rather than ignored, so nobody trains on customers by mistake.
struct DemoStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Start the console in demo mode (the default for `tapline demo`).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folder: ScenarioFolderOption
    @Option(help: "Random seed for the demo accounts (used when the demo database is created).") var seed: UInt64?
    @Option(help: "How many demo accounts (used when the demo database is created; default 3,000).") var accounts: Int?
    @Option(name: .customLong("as"), help: "The trainee's name (default: your user name).") var name: String?
    @Option(help: "agent, supervisor or trainer (default agent; the trainer view needs trainer or supervisor).") var role = "agent"
    @Flag(help: "Rebuild the demo accounts afresh; trainees' saved scores are kept.") var reset = false
    @Flag(help: "Delete every trainee's saved scores (training attempts), saying how many go.") var forgetScores = false

    static let defaultAccounts = 3_000

    func validate() throws {
        if global.database != nil {
            throw ValidationError("demo mode never opens a real database: it keeps its own at \(Paths.demoDatabase.path); leave out --database")
        }
        guard Role(rawValue: role) != nil else { throw ValidationError("--role must be agent, supervisor or trainer, not “\(role)”") }
        if let accounts, accounts < 1 { throw ValidationError("--accounts must be at least 1") }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--as needs a name") }
    }

    func run() throws {
        var launcher = try ConsoleLauncher(options: global)
        let url = folder.folder.map(URL.init(fileURLWithPath:)) ?? Paths.resources.appendingPathComponent("scenarios")
        let (scenarios, errors) = ScenarioLoader.loadAll(from: url)
        for error in errors { FileHandle.standardError.write(Data("tapline: \(error) (skipped)\n".utf8)) }

        let path = Paths.demoDatabase
        let today = launcher.zone.local(Date()).date
        let store: AppDatabase, outcome: DemoDatabase.Outcome, attempts: DemoDatabase.Attempts
        do {
            (store, outcome, attempts) = try DemoDatabase.prepare(at: path, accounts: accounts ?? Self.defaultAccounts, seed: seed ?? 1,
                                                                  today: today, reset: reset, forgetScores: forgetScores,
                                                                  by: name ?? Paths.userName, at: launcher.zone.local(Date()))
        } catch let inUse as DemoDatabase.InUse {
            say(inUse.description)
            throw ExitCode(1)
        }
        switch outcome {
        case .created(let seconds):
            say("demo database created at \(path.path) (\((accounts ?? Self.defaultAccounts).formatted()) accounts, "
                + "seed \(seed ?? 1)) in \(String(format: "%.1f", seconds)) s")
        case .reused where seed != nil || accounts != nil:
            say("reusing the demo database at \(path.path); --seed and --accounts apply when it is created: add --reset")
        case .reused:
            break
        }
        if reset, attempts.kept > 0 {
            say("kept \(Self.attempts(attempts.kept)) (every trainee's saved scores); --forget-scores deletes them")
        }
        if forgetScores {
            say("deleted \(Self.attempts(attempts.forgotten)) (every trainee's saved scores)")
        }

        let clock = ScenarioClock(zone: launcher.zone)
        let call = TrainingCall(clock: clock)
        let port = StoreTraining(store: store, calendar: launcher.calendar)
        let catalogue = TrainingCatalogue(scenarios: scenarios, problems: errors.map(\.description))
        launcher.isDemo = true
        launcher.agent = name ?? Paths.userName
        launcher.role = Role(rawValue: role)
        launcher.clock = { clock.now() }
        launcher.extraHomeAreas = DemoAreas.areas(catalogue: catalogue, call: call, port: port)
        launcher.prepare = { console, _ in
            call.attach(to: console)
            // F12 ends the call from whichever screen the trainee is on (F8 on Training scenarios).
            console.modeKeys = [ModeKey(key: .function(12), help: "end the call and score it",
                                        isActive: { call.current != nil }, backTo: TrainingScenariosScreen.self, send: .finishCall)]
        }
        throw launcher.run(start: .home, database: store)
    }

    /// "1 training attempt", "7 training attempts".
    static func attempts(_ count: Int) -> String { "\(count.formatted()) training attempt\(count == 1 ? "" : "s")" }

    private func say(_ text: String) {
        FileHandle.standardError.write(Data("tapline: \(text)\n".utf8))
    }
}
