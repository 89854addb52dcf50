import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore
import TaplineTestSupport

/// The conduct store's behaviour, proved on both stores: SQLite in memory and a real PostgreSQL
/// server, each person working as themselves (`ConductWorld`).
@Suite("Conduct store contract: raising, steps, audit, permissions, banners")
struct ConductStoreContractTests {
    typealias W = ConductWorld

    @Test(arguments: StoreKind.allCases)
    func raisingNumbersIncidentsByYearAndSavesThemWhole(_ kind: StoreKind) throws {
        // Given an empty store
        let world = try W(kind)
        // When three incidents are raised over a new year
        let first = try world.raise(at: "2026-12-31T16:00")
        let second = try world.raise(at: "2027-01-02T09:00")
        let third = try world.raise(at: "2027-01-02T09:30")
        // Then each year counts from 1, six digits wide, and each reads back as saved
        #expect([first.id, second.id, third.id] == ["CI-2026-000001", "CI-2027-000001", "CI-2027-000002"])
        #expect(try world.open(third.id, by: .alice, at: "2027-01-02T10:00") == third)
        #expect(third.stage == .askedToStop)
        #expect(third.raisedBy == world.name(.alice))
    }

    @Test(arguments: StoreKind.allCases)
    func everyAcceptedStepWritesOneAuditEntryOnTheAccount(_ kind: StoreKind) throws {
        // Given an incident raised with behaviour and a request to stop
        let world = try W(kind)
        let raised = try world.raise()
        // When the agent records the rest and reports it
        let reported = try world.apply(W.toReport, to: raised.id, by: .alice, at: "2026-03-02T10:03")
        // Then the account's audit log holds the raising and each step, in order, in the agent's name
        let entries = try world.auditEntries(forAccount: W.account).filter { $0.detail.hasPrefix("Conduct incident") }
        #expect(entries.map(\.detail) == reported.auditTrail.map { "Conduct incident \(raised.id): \($0.what)" })
        #expect(entries.map(\.action) == [.created, .changed, .changed, .changed, .changed, .changed])
        #expect(entries.allSatisfy { $0.who == world.name(.alice) })
        #expect(entries.last?.at == W.time("2026-03-02T10:03"))
        #expect(reported.stage == .awaitingSupervisorReview)
    }

    @Test(arguments: StoreKind.allCases)
    func aRefusedStepSavesNothing(_ kind: StoreKind) throws {
        // Given a raised incident and its audit entries
        let world = try W(kind)
        let raised = try world.raise()
        let before = try world.auditEntries(forAccount: W.account).count
        // When the agent tries to close without a report behaviour that continued (with a valid step first)
        #expect(throws: ConductRefusal.continuedBehaviourMustBeReported) {
            try world.apply([.behaviourContinued([]), .closedWithoutReport(reason: "Calmer now")], to: raised.id, by: .alice, at: "2026-03-02T10:02")
        }
        // Then neither step was kept, nor audited
        #expect(try world.open(raised.id, by: .alice, at: "2026-03-02T10:03").stage == .askedToStop)
        #expect(try world.auditEntries(forAccount: W.account).count == before + 1, "only the view was recorded")
    }

    @Test(arguments: StoreKind.allCases)
    func aRefusedFirstStepRaisesNoIncidentAndUsesNoNumber(_ kind: StoreKind) throws {
        let world = try W(kind)
        // When the agent asks the person to stop while there is only frustration
        #expect(throws: ConductRefusal.nothingUnacceptableRecorded) { try world.raise(behaviours: []) }
        // Then no incident and no number were used
        #expect(try world.store(.alice).incidents(raisedBy: world.name(.alice), limit: 10).isEmpty)
        #expect(try world.raise().id == "CI-2026-000001")
    }

    @Test(arguments: StoreKind.allCases)
    func anUnknownIncidentIsAClearError(_ kind: StoreKind) throws {
        let world = try W(kind)
        #expect(throws: ConductStoreError.incidentNotFound("CI-2026-000404")) {
            try world.apply([.contactEnded], to: "CI-2026-000404", by: .alice, at: "2026-03-02T10:00")
        }
    }

    // MARK: - Permissions

    @Test(arguments: StoreKind.allCases)
    func onlySupervisorsDecideAndTheDecisionIsInTheirName(_ kind: StoreKind) throws {
        let world = try W(kind)
        let reported = try world.reported()
        #expect(throws: ConductRefusal.onlySupervisorsDecide) {
            try world.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: reported.id, by: .alice, at: "2026-03-03T09:00")
        }
        let decided = try world.apply([.supervisorDecided(.warningLetter, reasons: ["Abuse"])], to: reported.id, by: .sam, at: "2026-03-03T09:00")
        #expect(decided.stage == .decided)
        #expect(decided.decisions.first?.supervisor == world.name(.sam))
    }

    @Test(arguments: StoreKind.allCases)
    func agentsOpenChangeAndListOnlyTheirOwnIncidents(_ kind: StoreKind) throws {
        let world = try W(kind)
        let alices = try world.raise()
        #expect(throws: ConductRefusal.notYourIncident) { try world.open(alices.id, by: .bob, at: "2026-03-02T11:00") }
        #expect(throws: ConductRefusal.notYourIncident) {
            try world.apply([.evidenceAdded(.callRecording(id: "REC-1"))], to: alices.id, by: .bob, at: "2026-03-02T11:00")
        }
        #expect(try world.store(.bob).incidents(for: world.name(.bob), role: .agent, limit: 200).isEmpty)
        #expect(try world.store(.alice).incidents(for: world.name(.alice), role: .agent, limit: 200).map(\.id) == [alices.id])
        #expect(try world.store(.sam).incidents(for: world.name(.sam), role: .supervisor, limit: 200).map(\.id) == [alices.id])
    }

    @Test(arguments: StoreKind.allCases)
    func trainersNeitherRaiseNorListNorOpen(_ kind: StoreKind) throws {
        let world = try W(kind)
        #expect(throws: ConductRefusal.trainersHaveNoAccess) { try world.raise(by: .tina) }
        let incident = try world.raise()
        #expect(throws: ConductRefusal.trainersHaveNoAccess) {
            try world.store(.tina).incidents(for: world.name(.tina), role: .trainer, limit: 200)
        }
        #expect(throws: ConductRefusal.trainersHaveNoAccess) { try world.open(incident.id, by: .tina) }
    }

    @Test(arguments: StoreKind.allCases)
    func aSupervisorsViewIsAuditedInTheirName(_ kind: StoreKind) throws {
        let world = try W(kind)
        let incident = try world.raise()
        _ = try world.open(incident.id, by: .sam, at: "2026-03-02T11:00")
        let view = try world.auditEntries(by: .sam).last
        #expect(view?.action == .viewed)
        #expect(view?.detail == "Conduct incident \(incident.id)")
        #expect(view?.accountNumber == W.account)
    }

    @Test(arguments: StoreKind.allCases)
    func eachPersonsRoleIsTheirOwn(_ kind: StoreKind) throws {
        let world = try W(kind)
        for person in W.Person.allCases {
            #expect(try world.store(person).conductRole(of: world.name(person)) == person.role)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theReviewQueueAndRestrictionsDueAreForSupervisors(_ kind: StoreKind) throws {
        let world = try W(kind)
        let reported = try world.reported()
        #expect(throws: ConductStoreError.reviewIsForSupervisors) { try world.store(.alice).incidentReviewQueue(role: .agent) }
        #expect(throws: ConductStoreError.reviewIsForSupervisors) {
            try world.store(.alice).restrictionsDueForReview(today: W.date("2026-03-03"), within: 30, role: .agent)
        }
        #expect(try world.store(.sam).incidentReviewQueue(role: .supervisor).map(\.id) == [reported.id])
        _ = try world.restrict(reported, "2026-03-03", "2026-09-03")
        #expect(try world.store(.sam).incidentReviewQueue(role: .supervisor).isEmpty)
        let due = try world.store(.sam).restrictionsDueForReview(today: W.date("2026-08-20"), within: 30, role: .supervisor)
        #expect(due.map(\.incidentId) == [reported.id])
    }

    // MARK: - Resuming, repeats, round trip

    @Test(arguments: StoreKind.allCases)
    func theAgentsUnfinishedIncidentOnTheAccountIsFoundUntilReported(_ kind: StoreKind) throws {
        let world = try W(kind)
        let raised = try world.raise()
        #expect(try world.store(.alice).unfinishedIncident(onAccount: W.account, raisedBy: world.name(.alice))?.id == raised.id)
        #expect(try world.store(.bob).unfinishedIncident(onAccount: W.account, raisedBy: world.name(.bob)) == nil)
        _ = try world.apply(W.toReport, to: raised.id, by: .alice, at: "2026-03-02T10:05")
        #expect(try world.store(.alice).unfinishedIncident(onAccount: W.account, raisedBy: world.name(.alice)) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func earlierIncidentsOnTheAccountMakeARepeat(_ kind: StoreKind) throws {
        // Given an incident by bob in January and one by alice in March on the same account
        let world = try W(kind)
        let january = try world.reported(by: .bob, at: "2026-01-10T10:00", reportedAt: "2026-01-10T10:05")
        let march = try world.reported(at: "2026-03-02T10:00")
        // Then the supervisor's queue marks March a repeat of January
        let earlier = try world.store(.sam).earlierIncidents(for: march)
        #expect(earlier.map(\.id) == [january.id])
        #expect(try world.store(.sam).earlierIncidents(for: january).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func decisionsRestrictionsAndReviewRequestsReadBackExactly(_ kind: StoreKind) throws {
        // Given a reported incident with evidence, a linked complaint, a restriction and a review request
        let world = try W(kind)
        let reported = try world.reported()
        _ = try world.apply([.evidenceAdded(.callRecording(id: "REC-77")), .complaintLinked(id: "C-2026-000001")],
                            to: reported.id, by: .alice, at: "2026-03-02T10:10")
        _ = try world.restrict(reported, "2026-03-03", "2026-09-03")
        let asked = try world.apply([.customerRequestedRestrictionReview(on: W.date("2026-04-01"))], to: reported.id, by: .alice, at: "2026-04-01T09:00")
        // When it is read back
        let read = try world.open(reported.id, by: .sam, at: "2026-04-02T09:00")
        // Then it is the same value, to the review request
        #expect(read == asked)
        #expect(read.currentRestriction?.customerReviewRequests == [W.date("2026-04-01")])
        #expect(read.evidence == [.callRecording(id: "REC-77")])
        #expect(read.linkedComplaintId == "C-2026-000001")
    }

    @Test(arguments: StoreKind.allCases)
    func whatHappenedIsSavedAndTheReportReachesTheQueueThoughTheCallGoesOn(_ kind: StoreKind) throws {
        let world = try W(kind)
        let raised = try world.store(.alice).raiseIncident(
            accountNumber: W.account, person: ConductPerson(name: "Pat Smith", description: "said she was the owner's sister"),
            personKind: .someoneActingForThem, customerIsEmployee: false, channel: .phone, behaviours: [.insultingIntelligenceOrCharacter],
            whatHappened: "Called me stupid when I asked for her date of birth.", then: [.askedToStop(words: W.words), .behaviourStopped],
            by: world.name(.alice), role: .agent, at: W.time("2026-03-02T10:00"))
        _ = try world.apply([.reported], to: raised.id, by: .alice, at: "2026-03-02T10:04")
        let opened = try world.open(raised.id, by: .sam, at: "2026-03-02T11:00")
        #expect(opened.whatHappened == "Called me stupid when I asked for her date of birth.")
        #expect(opened.person.description == "said she was the owner's sister")
        #expect(opened.contactEndedAt == nil)
        #expect(try world.store(.sam).incidentReviewQueue(role: .supervisor).map(\.id) == [raised.id])
    }

    @Test(arguments: StoreKind.allCases)
    func anAccountLinkedLaterIsTheIncidentsAccountAndMustExist(_ kind: StoreKind) throws {
        let world = try W(kind)
        let raised = try world.raise(account: nil, name: nil)
        #expect(try world.store(.alice).incidents(forAccount: W.account).isEmpty)
        #expect(throws: ConductStoreError.accountNotFound("1999999999")) {
            try world.apply([.accountLinked("1999999999")], to: raised.id, by: .alice, at: "2026-03-02T10:05")
        }
        let linked = try world.apply([.accountLinked(W.account)], to: raised.id, by: .alice, at: "2026-03-02T10:06")
        #expect(linked.accountNumber == W.account)
        #expect(try world.store(.alice).incidents(forAccount: W.account).map(\.id) == [raised.id])
        #expect(try world.auditEntries(forAccount: W.account).contains { $0.detail == "Conduct incident \(raised.id): Linked account \(W.account)" })
    }

    // MARK: - Banners and letters

    @Test(arguments: StoreKind.allCases)
    func aRestrictionInForceIsABannerForEveryAgentOnTheAccount(_ kind: StoreKind) throws {
        // Given alice's incident, restricted by sam from 3 March to 3 September
        let world = try W(kind)
        let incident = try world.restrict(try world.reported(), "2026-03-03", "2026-09-03")
        // Then bob, serving the account, sees the restriction through its review day, and not after
        let banner = try world.store(.bob).contactRestrictions(onAccount: W.account, on: W.date("2026-09-03"))
        #expect(banner == [AccountContactRestriction(incidentId: incident.id, accountNumber: W.account, restriction: incident.currentRestriction!)])
        #expect(try world.store(.bob).contactRestrictions(onAccount: W.account, on: W.date("2026-09-04")).isEmpty)
        #expect(try world.store(.bob).contactRestrictions(onAccount: W.account, on: W.date("2026-03-02")).isEmpty)
        #expect(try world.store(.bob).contactRestrictions(onAccount: "9999999999", on: W.date("2026-04-01")).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func anyAgentRecordsTheCustomersReviewRequestWithoutReadingTheIncident(_ kind: StoreKind) throws {
        // Given alice's incident, restricted by sam at noon on 3 March (the terms the banner shows bob)
        let world = try W(kind)
        let reported = try world.reported()
        let shown = try ContactRestriction(kinds: [.writtenContactOnly], startDate: W.date("2026-03-03"), reviewDate: W.date("2026-09-03"))
        #expect(throws: ConductRefusal.noActiveRestriction(on: W.date("2026-03-02"))) {
            try world.store(.bob).recordReviewRequest(onIncident: reported.id, shown: shown, by: world.name(.bob), role: .agent, at: W.time("2026-03-02T15:00"))
        }
        let restricted = try world.restrict(reported, "2026-03-03", "2026-09-03")
        #expect(throws: ConductRefusal.stepBeforeLastStep(last: W.time("2026-03-03T12:00"))) {
            try world.store(.bob).recordReviewRequest(onIncident: reported.id, shown: shown, by: world.name(.bob), role: .agent, at: W.time("2026-03-03T11:00"))
        }
        // When the customer asks bob, who did not raise it, for a review on 1 April
        let banner = try world.store(.bob).recordReviewRequest(onIncident: reported.id, shown: shown, by: world.name(.bob), role: .agent,
                                                               at: W.time("2026-04-01T09:30"))
        // Then the banner's restriction carries the request, and the incident records it in bob's name
        #expect(banner.incidentId == reported.id)
        #expect(banner.restriction.customerReviewRequests == [W.date("2026-04-01")])
        #expect(banner.restriction.reviewDate == restricted.currentRestriction?.reviewDate)
        let read = try world.open(reported.id, by: .sam, at: "2026-04-02T09:00")
        #expect(read.currentRestriction?.customerReviewRequests == [W.date("2026-04-01")])
        #expect(read.timeline.last == ConductTimelineEntry(step: .customerRequestedRestrictionReview(on: W.date("2026-04-01")),
                                                           at: W.time("2026-04-01T09:30"), by: world.name(.bob)))
        #expect(try world.auditEntries(by: .bob).last?.detail
            == "Conduct incident \(reported.id): Customer asked for a review of the contact restriction on \(W.date("2026-04-01").display)")
    }

    @Test(arguments: StoreKind.allCases)
    func aDecisionsLetterIsWrittenPrivatelyAndAudited(_ kind: StoreKind) throws {
        let world = try W(kind)
        let decided = try world.apply([.supervisorDecided(.warningLetter, reasons: ["Abusive language after a request to stop"])],
                                      to: try world.reported().id, by: .sam, at: "2026-03-03T09:00")
        let folder = StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try world.store(.sam).writeConductLetter(for: decided.id, decision: decided.decisions[0], into: folder, utilityName: "Western Water",
                                                            by: world.name(.sam), at: W.time("2026-03-03T09:05"), training: false)
        #expect(file.lastPathComponent == "\(decided.id)-1-warning-letter.md")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Pat Smith"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(try world.auditEntries(by: .sam).last?.detail == "Conduct incident \(decided.id): warning letter written to \(file.path)")
    }
}
