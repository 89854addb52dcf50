import Foundation
@testable import TaplineDomain
@testable import TaplineUI

/// An in-memory complaints register behind `ComplaintsPort`, with the store's rules: numbers
/// per year, saves that must extend the stored timeline, letters recorded instead of written.
final class InMemoryComplaints: ComplaintsPort, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Complaint] = [:]
    private var sequence = 0
    private(set) var letters: [(ComplaintLetterKind, String)] = []
    /// The account's balance the log form checks a disputed amount against (Charter 3.1(e)).
    var owed: Money
    /// Configured deciders by login (Charter 3.1(d)(1)): their name and the level they hold.
    var decidersByLogin: [String: (name: String, level: EscalationLevel?)]

    init(_ complaints: [Complaint] = [], owed: Money = Money(dollars: 2_016, cents: 80),
         deciders: [String: (name: String, level: EscalationLevel?)] = [:]) {
        for complaint in complaints { stored[complaint.id] = complaint }
        self.owed = owed
        self.decidersByLogin = deciders
    }

    var all: [Complaint] { lock.withLock { Array(stored.values) } }

    func log(_ complaint: Complaint) throws -> Complaint {
        try lock.withLock {
            guard complaint.id.isEmpty else { throw ComplaintsPortError(message: "already numbered") }
            sequence += 1
            var numbered = complaint
            numbered.id = ComplaintNumber.format(year: complaint.receivedAt.date.year, sequence: sequence)
            stored[numbered.id] = numbered
            return numbered
        }
    }

    func save(_ complaint: Complaint, role: Role) throws -> Complaint {
        try lock.withLock {
            guard let current = stored[complaint.id] else { throw ComplaintsPortError(message: "no complaint \(complaint.id)") }
            guard complaint.timeline.starts(with: current.timeline) else { throw current.changeMissed(by: complaint) }
            try ComplaintAssignment.check(added: complaint.timeline.dropFirst(current.timeline.count), role: role) { decidersByLogin[$0]?.level }
            for response in complaint.responses.dropFirst(current.responses.count) {
                let known = decidersByLogin[response.by]
                let expected = try ComplaintAuthority.decider(
                    at: response.level, responder: ComplaintResponder(user: response.by, name: known?.name, role: role, holds: known?.level))
                guard response.decider == expected else { throw ComplaintsPortError(message: "decider not recognised") }
            }
            stored[complaint.id] = complaint
            return complaint
        }
    }

    /// Another agent's change, saved behind the screen's back.
    func replace(_ complaint: Complaint) { lock.withLock { stored[complaint.id] = complaint } }

    func complaint(number: String) throws -> Complaint? { lock.withLock { stored[number] } }

    func complaints(forAccount accountNumber: String) throws -> [Complaint] {
        lock.withLock { stored.values.filter { $0.accountNumber == accountNumber }.sorted { $0.id < $1.id } }
    }

    /// The queue as the stores read it, from whole complaints: by reply date, then receipt.
    func queue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage {
        let matching = lock.withLock { Array(stored.values) }
            .filter { query.owner == nil || $0.owner == query.owner }
            .filter { query.level == nil || $0.level == query.level }
            .compactMap { complaint -> ComplaintSummary? in
                guard let due = complaint.replyDue(calendar: .victoria) else { return nil }
                return ComplaintSummary(id: complaint.id, accountNumber: complaint.accountNumber, customerName: "Cust \(complaint.accountNumber.suffix(4))",
                                        category: complaint.category, level: complaint.level, replyDue: due,
                                        receivedAt: complaint.receivedAt, owner: complaint.owner)
            }
            .sorted { ($0.replyDue!, $0.receivedAt, $0.id) < ($1.replyDue!, $1.receivedAt, $1.id) }
        let urgencies = matching.compactMap { $0.urgency(today: query.today, calendar: .victoria) }
        return ComplaintQueuePage(rows: Array(matching.dropFirst(query.offset).prefix(query.limit)), offset: query.offset,
                                  total: matching.count, overdue: urgencies.filter { $0 == .overdue }.count,
                                  dueToday: urgencies.filter { $0 == .dueToday }.count, dueSoon: urgencies.filter { $0 == .dueSoon }.count)
    }

    func replyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures {
        let page = try queue(ComplaintQueueQuery(today: today, calendar: .victoria, owner: owner, limit: 0))
        return ComplaintReplyFigures(overdue: page.overdue, dueToday: page.dueToday)
    }

    /// Logins a supervisor can give complaints to.
    var staff: [String] = ["amy", "bob", "carol", "sam"]

    func assignees() throws -> [String] { lock.withLock { staff } }

    func deciders() throws -> [ComplaintResponder] {
        lock.withLock {
            decidersByLogin.map { ComplaintResponder(user: $0.key, name: $0.value.name, role: .supervisor, holds: $0.value.level) }
                .sorted { $0.user < $1.user }
        }
    }

    /// The domain's page of what is stored, as a store's must equal it.
    func disputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage {
        lock.withLock { DisputeQueuePage.of(Array(stored.values), query) }
    }

    func amountOwed(onAccount accountNumber: String) throws -> Money { lock.withLock { owed } }

    func responder(user: String, role: Role) throws -> ComplaintResponder {
        lock.withLock { ComplaintResponder(user: user, name: decidersByLogin[user]?.name, role: role, holds: decidersByLogin[user]?.level) }
    }

    func writeLetter(_ letter: ComplaintLetterKind, for complaint: Complaint, date: CivilDate) throws -> String {
        lock.withLock {
            let path = "/letters/\(complaint.id)-\(letter.rawValue)-\(date.iso).md"
            letters.append((letter, path))
            return path
        }
    }
}

/// Givens the complaint screen tests share: the Thursday before Easter 2025, and a console.
enum ComplaintScreenFixtures {
    static let calendar = BusinessCalendar.victoria
    static let account = AccountContext(accountNumber: "1000000002", customerName: "Daniel O'Brien")

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Thu 17 Apr 2025 10:30, agent "amy".
    static func env(_ now: String = "2025-04-17T10:30", role: Role = .agent) -> ScreenEnvironment {
        ScreenEnvironment(now: time(now), agent: "amy", role: role, calendar: calendar)
    }

    static func services(_ port: InMemoryComplaints) -> Services {
        var services = Services()
        services.register(port, as: (any ComplaintsPort).self)
        return services
    }

    /// A numbered complaint received at `receivedAt`, logged by `agent`.
    static func complaint(_ number: Int, receivedAt: String, by agent: String = "amy", account: String = "1000000002",
                          disputed: Money? = nil) throws -> Complaint {
        try Complaint.log(id: ComplaintNumber.format(year: 2025, sequence: number), accountNumber: account,
                          receivedAt: time(receivedAt), channel: .phone, category: .billing,
                          description: "The bill is double the usual.", disputedAmount: disputed,
                          amountOwed: disputed.map { _ in Money(dollars: 2_016, cents: 80) },
                          loggedBy: agent, calendar: calendar)
    }

    /// A console showing `screen`, started and settled against `port`.
    static func console<S: Screen>(_ screen: S, port: InMemoryComplaints, env: ScreenEnvironment) -> Console {
        let console = Console(root: AnyScreen(screen))
        console.start(env: env)
        console.settle(services: services(port), env: env)
        return console
    }

    /// Keys typed one character at a time.
    static func type(_ text: String, into console: Console, env: ScreenEnvironment) {
        for character in text { console.handle(.character(character), env: env) }
    }

    static func render(_ console: Console, env: ScreenEnvironment) -> Canvas {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas
    }
}
