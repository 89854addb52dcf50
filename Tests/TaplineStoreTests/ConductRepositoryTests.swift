import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Conduct store: raising, steps, audit, permissions")
struct ConductRepositoryTests {
    typealias F = ConductFixtures

    @Test func raisingNumbersIncidentsByYearAndSavesThemWhole() throws {
        // Given an empty database
        let database = try F.database()
        // When three incidents are raised over a new year
        let first = try F.raise(in: database, at: "2026-12-31T16:00")
        let second = try F.raise(in: database, at: "2027-01-02T09:00")
        let third = try F.raise(in: database, at: "2027-01-02T09:30")
        // Then each year counts from 1, six digits wide, and each reads back as saved
        #expect([first.id, second.id, third.id] == ["CI-2026-000001", "CI-2027-000001", "CI-2027-000002"])
        #expect(try database.conduct.open(third.id, by: F.agent, role: .agent, at: F.time("2027-01-02T10:00")) == third)
        #expect(third.stage == .askedToStop)
        #expect(third.requestToStop?.words == F.words)
    }

    @Test func everyAcceptedStepWritesOneAuditEntryOnTheAccount() throws {
        // Given an incident raised with behaviour and a request to stop
        let database = try F.database()
        let raised = try F.raise(in: database)
        // When the agent records the rest and reports it
        let reported = try database.conduct.apply(F.toReport, to: raised.id, read: .incident(version: try F.version(raised.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:03"))
        // Then the account's audit log holds the raising and each step, in order, with who and when
        let entries = try database.audit.entries(forAccount: F.account).filter { $0.detail.hasPrefix("Conduct incident") }.reversed()
        #expect(entries.map(\.detail) == reported.auditTrail.map { "Conduct incident \(raised.id): \($0.what)" })
        #expect(entries.map(\.action) == [.created, .changed, .changed, .changed, .changed, .changed])
        #expect(entries.allSatisfy { $0.who == F.agent })
        #expect(entries.last?.at == F.time("2026-03-02T10:03"))
        #expect(reported.stage == .awaitingSupervisorReview)
    }

    @Test func aRefusedStepSavesNothing() throws {
        // Given a raised incident and its audit entries
        let database = try F.database()
        let raised = try F.raise(in: database)
        let before = try database.audit.entries(forAccount: F.account).count
        // When the agent tries to close without a report behaviour that continued (with a valid step first)
        #expect(throws: ConductRefusal.continuedBehaviourMustBeReported) {
            try database.conduct.apply([.behaviourContinued([]), .closedWithoutReport(reason: "Calmer now")], to: raised.id, read: .incident(version: try F.version(raised.id, database)),
                                       by: F.agent, role: .agent, at: F.time("2026-03-02T10:02"))
        }
        // Then neither step was kept, nor audited
        #expect(try database.conduct.open(raised.id, by: F.agent, role: .agent, at: F.time("2026-03-02T10:03")).stage == .askedToStop)
        #expect(try database.audit.entries(forAccount: F.account).count == before + 1, "only the view was recorded")
    }

    @Test func aRefusedFirstStepRaisesNoIncident() throws {
        // Given nothing unacceptable recorded
        let database = try F.database()
        // When the agent asks the person to stop while there is only frustration
        #expect(throws: ConductRefusal.nothingUnacceptableRecorded) {
            try F.raise(in: database, behaviours: [])
        }
        // Then no incident and no number were used
        #expect(try database.conduct.incidents(raisedBy: F.agent).isEmpty)
        #expect(try F.raise(in: database).id == "CI-2026-000001")
    }

    @Test func unknownIncidentIsAClearError() throws {
        let database = try F.database()
        #expect(throws: ConductStoreError.incidentNotFound("CI-2026-000404")) {
            try database.conduct.apply([.contactEnded], to: "CI-2026-000404", read: .incident(version: try F.version("CI-2026-000404", database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:00"))
        }
        #expect(ConductStoreError.incidentNotFound("CI-2026-000404").message == "There is no conduct incident CI-2026-000404.")
    }

    // MARK: - Permissions (checked below the UI)

    @Test func onlySupervisorsDecide() throws {
        let database = try F.database()
        let reported = try F.reported(in: database)
        #expect(throws: ConductRefusal.onlySupervisorsDecide) {
            try database.conduct.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: reported.id, read: .incident(version: try F.version(reported.id, database)),
                                       by: F.agent, role: .agent, at: F.time("2026-03-03T09:00"))
        }
        let decided = try database.conduct.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: reported.id, read: .incident(version: try F.version(reported.id, database)),
                                                 by: F.supervisor, role: .supervisor, at: F.time("2026-03-03T09:00"))
        #expect(decided.stage == .decided)
        #expect(decided.decisions.first?.supervisor == F.supervisor)
    }

    @Test func agentsOpenAndChangeOnlyTheirOwnIncidents() throws {
        let database = try F.database()
        let alices = try F.raise(in: database)
        #expect(throws: ConductRefusal.notYourIncident) {
            try database.conduct.open(alices.id, by: F.otherAgent, role: .agent, at: F.time("2026-03-02T11:00"))
        }
        #expect(throws: ConductRefusal.notYourIncident) {
            try database.conduct.apply([.evidenceAdded(.callRecording(id: "REC-1"))], to: alices.id, read: .incident(version: try F.version(alices.id, database)), by: F.otherAgent, role: .agent,
                                       at: F.time("2026-03-02T11:00"))
        }
        #expect(try database.conduct.list(for: F.otherAgent, role: .agent).isEmpty)
        #expect(try database.conduct.list(for: F.agent, role: .agent).map(\.id) == [alices.id])
    }

    @Test func trainersNeitherRaiseNorList() throws {
        let database = try F.database()
        #expect(throws: ConductRefusal.trainersHaveNoAccess) {
            try database.conduct.raise(accountNumber: F.account, person: ConductPerson(name: "Pat", description: ""), personKind: .accountHolder,
                                       customerIsEmployee: false, channel: .phone, behaviours: [.ralliesOthers],
                                       by: "tina", role: .trainer, at: F.time("2026-03-02T10:00"))
        }
        let incident = try F.raise(in: database)
        #expect(throws: ConductRefusal.trainersHaveNoAccess) { try database.conduct.list(for: "tina", role: .trainer) }
        #expect(throws: ConductRefusal.trainersHaveNoAccess) {
            try database.conduct.open(incident.id, by: "tina", role: .trainer, at: F.time("2026-03-02T11:00"))
        }
    }

    @Test func aSupervisorsViewIsAudited() throws {
        let database = try F.database()
        let incident = try F.raise(in: database)
        _ = try database.conduct.open(incident.id, by: F.supervisor, role: .supervisor, at: F.time("2026-03-02T11:00"))
        let view = try database.audit.entries(by: F.supervisor).first
        #expect(view?.action == .viewed)
        #expect(view?.detail == "Conduct incident \(incident.id)")
        #expect(view?.accountNumber == F.account)
    }

    @Test func rolesComeFromTheUserDirectoryAndStrangersAreAgents() throws {
        let database = try F.database()
        try database.users.assign(.supervisor, to: F.supervisor, by: "root", at: F.time("2026-03-01T09:00"))
        #expect(try database.conduct.role(of: F.supervisor) == .supervisor)
        #expect(try database.conduct.role(of: "nobody") == .agent)
    }

    // MARK: - Resuming, concurrency, round trip

    @Test func theAgentsUnfinishedIncidentOnTheAccountIsFoundUntilReported() throws {
        let database = try F.database()
        let raised = try F.raise(in: database)
        #expect(try database.conduct.unfinishedIncident(onAccount: F.account, raisedBy: F.agent)?.id == raised.id)
        #expect(try database.conduct.unfinishedIncident(onAccount: F.account, raisedBy: F.otherAgent) == nil)
        _ = try database.conduct.apply(F.toReport, to: raised.id, read: .incident(version: try F.version(raised.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:05"))
        #expect(try database.conduct.unfinishedIncident(onAccount: F.account, raisedBy: F.agent) == nil)
    }

    @Test func consolesRaisingAtOnceGetDifferentNumbers() throws {
        // Given one database file opened by two consoles
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        let consoles = [try AppDatabase.open(path: path), try AppDatabase.open(path: path)]
        // When each raises ten incidents at the same time
        let ids = LockedBox<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 20) { i in
            let incident = try? consoles[i % 2].conduct.raise(
                accountNumber: nil, person: ConductPerson(name: nil, description: "man in a red cap"), personKind: .memberOfPublic,
                customerIsEmployee: false, channel: .faceToFace, behaviours: [.ralliesOthers],
                by: "agent\(i)", role: .agent, at: F.time("2026-03-02T10:00"))
            if let incident { ids.withLock { $0.append(incident.id) } }
        }
        // Then all twenty were saved under twenty different numbers
        let saved = ids.withLock { $0 }
        #expect(saved.count == 20)
        #expect(Set(saved) == Set((1...20).map { ConductRecord.number(year: 2026, serial: $0) }))
    }

    @Test func decisionsRestrictionsAndReviewRequestsReadBackExactly() throws {
        // Given a reported incident with evidence, a linked complaint, a restriction and a review request
        let database = try F.database()
        let reported = try F.reported(in: database)
        _ = try database.conduct.apply([.evidenceAdded(.callRecording(id: "REC-77")), .complaintLinked(id: "C-2026-000001")],
                                       to: reported.id, read: .incident(version: try F.version(reported.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:10"))
        _ = try F.restrict(reported, in: database, "2026-03-03", "2026-09-03")
        let asked = try database.conduct.apply([.customerRequestedRestrictionReview(on: F.date("2026-04-01"))], to: reported.id, read: .incident(version: try F.version(reported.id, database)),
                                               by: F.otherAgent, role: .agent, at: F.time("2026-04-01T09:00"))
        // When it is read back
        let read = try database.conduct.open(reported.id, by: F.supervisor, role: .supervisor, at: F.time("2026-04-02T09:00"))
        // Then it is the same value, to the review request
        #expect(read == asked)
        #expect(read.currentRestriction?.customerReviewRequests == [F.date("2026-04-01")])
        #expect(read.evidence == [.callRecording(id: "REC-77")])
        #expect(read.linkedComplaintId == "C-2026-000001")
    }

    // MARK: - Issue 10: what happened, and an account linked later

    @Test func whatHappenedIsSavedAndReadBack() throws {
        // Given an incident raised with the agent's account of what happened, and rewritten later
        let database = try F.database()
        let raised = try database.conduct.raise(
            accountNumber: F.account, person: ConductPerson(name: "Pat Smith", description: "said she was the owner's sister"),
            personKind: .someoneActingForThem, customerIsEmployee: false, channel: .phone, behaviours: [.insultingIntelligenceOrCharacter],
            whatHappened: "Called me stupid when I asked for her date of birth.", then: [.askedToStop(words: F.words), .behaviourStopped],
            by: F.agent, role: .agent, at: F.time("2026-03-02T10:00"))
        // When it is reported while the call carries on, and opened again
        _ = try database.conduct.apply([.reported], to: raised.id, read: .incident(version: try F.version(raised.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:04"))
        let opened = try database.conduct.open(raised.id, by: F.supervisor, role: .supervisor, at: F.time("2026-03-02T11:00"))
        // Then the supervisor reads both, apart, and the incident is in the review queue though the contact never ended
        #expect(opened.whatHappened == "Called me stupid when I asked for her date of birth.")
        #expect(opened.person.description == "said she was the owner's sister")
        #expect(opened.contactEndedAt == nil)
        #expect(try database.conduct.reviewQueue(role: .supervisor).map(\.id) == [raised.id])
    }

    @Test func anAccountLinkedLaterIsTheIncidentsAccount() throws {
        // Given an incident raised where no account was open
        let database = try F.database()
        let raised = try F.raise(in: database, account: nil, name: nil)
        #expect(try database.conduct.incidents(forAccount: F.account).isEmpty)
        // When the agent links the account once the caller is identified
        let linked = try database.conduct.apply([.accountLinked(F.account)], to: raised.id, read: .incident(version: try F.version(raised.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:05"))
        // Then the account's history finds it, and the link is audited on the account
        #expect(linked.accountNumber == F.account)
        #expect(try database.conduct.incidents(forAccount: F.account).map(\.id) == [raised.id])
        #expect(try database.audit.entries(forAccount: F.account).contains { $0.detail == "Conduct incident \(raised.id): Linked account \(F.account)" })
    }

    @Test func anAccountTheUtilityDoesNotHaveIsNotLinked() throws {
        let database = try F.database()
        let raised = try F.raise(in: database, account: nil, name: nil)
        #expect(throws: ConductStoreError.accountNotFound("1999999999")) {
            try database.conduct.apply([.accountLinked("1999999999")], to: raised.id, read: .incident(version: try F.version(raised.id, database)), by: F.agent, role: .agent, at: F.time("2026-03-02T10:05"))
        }
        #expect(try database.conduct.open(raised.id, by: F.agent, role: .agent, at: F.time("2026-03-02T10:06")).accountNumber == nil)
    }
}

/// A lock around a value, for collecting results from concurrent work in a test.
final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
