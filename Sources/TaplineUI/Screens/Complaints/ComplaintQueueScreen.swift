import TaplineDomain

/// The supervisor's queue: every complaint awaiting a reply, most urgent first (Charter 3.1(a)).
///
/// Overdue replies, those due today and those due within 2 business days are marked by their
/// theme role and by a word ("OVERDUE", "DUE TODAY", "DUE SOON"), so nothing depends on colour.
/// The order and the words come from the domain's `ComplaintQueue` on today's date. Filters
/// narrow by level and by the agent who logged the complaint; Enter opens one.
///
/// Tab switches to the open disputes (Charter 3.1(e), 3.2): answered complaints whose dispute
/// is not yet resolved leave the reply queue, so they are listed here with what each waits on
/// (the 10 business days, a further review, an external claim) and the amount held, in the
/// domain's `DisputeQueue` order. The same filters apply.
public struct ComplaintQueueScreen: Screen {
    /// Which list the screen shows.
    public enum View: Sendable, Equatable {
        /// Complaints awaiting a reply (3.1(a)).
        case awaitingReply
        /// Open disputes (3.1(e), 3.2).
        case disputes
    }

    public enum Action: Sendable {
        case loaded([Complaint])
        case disputesLoaded([Complaint])
        case viewKeyPressed
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
    public private(set) var view: View
    /// Complaints whose dispute may be open, as last loaded.
    public private(set) var disputeCandidates: [Complaint] = []
    /// The open disputes shown: filtered, in the domain's order.
    public private(set) var disputes: [DisputeQueueEntry] = []
    private(set) var disputeTable = Table(columns: [
        Table.Column("Number", width: 13), Table.Column("Account", width: 10), Table.Column("Level", width: 11),
        Table.Column("Held", width: 10, alignRight: true), Table.Column("Waits on"),
    ])
    private(set) var table = Table(columns: [
        Table.Column("Reply due", width: 15), Table.Column("Urgency", width: 9), Table.Column("Number", width: 13),
        Table.Column("Account", width: 10), Table.Column("Level", width: 11), Table.Column("Logged by"),
    ])

    public init(view: View = .awaitingReply) { self.view = view }

    public var title: String { view == .disputes ? "Complaints: open disputes" : "Complaints" }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.up, help: "previous complaint", bar: false, action: .move(-1)),
         KeyBinding(.down, help: "next complaint", bar: false, action: .move(1)),
         KeyBinding(.pageUp, help: "page up", bar: false, action: .move(-10)),
         KeyBinding(.pageDown, help: "page down", bar: false, action: .move(10)),
         KeyBinding(.enter, help: "open", action: .openSelected),
         KeyBinding(.tab, label: "Tab", help: view == .disputes ? "complaints awaiting a reply" : "open disputes (3.2)",
                    action: .viewKeyPressed),
         KeyBinding(.character("l"), help: "filter by level", action: .levelFilterKeyPressed),
         KeyBinding(.character("g"), help: "filter by agent", action: .agentFilterKeyPressed),
         KeyBinding(.character("r"), help: "refresh", action: .refreshKeyPressed)]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> { Self.load() }

    /// A complaint logged, answered or escalated at any desk shows here by itself.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { Self.load() }

    static func load() -> Effect<Action> {
        .batch([.run("load") { services in
            do {
                return .loaded(try services.port((any ComplaintsPort).self).awaitingReply())
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }, .run("disputes") { services in
            do {
                return .disputesLoaded(try services.port((any ComplaintsPort).self).disputeCandidates())
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }])
    }

    /// The agents who logged complaints now in the queue, in name order: what the agent filter cycles through.
    public var agents: [String] {
        Set((view == .disputes ? disputeCandidates : complaints).compactMap { $0.timeline.first?.agent }).sorted()
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
        case .disputesLoaded(let loaded):
            disputeCandidates = loaded
            refilter(env: env)
            return .none
        case .viewKeyPressed:
            view = view == .disputes ? .awaitingReply : .disputes
            if let agent = agentFilter, !agents.contains(agent) { agentFilter = nil }
            refilter(env: env)
            return .none
        case .loadFailed(let message):
            // A refresh that fails (the store is away) leaves the queue as last seen.
            if !isLoaded { loadError = message }
            return .error(message)
        case .move(let delta):
            if view == .disputes { disputeTable.move(by: delta) } else { table.move(by: delta) }
            return .none
        case .openSelected:
            if view == .disputes {
                guard disputes.indices.contains(disputeTable.selected) else { return .none }
                return .push(ComplaintDetailScreen(complaint: disputes[disputeTable.selected].complaint))
            }
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

    private func matchesFilters(_ complaint: Complaint) -> Bool {
        (levelFilter == nil || complaint.level == levelFilter)
            && (agentFilter == nil || complaint.timeline.first?.agent == agentFilter)
    }

    private mutating func refilter(env: ScreenEnvironment) {
        disputes = DisputeQueue.entries(disputeCandidates.filter(matchesFilters), today: env.today, calendar: env.calendar)
        disputeTable.setRows(keepingSelectedBy: 0, disputes.map { entry in
            let complaint = entry.complaint
            return Table.Row([complaint.id, complaint.accountNumber, complaint.level.shortTitle,
                              entry.held?.formatted ?? "", entry.waitingOnText],
                             role: entry.resolvableSince != nil ? .accent : (entry.held != nil ? .warning : nil))
        })
        let shown = complaints.filter(matchesFilters)
        entries = ComplaintQueue.entries(shown, today: env.today, calendar: env.calendar)
        table.setRows(keepingSelectedBy: 2, entries.map { entry in
            let complaint = entry.complaint
            return Table.Row([entry.replyDue.display, entry.urgency.word, complaint.id, complaint.accountNumber,
                              complaint.level.shortTitle, complaint.timeline.first?.agent ?? ""],
                             role: entry.urgency == .onTrack ? nil : entry.urgency.role)
        })
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
        if view == .disputes {
            renderDisputes(into: &canvas, inner: inner, env: env)
            return
        }
        let counts = ComplaintUrgency.allCases.filter { $0 != .onTrack }.map { urgency in
            "\(entries.filter { $0.urgency == urgency }.count) \(urgency.word.lowercased())"
        }
        canvas.write("Awaiting a reply: \(entries.count) — " + counts.joined(separator: ", "),
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        let filters = "Level: \(levelFilter?.title ?? "all") (l) · Logged by: \(agentFilter ?? "all") (g) · Tab: open disputes (\(disputes.count))"
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

    /// The open disputes: how many, how much is held, and each with what it waits on (Charter 3.2).
    private func renderDisputes(into canvas: inout Canvas, inner: Rect, env: ScreenEnvironment) {
        let held = disputes.compactMap(\.held).reduce(Money.zero, +)
        let ready = disputes.filter { $0.resolvableSince != nil }.count
        canvas.write("Open disputes: \(disputes.count) — \(held.formatted) held (3.1(e)) · \(ready) ready to mark resolved",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        let filters = "Level: \(levelFilter?.title ?? "all") (l) · Logged by: \(agentFilter ?? "all") (g) · Tab: awaiting a reply (\(entries.count))"
        canvas.write(filters, x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
        let tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if disputes.isEmpty {
            let none = disputeCandidates.isEmpty ? "No disputes are open." : "No open disputes match these filters."
            disputeTable.render(into: &canvas, area: Rect(x: tableArea.x, y: tableArea.y, width: tableArea.width, height: 1))
            canvas.write(none, x: inner.x, y: tableArea.y + 2, width: inner.width, role: .muted)
            return
        }
        if disputes.indices.contains(disputeTable.selected) {
            // The selected dispute's reasons in full: the column is narrow at 80 columns.
            let entry = disputes[disputeTable.selected]
            canvas.write("▸ \(entry.complaint.id) waits on: \(entry.waitingOnText)", x: inner.x, y: inner.y + 2,
                         width: inner.width, role: .accent)
        }
        var shown = disputeTable
        shown.pageSize = max(1, tableArea.height - 1)
        shown.render(into: &canvas, area: tableArea)
    }
}
