import ArgumentParser
import Foundation
import TaplineDomain
import TaplinePostgres
import TaplineStore
import TaplineUI

/// `tapline bench queues [--database …] [--open N] [--closed N] [--incidents N]`: the reply
/// queue, My work, the open disputes, the conduct review queue, restrictions due and Home's
/// figures at contact-centre scale (issue 12 item 6: with 10^5 open and 10^6 closed complaints
/// and 10^5 incidents on 10^6 accounts, every queue p99 ≤ 50 ms and the Home counts ≤ 20 ms).
///
/// A store without complaints first gets `SyntheticComplaints` in bulk, and one without
/// incidents `SyntheticIncidents`, spread over its accounts (seed them first: `tapline seed
/// --accounts 1000000`); they stay, so give it a scratch store. Each read is what a console
/// does when it opens the screen or when a change anywhere makes it read again. The references
/// are the reads the screens made before they were paged, timed in the same run: every
/// complaint awaiting a reply, every incident awaiting a decision with its repeat marker
/// read one incident at a time, and every open dispute decoded.
struct BenchQueuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queues",
        abstract: "Time the complaint queue, My work and Home's figures on a large register (loads one into a store without complaints).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Open complaints to load into a store that has none.") var open = 100_000
    @Option(help: "Closed complaints to load with them.") var closed = 1_000_000
    @Option(help: "Answered complaints not yet closed (the open disputes) to load with them.") var answered = 5_000
    @Option(help: "Conduct incidents to load into a store that has none.") var incidents = 100_000
    @Option(help: "Accounts to spread them over (the store's first N).") var accounts = 1_000_000
    @Option(help: "Runs of each read.") var iterations = 200

    func run() throws {
        let location = try global.storeLocation()
        // Who lists the incidents: on PostgreSQL only the signed-in login may be named.
        let (store, user): (any ComplaintsStore & ConductStore, String) = try StoreFailure.reported {
            switch location {
            case .sqlite(let path): return (try AppDatabase.open(path: path), "bench")
            case .postgres(let uri):
                let store = try PostgresStore(uri: uri)
                return (store, try store.sessionUser())
            }
        }
        let calendar = BusinessCalendar.victoria
        let today = LocalDateTime(Date(), in: .current).date
        print("queue benchmark on \(location.description), today \(today.display)")
        let set = SyntheticComplaints(open: open, closed: closed, answered: answered, today: today, accounts: accounts)
        var figures = try StoreFailure.reported { try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: calendar, limit: 0)) }
        if figures.total == 0 {
            let loading = ContinuousClock.now
            try StoreFailure.reported {
                try store.loadBenchmarkComplaints(set, calendar: calendar) { done in
                    FileHandle.standardError.write(Data("  loaded \(done.formatted()) complaints\n".utf8))
                }
            }
            print(String(format: "loaded %@ open, %@ answered and %@ closed complaints in %.1f s", open.formatted(), answered.formatted(),
                         closed.formatted(), BenchAuditCommand.seconds(since: loading)))
            figures = try StoreFailure.reported { try store.complaintQueue(ComplaintQueueQuery(today: today, calendar: calendar, limit: 0)) }
        }
        print("awaiting a reply: \(figures.total.formatted()) (\(figures.overdue.formatted()) overdue, \(figures.dueToday.formatted()) due today)")
        let conduct = SyntheticIncidents(count: incidents, today: today, accounts: accounts)
        try loadIncidents(conduct, into: store, listedBy: user)

        let agent = set.owners[set.owners.count / 2]
        let homeReads: [(String, String?)] = [("Home figures, supervisor", nil), ("Home figures, agent", agent)]
        let reads: [(String, ComplaintQueueQuery)] = [
            ("reply queue, first page", ComplaintQueueQuery(today: today, calendar: calendar)),
            ("reply queue, 20th page", ComplaintQueueQuery(today: today, calendar: calendar, offset: 1_900)),
            ("reply queue, Team Leader level", ComplaintQueueQuery(today: today, calendar: calendar, level: .teamLeader)),
            ("My work (\(agent))", ComplaintQueueQuery(today: today, calendar: calendar, owner: agent)),
            ("queue figures alone", ComplaintQueueQuery(today: today, calendar: calendar, limit: 0)),
        ]
        print("read                              runs   p50 ms   p99 ms   target")
        for (label, query) in reads {
            let samples = try StoreFailure.reported { try LookupBenchmark.measure(iterations) { _ = try store.complaintQueue(query) } }
            print(Self.line(label, runs: iterations, samples.map(\.wall), target: "≤ 50 ms"))
        }
        let open = try StoreFailure.reported { try store.complaintDisputes(DisputeQueueQuery(today: today, calendar: calendar, limit: 0)) }
        print("open disputes: \(open.total.formatted()) (\(open.ready.formatted()) ready to mark resolved, \(open.held.formatted) held)")
        let page = ComplaintQueueScreen.pageRows
        let disputeReads: [(String, DisputeQueueQuery)] = [
            ("open disputes, first page", DisputeQueueQuery(today: today, calendar: calendar, limit: page)),
            ("open disputes, 20th page", DisputeQueueQuery(today: today, calendar: calendar, offset: 19 * page, limit: page)),
            ("open disputes, Team Leader level", DisputeQueueQuery(today: today, calendar: calendar, level: .teamLeader, limit: page)),
        ]
        for (label, query) in disputeReads {
            let samples = try StoreFailure.reported { try LookupBenchmark.measure(iterations) { _ = try store.complaintDisputes(query) } }
            print(Self.line(label, runs: iterations, samples.map(\.wall), target: "≤ 50 ms"))
        }
        try timeConductQueues(store, today: today, agent: conduct.agents[conduct.agents.count / 2])
        for (label, owner) in homeReads {
            // Home reads the complaint figures, and for a supervisor the incidents awaiting a decision.
            let samples = try StoreFailure.reported {
                try LookupBenchmark.measure(iterations) {
                    _ = try store.complaintReplyFigures(today: today, owner: owner)
                    if owner == nil { _ = try store.awaitingDecisionCount(role: .supervisor) }
                }
            }
            print(Self.line(label, runs: iterations, samples.map(\.wall), target: "≤ 20 ms"))
        }
        let referenceRuns = 3
        let reference = try StoreFailure.reported {
            try LookupBenchmark.measure(referenceRuns) { _ = try store.complaints(ComplaintListFilter(awaitingReplyOnly: true)) }
        }
        print(Self.line("reference: every awaiting body", runs: referenceRuns, reference.map(\.wall), target: "(before paging)"))
        let conductReference = try StoreFailure.reported {
            try LookupBenchmark.measure(referenceRuns) {
                _ = try store.incidentReviewQueue(role: .supervisor).map { try store.earlierIncidents(for: $0) }
            }
        }
        print(Self.line("reference: review queue, N+1", runs: referenceRuns, conductReference.map(\.wall), target: "(before paging)"))
        let disputesReference = try StoreFailure.reported {
            try LookupBenchmark.measure(referenceRuns) { _ = try store.disputes(today: today, calendar: calendar) }
        }
        print(Self.line("reference: every open dispute", runs: referenceRuns, disputesReference.map(\.wall), target: "(before paging)"))
        print(String(format: "peak resident memory %.0f MiB", Memory.peakResidentMiB()))
    }

    /// Loads the conduct register into a store that has no incidents yet.
    private func loadIncidents(_ set: SyntheticIncidents, into store: any ConductStore, listedBy user: String) throws {
        let present = try StoreFailure.reported { try store.incidents(for: user, role: .supervisor, limit: 1) }
        if present.isEmpty {
            let loading = ContinuousClock.now
            try StoreFailure.reported {
                try store.loadBenchmarkIncidents(set) { done in
                    if done % 50_000 == 0 { FileHandle.standardError.write(Data("  loaded \(done.formatted()) incidents\n".utf8)) }
                }
            }
            print(String(format: "loaded %@ conduct incidents in %.1f s", set.count.formatted(), BenchAuditCommand.seconds(since: loading)))
        }
        let waiting = try StoreFailure.reported { try store.awaitingDecisionCount(role: .supervisor) }
        print("incidents awaiting a decision: \(waiting.formatted())")
    }

    /// The supervisors' conduct lists as `ConductIncidentsScreen` reads them, a page at a time,
    /// and an agent's own.
    private func timeConductQueues(_ store: any ConductStore, today: CivilDate, agent: String) throws {
        let page = ConductIncidentsScreen.pageRows, window = ConductIncidentsScreen.reviewWindowDays
        let due = try StoreFailure.reported {
            try store.restrictionsDueForReview(RestrictionsDueQuery(today: today, within: window, limit: 0), role: .supervisor).total
        }
        let reads: [(String, () throws -> Void)] = [
            ("review queue, first page", { _ = try store.incidentReviewQueue(ConductPageRange(limit: page), role: .supervisor) }),
            ("review queue, 3rd page", { _ = try store.incidentReviewQueue(ConductPageRange(offset: 2 * page, limit: page), role: .supervisor) }),
            ("restrictions due (\(due.formatted()))", {
                _ = try store.restrictionsDueForReview(RestrictionsDueQuery(today: today, within: window, limit: page), role: .supervisor)
            }),
            ("incidents, Yours (\(agent))", { _ = try store.incidents(ownedBy: agent, ConductPageRange(limit: page)) }),
        ]
        for (label, read) in reads {
            let samples = try StoreFailure.reported { try LookupBenchmark.measure(iterations, read) }
            print(Self.line(label, runs: iterations, samples.map(\.wall), target: "≤ 50 ms"))
        }
    }

    static func line(_ label: String, runs: Int, _ milliseconds: [Double], target: String) -> String {
        let sorted = milliseconds.sorted()
        return label.padding(toLength: 32, withPad: " ", startingAt: 0)
            + String(format: " %5d %8.2f %8.2f   %@", runs, LoadThroughput.percentile(50, of: sorted),
                     LoadThroughput.percentile(99, of: sorted), target)
    }
}
