import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline seed`: fills an empty database (a SQLite file or, with `--database postgresql://…`,
/// a PostgreSQL database) with deterministic synthetic accounts: the same accounts on both.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Generate synthetic accounts into an empty database (same seed, same data).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many accounts.") var accounts = 10_000
    @Option(help: "The random seed.") var seed: UInt64 = 1
    @Option(help: "The day the data ends on (YYYY-MM-DD); default today, so the same seed on another day shifts dates.")
    var today: String?

    func run() throws {
        guard accounts > 0 else { throw ValidationError("--accounts must be at least 1") }
        guard let day = today.map({ CivilDate(iso: $0) }) ?? UtilityZone.melbourne.local(Date()).date else {
            throw ValidationError("--today must be a date like 2026-11-23")
        }
        let location = try global.storeLocation()
        let store = try location.openAccounts()
        let bar = ProgressBar(total: accounts, label: "accounts")
        let started = Date()
        do {
            try store.generateSynthetic(accounts: accounts, seed: seed, today: day) { done, total in
                bar.update(done, of: total)
            }
            // Final notices, notices before restriction and contact attempts (Charter 6.1-6.3)
            // for accounts in arrears, so the restriction check has history to weigh: the same
            // history on either store (`CollectionHistorySeeder` chooses it).
            if let seeding = store as? any CollectionHistorySeeding { try seeding.seedCollectionHistory(seed: seed, today: day) }
        } catch let error as StoreError {
            bar.finish()
            throw ValidationError("\(location.description): \(error)")
        }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)
        print("seeded \(accounts) accounts (seed \(seed), up to \(day.iso)) into \(location.description) in \(String(format: "%.1f", seconds)) s")
    }
}

/// A progress bar on stderr when it is a terminal; silent otherwise (scripts, CI logs).
final class ProgressBar {
    let total: Int
    let label: String
    let enabled = isatty(2) == 1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        let width = 30
        let filled = total > 0 ? done * width / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done.formatted()) / \(total.formatted()) \(label)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
