import Foundation
@testable import TaplineDomain
@testable import TaplineUI

/// Conduct incidents in memory behind `ConductPort`, with the store's rules: numbers per year,
/// steps applied through the domain with the user's role, all or nothing; letters recorded.
final class InMemoryConduct: ConductPort, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: ConductIncident] = [:]
    private var serials: [Int: Int] = [:]
    private(set) var letters: [String] = []
    private(set) var views: [String] = []
    private var pageLog: [String] = []

    var all: [ConductIncident] { lock.withLock { stored.values.sorted { $0.id < $1.id } } }

    func put(_ incident: ConductIncident) { lock.withLock { stored[incident.id] = incident } }

    func raise(_ draft: ConductDraft, then steps: [ConductStep], by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try lock.withLock {
            try ConductPermissions.checkRaise(as: role)
            let serial = (serials[time.date.year] ?? 0) + 1
            var incident = try ConductIncident(
                id: String(format: "CI-%d-%06d", time.date.year, serial), accountNumber: draft.accountNumber, person: draft.person,
                personKind: draft.personKind, customerIsEmployee: draft.customerIsEmployee, channel: draft.channel,
                behaviours: draft.behaviours, whatHappened: draft.whatHappened, raisedBy: user, raisedAt: time)
            for step in steps { incident = try incident.applying(step, at: time, by: user, role: role) }
            serials[time.date.year] = serial
            stored[incident.id] = incident
            return incident
        }
    }

    /// Refuses, as the stores do, steps based on an older read of the incident (issue 12 item 3).
    func apply(_ steps: [ConductStep], to incidentId: String, readVersion: Int, by user: String, role: Role,
               at time: LocalDateTime) throws -> ConductIncident {
        try apply(steps, to: incidentId, read: .incident(version: readVersion), by: user, role: role, at: time)
    }

    private func apply(_ steps: [ConductStep], to incidentId: String, read: ConductRead, by user: String, role: Role,
                       at time: LocalDateTime) throws -> ConductIncident {
        try lock.withLock {
            guard var incident = stored[incidentId] else { throw ConductProblem(message: "There is no conduct incident \(incidentId).") }
            if let missed = incident.changeMissed(by: read) { throw missed }
            for step in steps { incident = try incident.applying(step, at: time, by: user, role: role) }
            stored[incidentId] = incident
            return incident
        }
    }

    /// The incident's version as stored now: what someone who just read it saves against.
    func version(of incidentId: String) -> Int { lock.withLock { stored[incidentId]?.timeline.count ?? 0 } }

    func open(_ incidentId: String, by user: String, role: Role, at time: LocalDateTime) throws -> ConductIncident {
        try lock.withLock {
            guard let incident = stored[incidentId] else { throw ConductProblem(message: "There is no conduct incident \(incidentId).") }
            guard ConductPermissions.canView(incident, user: user, role: role) else {
                throw role == .trainer ? ConductRefusal.trainersHaveNoAccess : ConductRefusal.notYourIncident
            }
            views.append("\(user) \(incidentId)")
            return incident
        }
    }

    func unfinishedIncident(onAccount accountNumber: String, raisedBy user: String) throws -> ConductIncident? {
        lock.withLock {
            stored.values.filter {
                $0.accountNumber == accountNumber && $0.raisedBy == user
                    && ![.closedWithoutReport, .awaitingSupervisorReview, .decided].contains($0.stage)
            }.max { $0.raisedAt < $1.raisedAt }
        }
    }

    func incidents(ownedBy user: String, _ range: ConductPageRange) throws -> ConductPage<ConductIncident> {
        let owned = lock.withLock { stored.values.filter { $0.owner == user }.sorted { $0.raisedAt > $1.raisedAt } }
        return ConductPage(rows: Array(owned.dropFirst(range.offset).prefix(range.limit)), offset: range.offset, total: owned.count)
    }

    /// Logins a supervisor can give incidents to.
    func assignees() throws -> [String] { ["alice", "bob", "sam"] }

    func awaitingDecisionCount(role: Role) throws -> Int { try reviewQueue(ConductPageRange(limit: 0), role: role).total }

    /// The pages the screens asked for, in order.
    var pagesRead: [String] { lock.withLock { pageLog } }

    func reviewQueue(_ range: ConductPageRange, role: Role) throws -> IncidentReviewQueuePage {
        guard role == .supervisor else { throw ConductProblem(message: "Only supervisors review conduct incidents and contact restrictions.") }
        lock.withLock { pageLog.append("queue \(range.offset)+\(range.limit)") }
        return IncidentReviewQueue.page(all, range)
    }

    func earlierIncidents(for incident: ConductIncident) throws -> [ConductIncident] {
        RepeatOffender.earlierIncidents(for: incident, among: all)
    }

    func restrictionsDueForReview(_ query: RestrictionsDueQuery, role: Role) throws -> RestrictionsDuePage {
        guard role == .supervisor else { throw ConductProblem(message: "Only supervisors review conduct incidents and contact restrictions.") }
        lock.withLock { pageLog.append("due \(query.range.offset)+\(query.range.limit)") }
        return RestrictionsDueForReview.page(all, query)
    }

    func recordReviewRequest(onIncident incidentId: String, shown: ContactRestriction, by user: String, role: Role,
                             at time: LocalDateTime) throws -> AccountContactRestriction {
        let changed = try apply([.customerRequestedRestrictionReview(on: time.date)], to: incidentId, read: .restriction(shown),
                                by: user, role: role, at: time)
        return AccountContactRestriction(incidentId: changed.id, accountNumber: changed.accountNumber ?? "", restriction: changed.currentRestriction!)
    }

    func contactRestrictions(onAccount accountNumber: String, on day: CivilDate) throws -> [AccountContactRestriction] {
        AccountContactRestriction.inForce(onAccount: accountNumber, among: all, on: day)
    }

    func writeLetter(for incidentId: String, decision: SupervisorDecision, by user: String, at time: LocalDateTime) throws -> String {
        lock.withLock {
            let kind = decision.kind == .warningLetter ? "warning-letter" : "restriction-notice"
            let path = "/letters/\(incidentId)-\(kind).md"
            letters.append(path)
            return path
        }
    }
}

/// A screen about a customer, standing in for the account screen under the F9 panel.
struct CustomerStandIn: Screen {
    enum Action: Sendable { case edit(TextField.Edit) }
    var note = TextField()
    var title: String { "Account 1002003004" }
    var bindings: [KeyBinding<Action>] { [] }
    var customerContext: CustomerContext? { CustomerContext(accountNumber: "1002003004", customerName: "Pat Smith") }
    func action(for key: Key) -> Action? { TextField.edit(for: key).map(Action.edit) }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        if case .edit(let edit) = action { note.apply(edit) }
        return .none
    }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        canvas.write("Pat Smith  ·  Account 1002003004", x: area.x + 1, y: area.y, role: .title)
        canvas.write("Note: " + note.text, x: area.x + 1, y: area.y + 1, role: .text)
    }
}

/// Givens the conduct screen tests share: Monday 2 March 2026, agent "alice", supervisor "sam".
enum ConductUIFixtures {
    static let account = "1002003004"

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func env(_ now: String = "2026-03-02T10:00", agent: String = "alice", role: Role = .agent) -> ScreenEnvironment {
        ScreenEnvironment(now: time(now), agent: agent, role: role)
    }

    static func services(_ port: InMemoryConduct) -> Services {
        var services = Services()
        services.register(port, as: (any ConductPort).self)
        return services
    }

    /// The F9 binding as the console is wired.
    static func panels(logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) -> [PanelBinding] {
        [PanelBinding(key: .function(9), help: "conduct incident") { AnyScreen(ConductIncidentPanel(context: $0, logComplaint: logComplaint)) }]
    }

    /// The F9 binding as the console is wired, opening where no account is open too.
    static func panelsAnywhere() -> [PanelBinding] {
        [PanelBinding(key: .function(9), help: "conduct incident", openWithoutCustomer: { AnyScreen(ConductIncidentPanel.withoutAccount()) }) {
            AnyScreen(ConductIncidentPanel(context: $0))
        }]
    }

    /// A console on the customer stand-in with F9 pressed and the panel loaded.
    static func panelOpen(_ port: InMemoryConduct, env: ScreenEnvironment,
                          logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) -> Console {
        let console = Console(root: AnyScreen(CustomerStandIn()), panels: panels(logComplaint: logComplaint))
        console.start(env: env)
        console.handle(.function(9), env: env)
        console.settle(services: services(port), env: env)
        return console
    }

    /// A console showing `screen`, started and settled against `port`.
    static func console<S: Screen>(_ screen: S, port: InMemoryConduct, env: ScreenEnvironment) -> Console {
        let console = Console(root: AnyScreen(screen))
        console.start(env: env)
        console.settle(services: services(port), env: env)
        return console
    }

    /// Presses keys one by one, letting each one's work finish before the next.
    static func press(_ keys: [Key], on console: Console, port: InMemoryConduct, env: ScreenEnvironment) {
        for key in keys {
            console.handle(key, env: env)
            console.settle(services: services(port), env: env)
        }
    }

    static func type(_ text: String, into console: Console, env: ScreenEnvironment) {
        for character in text { console.handle(.character(character), env: env) }
    }

    static func render(_ console: Console, env: ScreenEnvironment) -> Canvas {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas
    }

    static func panel(_ console: Console) -> ConductIncidentPanel? { console.top.state(as: ConductIncidentPanel.self) }

    /// An incident raised by `agent` at `at`, abuse recorded, asked to stop, continued, ended and reported.
    static func reported(_ port: InMemoryConduct, at iso: String, by agent: String = "alice", account: String? = account,
                         name: String = "Pat Smith", behaviours: Set<ConductBehaviour> = [.hurtfulViolentOrAbusiveSpeech],
                         whoThePersonWas: String = "", whatHappened: String = "") throws -> ConductIncident {
        let draft = ConductDraft(accountNumber: account, person: ConductPerson(name: name, description: whoThePersonWas),
                                 personKind: account == nil ? .memberOfPublic : .accountHolder, customerIsEmployee: false,
                                 channel: .phone, behaviours: behaviours, whatHappened: whatHappened)
        let steps: [ConductStep] = behaviours.contains(where: \.isViolentOrThreatening)
            ? [.contactEnded, .reported]
            : [.askedToStop(words: "Please stop."), .behaviourContinued([]), .contactEnded, .reported]
        return try port.raise(draft, then: steps, by: agent, role: .agent, at: time(iso))
    }

    /// The cursor moved to a behaviour in the panel's checklist.
    static func moveCursor(to behaviour: ConductBehaviour, on console: Console, env: ScreenEnvironment) {
        guard let target = ConductBehaviour.all.firstIndex(of: behaviour) else { return }
        while let cursor = panel(console)?.cursor, cursor != target {
            console.handle(cursor < target ? .down : .up, env: env)
        }
    }
}
