import TaplineDomain
import TaplineStore

/// What `tapline bench load` checks once every worker has ended (issue 11, item 10): every
/// acknowledged save is in the store whole, no number was given twice, and the store grew by
/// exactly the acknowledged saves (so nothing refused was half-saved or saved after all).
///
/// "Whole" means equal to the record the store acknowledged: a complaint with its timeline, an
/// incident with every stage of its timeline, a plan with its instalments and its "agreed"
/// event. A plan later renegotiated by the same worker is expected to say so, and nothing else
/// about it may have changed.
struct LoadIntegrity: Sendable {
    /// How many records of each kind the bench's accounts held; taken before and after the run.
    struct Counts: Sendable, Equatable {
        var notes = 0, complaints = 0, plans = 0, incidents = 0

        static func of(_ store: any ConsoleStore, account: String, planAccounts: [String]) throws -> Counts {
            Counts(notes: try store.notes(forAccount: account, limit: Int.max).count,
                   complaints: try store.allComplaints(forAccount: account).count,
                   plans: try planAccounts.reduce(0) { $0 + (try store.paymentPlans(for: $1).count) },
                   incidents: try store.incidents(forAccount: account).count)
        }

        func count(_ kind: LoadSaveKind) -> Int {
            switch kind {
            case .note: notes
            case .complaint: complaints
            case .plan: plans
            case .incident: incidents
            }
        }
    }

    /// Acknowledged saves missing from the store, or stored otherwise than acknowledged.
    var missingOrChanged: [String] = []
    /// Numbers acknowledged more than once, by kind.
    var duplicateNumbers: [String] = []
    /// Kinds whose record grew by other than the acknowledged saves: (kind, grew, acknowledged).
    var unexplainedGrowth: [String] = []

    var holds: Bool { missingOrChanged.isEmpty && duplicateNumbers.isEmpty && unexplainedGrowth.isEmpty }

    static func check(_ saved: [LoadLine], in store: any ConsoleStore, account: String, planAccounts: [Int: String],
                      before: Counts) throws -> LoadIntegrity {
        var result = LoadIntegrity()
        let after = try Counts.of(store, account: account, planAccounts: Array(planAccounts.values))
        for kind in LoadSaveKind.allCases {
            let acknowledged = saved.filter { $0.kind == kind }
            let grew = after.count(kind) - before.count(kind)
            if grew != acknowledged.count {
                result.unexplainedGrowth.append("\(kind.rawValue)s: the store holds \(grew) more, \(acknowledged.count) were acknowledged")
            }
            var seen: [String: Int] = [:]
            for number in acknowledged.compactMap(\.number) { seen[number, default: 0] += 1 }
            result.duplicateNumbers += seen.filter { $0.value > 1 }.keys.sorted().map { "\(kind.rawValue) \($0) acknowledged \(seen[$0]!) times" }
        }
        result.missingOrChanged += try notesMissing(saved, store, account)
        result.missingOrChanged += try complaintsMissing(saved, store, account)
        result.missingOrChanged += try incidentsMissing(saved, store, account)
        result.missingOrChanged += try plansMissing(saved, store, planAccounts)
        return result
    }

    private static func notesMissing(_ saved: [LoadLine], _ store: any ConsoleStore, _ account: String) throws -> [String] {
        let stored = try store.notes(forAccount: account, limit: Int.max)
        var counted: [Note: Int] = [:]
        for note in stored { counted[note, default: 0] += 1 }
        return saved.compactMap(\.note).compactMap { note in
            counted[note] == 1 ? nil : "note “\(note.text)” is stored \(counted[note] ?? 0) times, not once"
        }
    }

    private static func complaintsMissing(_ saved: [LoadLine], _ store: any ConsoleStore, _ account: String) throws -> [String] {
        let stored = Dictionary(try store.allComplaints(forAccount: account).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return saved.compactMap(\.complaint).compactMap { complaint in
            guard let kept = stored[complaint.id] else { return "complaint \(complaint.id) is not in the store" }
            return kept == complaint ? nil : "complaint \(complaint.id) is stored otherwise than acknowledged (\(kept.timeline.count) of \(complaint.timeline.count) events)"
        }
    }

    private static func incidentsMissing(_ saved: [LoadLine], _ store: any ConsoleStore, _ account: String) throws -> [String] {
        let stored = Dictionary(try store.incidents(forAccount: account).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return saved.compactMap(\.incident).compactMap { incident in
            guard let kept = stored[incident.id] else { return "incident \(incident.id) is not in the store" }
            return kept == incident ? nil : "incident \(incident.id) is stored otherwise than acknowledged (\(kept.timeline.count) of \(incident.timeline.count) stages)"
        }
    }

    /// Each worker's plans on its own account: each acknowledged plan stored as acknowledged,
    /// except that all but the worker's last are now renegotiated into the next, with its event.
    private static func plansMissing(_ saved: [LoadLine], _ store: any ConsoleStore, _ planAccounts: [Int: String]) throws -> [String] {
        var problems: [String] = []
        for (worker, lines) in Dictionary(grouping: saved.filter { $0.plan != nil }, by: \.worker) {
            guard let planAccount = planAccounts[worker] else { continue }
            let stored = Dictionary(try store.paymentPlans(for: planAccount).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let agreed = Set(try store.paymentPlanEvents(for: planAccount).filter { $0.kind == .agreed }.map(\.planID))
            let plans = lines.compactMap(\.plan)
            for (index, plan) in plans.enumerated() {
                guard var kept = stored[plan.id] else { problems.append("plan \(plan.id) is not in the store"); continue }
                if index + 1 < plans.count, case .renegotiated(let next, _) = kept.status, next == plans[index + 1].id {
                    kept.status = plan.status
                }
                if kept != plan { problems.append("plan \(plan.id) is stored otherwise than acknowledged (\(kept.status.displayName))") }
                if !agreed.contains(plan.id) { problems.append("plan \(plan.id) has no “agreed” event") }
            }
        }
        return problems
    }
}
