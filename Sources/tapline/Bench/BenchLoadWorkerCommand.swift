import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline bench load-worker`: one of the processes `tapline bench load` starts (hidden).
///
/// Opens the store as the operating-system login (the store says who that is), prints a
/// ready line, waits for its standard input to close (the parent closes every worker's at
/// once, so all start together), then makes `--saves` rounds of what an agent saves on a call
/// — a note, a complaint logged, a payment plan, a conduct incident — through the store
/// contracts as the console's adapters call them, printing each outcome as a `LoadLine`.
struct BenchLoadWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load-worker", abstract: "One worker of `tapline bench load`.", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "This worker's number.") var worker: Int
    @Option(help: "The account every worker saves notes, complaints and incidents to.") var account: String
    @Option(name: .customLong("plan-account"), help: "This worker's own account for plans (one active plan per account, Charter 5.4).")
    var planAccount: String
    @Option(help: "Rounds of saves (each a note, a complaint, a plan and an incident).") var saves: Int

    static let calendar = BusinessCalendar.victoria

    func run() throws {
        let session = try global.storeLocation().openSession()
        try Self.emit(.ready(worker: worker))
        _ = FileHandle.standardInput.readDataToEndOfFile()
        for round in 0..<saves {
            for kind in LoadSaveKind.allCases {
                try Self.emit(timed(kind) { try save(kind, round: round, session) })
            }
        }
    }

    /// Makes one save and says how it went: acknowledged with the record, or refused with why.
    private func timed(_ kind: LoadSaveKind, _ save: () throws -> LoadLine) -> LoadLine {
        let started = ContinuousClock.now
        var line: LoadLine
        do {
            line = try save()
        } catch {
            line = LoadLine(event: .refused, worker: worker, kind: kind, reason: "\(error)", busy: StoreError.isBusy(error))
        }
        let took = ContinuousClock.now - started
        line.seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        return line
    }

    private func save(_ kind: LoadSaveKind, round: Int, _ session: StoreSession) throws -> LoadLine {
        let now = UtilityZone.melbourne.local(Date())
        let words = "bench load worker \(worker) round \(round)"
        let store = session.store
        var line = LoadLine(event: .saved, worker: worker, kind: kind)
        switch kind {
        case .note:
            let note = Note(text: "Customer called about the bill (\(words)).", agent: session.user, at: now)
            try store.addNote(note, to: account)
            line.note = note
        case .complaint:
            let draft = try Complaint.log(accountNumber: account, receivedAt: now, channel: .phone, category: .billing,
                                          description: "The bill is double the usual (\(words)).", loggedBy: session.user,
                                          calendar: Self.calendar)
            let complaint = try store.logComplaint(draft, calendar: Self.calendar)
            (line.number, line.complaint) = (complaint.id, complaint)
        case .plan:
            let plan = try agreeOrRenegotiate(store, by: session.user, at: now, words: words)
            (line.number, line.plan) = (plan.id, plan)
        case .incident:
            let incident = try store.raiseIncident(
                accountNumber: account, person: ConductPerson(name: nil, description: "the caller"), personKind: .accountHolder,
                customerIsEmployee: false, channel: .phone, behaviours: [.hurtfulViolentOrAbusiveSpeech], whatHappened: words,
                then: [.askedToStop(words: "Please stop swearing at me, or I will end the call."), .behaviourContinued([]),
                       .contactEnded, .reported],
                by: session.user, role: session.role, at: now)
            (line.number, line.incident) = (incident.id, incident)
        }
        return line
    }

    /// A fortnightly plan on this worker's plan account: agreed when none is active, else the
    /// active one renegotiated (5.4(d)), which keeps the old plan and numbers the new one next.
    private func agreeOrRenegotiate(_ store: any ConsoleStore, by user: String, at now: LocalDateTime, words: String) throws -> PaymentPlan {
        let calculation = try PaymentPlanCalculator.calculate(
            PlanRequest(debt: Money(dollars: 600, cents: 0), frequency: .fortnightly, start: now.date.adding(days: 14),
                        sizing: .instalments(4)),
            calendar: Self.calendar)
        if let active = try store.paymentPlans(for: planAccount).last(where: \.isActive) {
            let version = try store.paymentPlanVersion(active.id, onAccount: planAccount)
            return try store.renegotiatePaymentPlan(active.id, readVersion: version, by: user, at: now) { id, saved in
                try saved.renegotiated(newID: id, calculation: calculation, on: now.date, agent: user,
                                       changeOfCircumstances: "Hours at work changed (\(words)).", calendar: Self.calendar)
            }.new
        }
        return try store.agreePaymentPlan(readVersion: try store.paymentPlansVersion(forAccount: planAccount), by: user, at: now) { id in
            try PaymentPlan.agree(id: id, accountNumber: planAccount, calculation: calculation, agreedOn: now.date, agent: user,
                                  eligibility: .eligible, calendar: Self.calendar)
        }
    }

    /// Writes one line straight to standard output (unbuffered: the parent reads as it goes).
    static func emit(_ line: LoadLine) throws {
        FileHandle.standardOutput.write(Data((try line.encoded() + "\n").utf8))
    }
}
