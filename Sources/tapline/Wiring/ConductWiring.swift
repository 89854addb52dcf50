import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// Conduct incidents on the store (issue #6): the F9 incident panel over any screen about a
/// customer, the Conduct incidents area, the supervisor's queues, and the account's banner
/// and History entries.
enum ConductWiring {
    /// Registers the port and the account contribution; `staff` says who incidents can be given to.
    static func register(into services: inout Services, store: any ConductStore, staff: any ComplaintsStore,
                         letters: LetterDestination = .real) {
        let conduct = StoreConduct(store: store, staff: staff, lettersFolder: letters.folder, trainingLetters: letters.training)
        services.register(conduct, as: (any ConductPort).self)
        services.add(conduct)
        services.add(homeCounts: ConductHomeCounts(port: conduct))
    }

    /// F9 over any screen with a customer: the incident panel. Where no account is open (Home,
    /// the lookup) it opens too, for a caller not identified yet; the account is linked later.
    static let panel = PanelBinding(key: .function(9), help: "conduct incident",
                                    openWithoutCustomer: { AnyScreen(ConductIncidentPanel.withoutAccount()) }) { context in
        AnyScreen(ConductIncidentPanel(context: context, logComplaint: logComplaint))
    }

    /// Agents: the incidents they raised. Supervisors: the review queue first.
    static var homeArea: HomeScreen.Area {
        HomeScreen.Area(title: "Conduct incidents", summary: "yours; for supervisors the review queue") {
            AnyScreen(ConductIncidentsScreen(start: .reviewQueue, logComplaint: logComplaint))
        }
    }

    /// The supervisor review hub's entry for incidents to decide.
    static var reviewQueueItem: HomeScreen.Area {
        HomeScreen.Area(title: "Conduct incidents", summary: "reported, to decide, longest waiting first") {
            AnyScreen(ConductIncidentsScreen(start: .reviewQueue, logComplaint: logComplaint))
        }
    }

    /// The supervisor review hub's entry for contact restrictions due for review.
    static var restrictionsDueItem: HomeScreen.Area {
        HomeScreen.Area(title: "Contact restrictions", summary: "review due within 30 days, or asked for") {
            AnyScreen(ConductIncidentsScreen(start: .restrictionsDue, logComplaint: logComplaint))
        }
    }

    /// The complaints area's "log a complaint" form, found among the account actions so the
    /// conduct panel can offer it without depending on the complaints area's types; nil when
    /// no area offers one (the panel then asks for the complaint's number instead).
    static var logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? {
        guard let action = Wiring.accountActions.first(where: { $0.help.localizedCaseInsensitiveContains("complaint") }) else { return nil }
        return { context in action.open(AccountContext(accountNumber: context.accountNumber, customerName: context.customerName)) }
    }
}

/// The store's conduct incidents and letter files behind the UI's `ConductPort`, and the
/// conduct part of the account screen.
struct StoreConduct: ConductPort, AccountContribution {
    let store: any ConductStore
    /// Who incidents can be given to: the same people complaints can (`complaintAssignees`).
    let staff: any ComplaintsStore
    /// Where letters are written (`LetterDestination`); demo mode marks them TRAINING.
    let lettersFolder: URL
    var trainingLetters = false

    /// The utility named at the head of letters: the charter's (Part D), as the complaints letters use.
    static let utilityName = ComplaintLetters.Contact.westernWater.utilityName

    func raise(_ draft: ConductDraft, then steps: [ConductStep], by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try reported {
            try store.raiseIncident(accountNumber: draft.accountNumber, person: draft.person, personKind: draft.personKind,
                                    customerIsEmployee: draft.customerIsEmployee, channel: draft.channel, behaviours: draft.behaviours,
                                    whatHappened: draft.whatHappened, then: steps, by: user, role: role, at: time)
        }
    }

    func apply(_ steps: [ConductStep], to incidentId: String, readVersion: Int, by user: String, role: Role,
               at time: LocalDateTime) throws -> ConductIncident {
        try reported { try store.apply(steps, toIncident: incidentId, readVersion: readVersion, by: user, role: role, at: time) }
    }

    func open(_ incidentId: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try reported { try store.openIncident(incidentId, by: user, role: role, at: time) }
    }

    func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident? {
        try reported { try store.unfinishedIncident(onAccount: accountNumber, raisedBy: user) }
    }

    func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident> {
        try reported { try store.incidents(ownedBy: user, range) }
    }

    func assignees() throws -> [String] { try reported { try staff.complaintAssignees() } }

    /// The page and its repeat markers come from the store in one read (`incidentReviewQueue(_:role:)`).
    func reviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage {
        try reported { try store.incidentReviewQueue(range, role: role) }
    }

    func awaitingDecisionCount(role: Role) throws -> Int {
        try reported { try store.awaitingDecisionCount(role: role) }
    }

    func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident] {
        try reported { try store.earlierIncidents(for: incident) }
    }

    func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage {
        try reported { try store.restrictionsDueForReview(query, role: role) }
    }

    func recordReviewRequest(onIncident incidentId: String, shown: ContactRestriction, by user: String, role: Role,
                             at time: LocalDateTime) throws -> AccountContactRestriction {
        try reported { try store.recordReviewRequest(onIncident: incidentId, shown: shown, by: user, role: role, at: time) }
    }

    func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction] {
        try reported { try store.contactRestrictions(onAccount: accountNumber, on: day) }
    }

    func writeLetter(for incidentId: String, decision: SupervisorDecision, by user: String, at time: LocalDateTime) throws -> String {
        try reported {
            try store.writeConductLetter(for: incidentId, decision: decision, into: lettersFolder, utilityName: Self.utilityName,
                                          by: user, at: time, training: trainingLetters).path
        }
    }

    /// History from the incidents the user may read; banners from every restriction on the account.
    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        try reported {
            ConductAccountExtras.extras(history: try store.incidents(forAccount: accountNumber),
                                        restrictions: try store.contactRestrictions(onAccount: accountNumber, on: today), accountNumber: accountNumber)
        }
    }

    /// Runs store work, turning the store's errors into messages the screens show as they are;
    /// the domain's refusals pass through.
    private func reported<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ConductStoreError {
            throw ConductProblem(message: error.message)
        } catch let error as StoreError {
            throw ConductProblem(message: error.message)
        }
    }
}
