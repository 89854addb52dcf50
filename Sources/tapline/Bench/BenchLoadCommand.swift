import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline bench load --database … [--processes 50] [--saves N] [--account NUMBER]`: many
/// console processes saving to one account at once (issue 11, item 10).
///
/// Starts `--processes` copies of this binary (`bench load-worker`), each with its own
/// connection to the store — the same SQLite file (WAL, waiting on the busy timeout), or its
/// own PostgreSQL session — and each working as the operating-system login. All start on one
/// signal; each makes `--saves` rounds of a note, a complaint, a payment plan and a conduct
/// incident on the account (plans on an account of the worker's own, one active plan per
/// account, Charter 5.4) and prints what the store acknowledged. Then this process checks
/// `LoadIntegrity` and prints throughput and save latency per kind.
///
/// It writes to the store: run it on a scratch database. The accounts are created when missing.
struct BenchLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Many processes saving to one account at once: check every acknowledged save, print throughput.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many worker processes save at once.") var processes = 50
    @Option(help: "Rounds of saves per process (each a note, a complaint, a plan and an incident).") var saves = 10
    @Option(help: "The account saved to (created when missing); plans go on the numbers after it, one per process.")
    var account = "990000000000"
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard processes >= 1 else { throw ValidationError("--processes needs at least 1") }
        guard saves >= 1 else { throw ValidationError("--saves needs at least 1 round") }
        if let problem = AccountNumber.problem(with: account) { throw ValidationError(problem) }
        for number in planAccounts.values { if let problem = AccountNumber.problem(with: number) { throw ValidationError("plan accounts: \(problem)") } }
    }

    /// Each worker's account for plans: the numbers after `--account`.
    var planAccounts: [Int: String] {
        Dictionary(uniqueKeysWithValues: (0..<processes).map { ($0, String((Int(account) ?? 0) + 1 + $0)) })
    }

    /// What `--json` prints.
    struct Report: Encodable {
        let store: String
        let user: String
        let processes: Int
        let rounds: Int
        let account: String
        let throughput: LoadThroughput
        let missingOrChanged: [String]
        let duplicateNumbers: [String]
        let unexplainedGrowth: [String]
        let workerFailures: [String]
        /// Each distinct reason a save was refused, with how many times.
        let refusals: [String: Int]
    }

    func run() throws {
        let location = try global.storeLocation()
        let session = try location.openSession()
        let plans = planAccounts
        try Self.ensureAccounts([account] + plans.keys.sorted().compactMap { plans[$0] }, in: session)
        let before = try LoadIntegrity.Counts.of(session.store, account: account, planAccounts: Array(plans.values))
        let workers = try LoadWorkers(arguments: (0..<processes).map { worker in
            ["bench", "load-worker", "--database", location.description, "--worker", String(worker), "--account", account,
             "--plan-account", plans[worker] ?? "", "--saves", String(saves)] + (global.config.map { ["--config", $0] } ?? [])
        })
        let started = ContinuousClock.now
        let outcomes = workers.start()
        let took = ContinuousClock.now - started
        let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18

        var lines: [LoadLine] = [], failures: [String] = []
        for (worker, outcome) in outcomes.enumerated() {
            for text in outcome.lines {
                guard let line = try? LoadLine.decode(text) else { failures.append("worker \(worker): \(text)"); continue }
                if line.event != .ready { lines.append(line) }
            }
            if outcome.status != 0 { failures.append("worker \(worker) ended with status \(outcome.status)") }
        }
        let integrity = try LoadIntegrity.check(lines.filter { $0.event == .saved }, in: session.store, account: account,
                                                planAccounts: plans, before: before)
        let throughput = LoadThroughput(lines, seconds: seconds)
        var refusals: [String: Int] = [:]
        for line in lines where line.event == .refused { refusals[line.reason ?? "", default: 0] += 1 }
        let report = Report(store: location.description, user: session.user, processes: processes, rounds: saves, account: account,
                            throughput: throughput, missingOrChanged: integrity.missingOrChanged,
                            duplicateNumbers: integrity.duplicateNumbers, unexplainedGrowth: integrity.unexplainedGrowth,
                            workerFailures: failures, refusals: refusals)
        print(json ? try Self.json(report) : Self.text(report))
        if !integrity.holds || !failures.isEmpty { throw ExitCode(1) }
    }

    /// Creates each account that is not there yet, owing $600.00.
    static func ensureAccounts(_ numbers: [String], in session: StoreSession) throws {
        let now = UtilityZone.melbourne.local(Date())
        let address = Address(lines: ["1 Bench Street"], suburb: "Bacchus Marsh", postcode: "3340")
        for number in numbers where try session.store.account(number) == nil {
            var account = Account(accountNumber: number, billingAddress: address, electronicAddress: nil, concession: .none,
                                  customers: [Customer(name: "Load Bench", phone: nil, email: nil, isPrimary: true)],
                                  property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner))
            account.balance = Money(dollars: 600, cents: 0)
            _ = try session.store.createAccount(account, by: session.user, at: now)
        }
    }

    static func text(_ report: Report) -> String {
        func verdict(_ problems: [String]) -> String {
            problems.isEmpty ? "yes" : "NO\n" + problems.prefix(10).map { "  \($0)" }.joined(separator: "\n")
        }
        var lines = [
            "load benchmark on \(report.store): \(report.processes) processes as \(report.user), \(report.rounds) rounds each "
                + "(a note, a complaint, a plan, an incident) on account \(report.account)",
            "\(report.throughput.acknowledged) saves acknowledged in \(String(format: "%.2f", report.throughput.seconds)) s "
                + "(from the start signal to the last process's end)",
            report.throughput.table,
            "every acknowledged save is in the store, whole: \(verdict(report.missingOrChanged))",
            "no complaint, plan or incident number given twice: \(verdict(report.duplicateNumbers))",
            "the store grew by exactly the acknowledged saves: \(verdict(report.unexplainedGrowth))",
        ]
        for (reason, count) in report.refusals.sorted(by: { $0.value > $1.value }).prefix(5) { lines.append("refused \(count)×: \(reason)") }
        if !report.workerFailures.isEmpty {
            lines.append("workers that failed:")
            lines += report.workerFailures.prefix(10).map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
