import TaplineDomain

/// The supervisor's queue: every complaint awaiting a reply, most urgent first (Charter 3.1(a)).
///
/// Overdue replies, those due today and those due within 2 business days are marked by their
/// theme role and by a word ("OVERDUE", "DUE TODAY", "DUE SOON"), so nothing depends on colour.
/// The order and the words come from the domain's `ComplaintQueue` on today's date. Filters
/// narrow by level and by the agent who logged the complaint; Enter opens one.
public struct ComplaintQueueScreen: Screen {
    public enum Action: Sendable {
        case loaded([Complaint])
        case loadFailed(String)
        case move(Int)
        case openSelected
        case levelFilterKeyPressed
        case agentFilterKeyPressed
        case refreshKeyPressed
    }

    /// Everything awaiting a reply, as last loaded.
    public private(set) var complaints: [Complaint] = []
    /// The queue shown: filtered, in the domain's order.
    public private(set) var entries: [ComplaintQueueEntry] = []
    public private(set) var levelFilter: EscalationLevel?
    public private(set) var agentFilter: String?
    public private(set) var isLoaded = false
    public private(set) var loadError: String?
    private(set) var table = Table(columns: [
        Table.Column("Reply due", width: 15), Table.Column("Urgency", width: 9), Table.Column("Number", width: 13),
        Table.Column("Account", width: 10), Table.Column("Level", width: 11), Table.Column("Logged by"),
    ])

    public init() {}

    public var title: String { "Complaints" }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.up, help: "previous complaint", bar: false, action: .move(-1)),
         KeyBinding(.down, help: "next complaint", bar: false, action: .move(1)),
         KeyBinding(.pageUp, help: "page up", bar: false, action: .move(-10)),
         KeyBinding(.pageDown, help: "page down", bar: false, action: .move(10)),
         KeyBinding(.enter, help: "open", action: .openSelected),
         KeyBinding(.character("l"), help: "filter by level", action: .levelFilterKeyPressed),
         KeyBinding(.character("g"), help: "filter by agent", action: .agentFilterKeyPressed),
         KeyBinding(.character("r"), help: "refresh", action: .refreshKeyPressed)]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> { Self.load() }

    static func load() -> Effect<Action> {
        .run("load") { services in
            do {
                return .loaded(try services.port((any ComplaintsPort).self).awaitingReply())
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }
    }

    /// The agents who logged complaints now in the queue, in name order: what the agent filter cycles through.
    public var agents: [String] {
        Set(complaints.compactMap { $0.timeline.first?.agent }).sorted()
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            complaints = loaded
            isLoaded = true
            loadError = nil
            if let agent = agentFilter, !agents.contains(agent) { agentFilter = nil }
            refilter(env: env)
            return .none
        case .loadFailed(let message):
            loadError = message
            return .error(message)
        case .move(let delta):
            table.move(by: delta)
            return .none
        case .openSelected:
            guard entries.indices.contains(table.selected) else { return .none }
            return .push(ComplaintDetailScreen(complaint: entries[table.selected].complaint))
        case .levelFilterKeyPressed:
            levelFilter = Self.next(after: levelFilter, in: EscalationLevel.allCases)
            refilter(env: env)
            return .none
        case .agentFilterKeyPressed:
            agentFilter = Self.next(after: agentFilter, in: agents)
            refilter(env: env)
            return .none
        case .refreshKeyPressed:
            return Self.load()
        }
    }

    /// The next value of a filter that cycles "all → each value → all".
    static func next<T: Equatable>(after current: T?, in values: [T]) -> T? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    private mutating func refilter(env: ScreenEnvironment) {
        let shown = complaints.filter { complaint in
            (levelFilter == nil || complaint.level == levelFilter)
                && (agentFilter == nil || complaint.timeline.first?.agent == agentFilter)
        }
        entries = ComplaintQueue.entries(shown, today: env.today, calendar: env.calendar)
        table.setRows(entries.map { entry in
            let complaint = entry.complaint
            return Table.Row([entry.replyDue.display, entry.urgency.word, complaint.id, complaint.accountNumber,
                              Self.shortTitle(complaint.level), complaint.timeline.first?.agent ?? ""],
                             role: entry.urgency == .onTrack ? nil : entry.urgency.role)
        })
    }

    /// "Team Leader", "General Mgr": a level in the queue's narrow column.
    static func shortTitle(_ level: EscalationLevel) -> String {
        switch level {
        case .frontline: return "Frontline"
        case .generalManager: return "General Mgr"
        case .teamLeader, .manager: return level.title
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        if let loadError {
            canvas.write("✖ \(loadError)", x: inner.x, y: inner.y, width: inner.width, role: .error)
            return
        }
        guard isLoaded else {
            canvas.write("Loading the complaints queue…", x: inner.x, y: inner.y, width: inner.width, role: .muted)
            return
        }
        let counts = ComplaintUrgency.allCases.filter { $0 != .onTrack }.map { urgency in
            "\(entries.filter { $0.urgency == urgency }.count) \(urgency.word.lowercased())"
        }
        canvas.write("Awaiting a reply: \(entries.count) — " + counts.joined(separator: ", "),
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        let filters = "Level: \(levelFilter?.title ?? "all") (l) · Logged by: \(agentFilter ?? "all") (g) · today \(env.today.display)"
        canvas.write(filters, x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
        let tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if entries.isEmpty {
            let none = complaints.isEmpty ? "No complaints are awaiting a reply." : "No complaints match these filters."
            table.render(into: &canvas, area: Rect(x: tableArea.x, y: tableArea.y, width: tableArea.width, height: 1))
            canvas.write(none, x: inner.x, y: tableArea.y + 2, width: inner.width, role: .muted)
            return
        }
        var shown = table
        shown.pageSize = max(1, tableArea.height - 1)
        shown.render(into: &canvas, area: tableArea)
    }
}
