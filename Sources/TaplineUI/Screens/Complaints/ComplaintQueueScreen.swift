import TaplineDomain

/// The reply queue: complaints awaiting a reply, most urgent first (Charter 3.1(a)), and "My
/// work", the same queue of the complaints that are the agent's own (issue 12 item 4).
///
/// Overdue replies, those due today and those due within 2 business days are marked by their
/// theme role and by a word ("OVERDUE 3d", "DUE TODAY", "DUE SOON"), so nothing depends on
/// colour. Each row names the customer, the category, the level and whose work it is. Filters
/// narrow by level and by owner (chosen by typing part of a name: a centre has hundreds);
/// Enter opens one.
///
/// A contact centre's queue is 10^5 complaints long (issue 12 item 6), so it is read from the
/// store a page at a time with its figures for the whole queue (`ComplaintQueuePage`); moving
/// down near the end of what is loaded reads the next page, and a change anywhere reads again
/// what is loaded, keeping the selection on its complaint.
///
/// Tab switches to the open disputes (Charter 3.1(e), 3.2): answered complaints whose dispute
/// is not yet resolved leave the reply queue, so they are listed here with what each waits on
/// (the 10 business days, a further review, an external claim) and the amount held, in the
/// domain's `DisputeQueue` order. The same filters apply, and they too are read a page at a
/// time with their figures (`DisputeQueuePage`).
public struct ComplaintQueueScreen: Screen {
    /// Which list the screen shows.
    public enum View: Sendable, Equatable {
        /// Complaints awaiting a reply (3.1(a)).
        case awaitingReply
        /// Open disputes (3.1(e), 3.2).
        case disputes
    }

    /// Whose complaints: everyone's, or the signed-in user's own ("My work").
    public enum Scope: Sendable, Equatable {
        case everyone
        case mine
    }

    public enum Action: Sendable {
        case loaded(ComplaintQueuePage)
        case moreLoaded(ComplaintQueuePage)
        case disputesLoaded(DisputeQueuePage)
        case moreDisputesLoaded(DisputeQueuePage)
        case assigneesLoaded([String])
        case viewKeyPressed
        case loadFailed(String)
        case move(Int)
        case openSelected
        case levelFilterKeyPressed
        case ownerFilterKeyPressed
        case ownerChooser(NameChooser.Action)
        case refreshKeyPressed
    }

    /// Rows read at a time.
    public static let pageRows = 100

    public let scope: Scope
    /// The queue as far as it is loaded, in queue order, with the figures for all of it.
    public private(set) var rows: [ComplaintSummary] = []
    public private(set) var page: ComplaintQueuePage?
    public private(set) var levelFilter: EscalationLevel?
    public private(set) var ownerFilter: String?
    /// Who complaints can be given to: what the owner filter chooses from.
    public private(set) var assignees: [String] = []
    /// The owner filter's chooser, while open.
    public private(set) var ownerChooser: NameChooser?
    public private(set) var isLoaded = false
    public private(set) var loadError: String?
    public private(set) var view: View
    /// The open disputes as far as they are loaded (once shown), filtered, in the domain's order.
    public private(set) var disputes = PagedRows<DisputeQueueEntry>(pageRows: pageRows)
    /// The figures for all the open disputes, from the latest page read.
    public private(set) var disputeFigures: DisputeQueuePage?
    private(set) var disputeTable = Table(columns: [
        Table.Column("Number", width: 13), Table.Column("Account", width: 10), Table.Column("Level", width: 11),
        Table.Column("Held", width: 10, alignRight: true), Table.Column("Waits on"),
    ])
    private(set) var table = Table(columns: [
        Table.Column("Due", width: 6, alignRight: true), Table.Column("Urgency", width: 11), Table.Column("Number", width: 13),
        Table.Column("Customer"), Table.Column("Category", width: 10), Table.Column("Level", width: 11),
        Table.Column("Owner", width: 8),
    ])

    public init(view: View = .awaitingReply, scope: Scope = .everyone) {
        self.view = view
        self.scope = scope
    }

    public var title: String {
        let base = scope == .mine ? "My work" : "Complaints"
        return view == .disputes ? "\(base): open disputes" : base
    }

    public var bindings: [KeyBinding<Action>] {
        if ownerChooser != nil { return NameChooser.bindings(Action.ownerChooser) }
        return [KeyBinding(.up, help: "previous complaint", bar: false, action: .move(-1)),
         KeyBinding(.down, help: "next complaint", bar: false, action: .move(1)),
         KeyBinding(.pageUp, help: "page up", bar: false, action: .move(-10)),
         KeyBinding(.pageDown, help: "page down", bar: false, action: .move(10)),
         KeyBinding(.enter, help: "open", action: .openSelected),
         KeyBinding(.tab, label: "Tab", help: view == .disputes ? "complaints awaiting a reply" : "open disputes (3.2)",
                    action: .viewKeyPressed),
         KeyBinding(.character("l"), help: "filter by level", action: .levelFilterKeyPressed)]
            + (scope == .mine ? [] : [KeyBinding(.character("g"), help: "filter by owner", action: .ownerFilterKeyPressed)])
            + [KeyBinding(.character("r"), help: "refresh", action: .refreshKeyPressed)]
    }

    /// While the owner chooser is open every key goes to it: typing narrows the names.
    public func action(for key: Key) -> Action? {
        if ownerChooser != nil { return NameChooser.action(for: key).map(Action.ownerChooser) }
        return bindings.action(for: key)
    }

    public var extraHelp: [KeyHint] {
        [KeyHint(label: "OVERDUE 3d", help: "the reply is 3 business days late (Charter 3.1(a))", showsInBar: false)]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        .batch([load(env: env), .run("assignees") { services in
            .assigneesLoaded((try? services.port((any ComplaintsPort).self).assignees()) ?? [])
        }])
    }

    /// A complaint logged, answered, escalated or given to someone at any desk shows here by itself.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { load(env: env) }

    /// The owner the queue is narrowed to: the user's own in My work, else the filter's.
    func owner(env: ScreenEnvironment) -> String? { scope == .mine ? env.agent : ownerFilter }

    /// Reads again from the top as much as is loaded (a page at least: all of it, so the
    /// selected row is still there however far down it is), and likewise the open disputes
    /// when they are shown.
    func load(env: ScreenEnvironment) -> Effect<Action> {
        let query = ComplaintQueueQuery(today: env.today, calendar: env.calendar, owner: owner(env: env), level: levelFilter,
                                        limit: max(Self.pageRows, rows.count))
        let queue = Effect<Action>.run("load") { services in
            do {
                return .loaded(try services.port((any ComplaintsPort).self).queue(query))
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }
        return view == .disputes ? .batch([queue, loadDisputes(env: env)]) : queue
    }

    /// Reads the open disputes from the top, as many as are loaded (a page at least).
    func loadDisputes(env: ScreenEnvironment) -> Effect<Action> {
        let query = DisputeQueueQuery(today: env.today, calendar: env.calendar, owner: owner(env: env), level: levelFilter,
                                      limit: disputes.refreshLimit)
        return .run("disputes") { services in
            do {
                return .disputesLoaded(try services.port((any ComplaintsPort).self).disputes(query))
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }
    }

    /// Reads the page of disputes after what is loaded, when the selection nears its end.
    private func loadMoreDisputesIfNeeded(env: ScreenEnvironment) -> Effect<Action> {
        guard let offset = disputes.nextPageOffset(selected: disputeTable.selected) else { return .none }
        let query = DisputeQueueQuery(today: env.today, calendar: env.calendar, owner: owner(env: env), level: levelFilter,
                                      offset: offset, limit: disputes.pageRows)
        return .run("more disputes") { services in
            do {
                return .moreDisputesLoaded(try services.port((any ComplaintsPort).self).disputes(query))
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }
    }

    /// Reads the page after what is loaded, when the selection nears its end.
    private func loadMoreIfNeeded(env: ScreenEnvironment) -> Effect<Action> {
        guard view == .awaitingReply, let page, rows.count < page.total, table.selected >= rows.count - Self.pageRows / 5 else {
            return .none
        }
        let query = ComplaintQueueQuery(today: env.today, calendar: env.calendar, owner: owner(env: env), level: levelFilter,
                                        offset: rows.count, limit: Self.pageRows)
        return .run("more") { services in
            do {
                return .moreLoaded(try services.port((any ComplaintsPort).self).queue(query))
            } catch {
                return .loadFailed(error.complaintMessage)
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let loaded):
            page = loaded
            rows = loaded.rows
            isLoaded = true
            loadError = nil
            retable(env: env)
            return loadMoreIfNeeded(env: env)
        case .moreLoaded(let more):
            // A page read before a refresh replaced what it follows is dropped.
            guard more.offset == rows.count else { return .none }
            page = more
            rows += more.rows
            retable(env: env)
            return .none
        case .disputesLoaded(let loaded):
            disputeFigures = loaded
            disputes.replace(with: loaded.entries, total: loaded.total)
            retableDisputes()
            return loadMoreDisputesIfNeeded(env: env)
        case .moreDisputesLoaded(let more):
            guard disputes.append(more.entries, at: more.offset, total: more.total) else { return .none }
            disputeFigures = more
            retableDisputes()
            return .none
        case .assigneesLoaded(let loaded):
            assignees = loaded
            return .none
        case .viewKeyPressed:
            view = view == .disputes ? .awaitingReply : .disputes
            return view == .disputes ? loadDisputes(env: env) : .none
        case .loadFailed(let message):
            // A refresh that fails (the store is away) leaves the queue as last seen.
            if !isLoaded { loadError = message }
            return .error(message)
        case .move(let delta):
            if view == .disputes {
                disputeTable.move(by: delta)
                return loadMoreDisputesIfNeeded(env: env)
            }
            table.move(by: delta)
            return loadMoreIfNeeded(env: env)
        case .openSelected:
            if view == .disputes {
                guard disputes.rows.indices.contains(disputeTable.selected) else { return .none }
                return .push(ComplaintDetailScreen(complaint: disputes.rows[disputeTable.selected].complaint))
            }
            guard rows.indices.contains(table.selected) else { return .none }
            let row = rows[table.selected]
            return .push(ComplaintDetailScreen(number: row.id, customerName: row.customerName))
        case .levelFilterKeyPressed:
            levelFilter = Self.next(after: levelFilter, in: EscalationLevel.allCases)
            return refiltered(env: env)
        case .ownerFilterKeyPressed:
            guard scope == .everyone else { return .none }
            ownerChooser = NameChooser(title: "Whose complaints", names: owners, anyone: "everyone's", current: ownerFilter)
            return .none
        case .ownerChooser(let chooserAction):
            return chose(chooserAction, env: env)
        case .refreshKeyPressed:
            return load(env: env)
        }
    }

    /// An action of the open owner chooser: Enter narrows the queue to the name highlighted.
    private mutating func chose(_ action: NameChooser.Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let edit):
            ownerChooser?.edit(edit)
        case .move(let delta):
            ownerChooser?.move(by: delta)
        case .cancel:
            ownerChooser = nil
        case .choose:
            guard let choice = ownerChooser?.highlighted else { return .error("No name matches what is typed") }
            ownerChooser = nil
            switch choice {
            case .anyone: ownerFilter = nil
            case .name(let name): ownerFilter = name
            }
            return refiltered(env: env)
        }
        return .none
    }

    /// Who the owner filter chooses from: everyone complaints can be given to, and anyone
    /// else who owns one now listed (a colleague who has since left the directory).
    public var owners: [String] {
        Set(assignees + rows.map(\.owner) + disputes.rows.map(\.complaint.owner)).sorted()
    }

    /// The next value of a filter that cycles "all → each value → all".
    static func next<T: Equatable>(after current: T?, in values: [T]) -> T? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    /// A filter changed: the queue, and the disputes when shown, are read again from their top.
    private mutating func refiltered(env: ScreenEnvironment) -> Effect<Action> {
        rows = []
        table.setRows([])
        disputes = PagedRows(pageRows: Self.pageRows)
        disputeFigures = nil
        disputeTable.setRows([])
        return load(env: env)
    }

    private mutating func retable(env: ScreenEnvironment) {
        table.totalRows = page?.total
        table.setRows(keepingSelectedBy: 2, rows.map { row in
            let urgency = row.urgency(today: env.today, calendar: env.calendar) ?? .onTrack
            let late = row.businessDaysOverdue(today: env.today, calendar: env.calendar)
            let day = row.replyDue.map { "\($0.day) \(CivilDate.monthNames[$0.month - 1])" } ?? ""  // "15 Apr": the complaint itself gives the year
            return Table.Row([day, urgency == .overdue ? "OVERDUE \(late)d" : urgency.word, row.id, row.customerName,
                              row.category.displayName, row.level.shortTitle, row.owner],
                             role: urgency == .onTrack ? nil : urgency.role)
        })
    }

    private mutating func retableDisputes() {
        disputeTable.totalRows = disputes.total
        disputeTable.setRows(keepingSelectedBy: 0, disputes.rows.map { entry in
            let complaint = entry.complaint
            return Table.Row([complaint.id, complaint.accountNumber, complaint.level.shortTitle,
                              entry.held?.formatted ?? "", entry.waitingOnText],
                             role: entry.resolvableSince != nil ? .accent : (entry.held != nil ? .warning : nil))
        })
    }

    /// "Level: all (l) · Owner: sam (g)": the filters, and how to change them.
    private var filterLine: String {
        let ownerPart = scope == .mine ? "yours" : "Owner: \(ownerFilter ?? "all") (g)"
        return "Level: \(levelFilter?.title ?? "all") (l) · \(ownerPart)"
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        renderLists(into: &canvas, area: area, env: env)
        ownerChooser?.render(into: &canvas, area: area)
    }

    private func renderLists(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        if let loadError {
            canvas.write("✖ \(loadError)", x: inner.x, y: inner.y, width: inner.width, role: .error)
            return
        }
        guard isLoaded, let page else {
            canvas.write("Loading the complaints queue…", x: inner.x, y: inner.y, width: inner.width, role: .muted)
            return
        }
        if view == .disputes {
            renderDisputes(into: &canvas, inner: inner, env: env, awaiting: page.total)
            return
        }
        let counts = ComplaintUrgency.allCases.filter { $0 != .onTrack }.map { "\(page.count($0)) \($0.word.lowercased())" }
        canvas.write("Awaiting a reply: \(page.total) — " + counts.joined(separator: ", "),
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        canvas.write(filterLine + " · Tab: open disputes" + (disputes.total.map { " (\($0))" } ?? ""), x: inner.x, y: inner.y + 1,
                     width: inner.width, role: .muted)
        let tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if rows.isEmpty {
            let filtered = levelFilter != nil || (scope == .everyone && ownerFilter != nil)
            let none = filtered ? "No complaints match these filters."
                : (scope == .mine ? "No complaints of yours are awaiting a reply." : "No complaints are awaiting a reply.")
            table.render(into: &canvas, area: Rect(x: tableArea.x, y: tableArea.y, width: tableArea.width, height: 1))
            canvas.write(none, x: inner.x, y: tableArea.y + 2, width: inner.width, role: .muted)
            return
        }
        var shown = table
        shown.pageSize = max(1, tableArea.height - 1)
        shown.render(into: &canvas, area: tableArea)
    }

    /// The open disputes: how many, how much is held, and each with what it waits on (Charter 3.2).
    private func renderDisputes(into canvas: inout Canvas, inner: Rect, env: ScreenEnvironment, awaiting: Int) {
        if let figures = disputeFigures {
            canvas.write("Open disputes: \(figures.total) — \(figures.held.formatted) held (3.1(e)) · \(figures.ready) ready to mark resolved",
                         x: inner.x, y: inner.y, width: inner.width, role: .title)
        } else {
            canvas.write("Open disputes", x: inner.x, y: inner.y, width: inner.width, role: .title)
        }
        canvas.write(filterLine + " · Tab: awaiting a reply (\(awaiting))", x: inner.x, y: inner.y + 1, width: inner.width,
                     role: .muted)
        let tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if !disputes.isLoaded {
            canvas.write("Loading the open disputes…", x: inner.x, y: tableArea.y, width: inner.width, role: .muted)
            return
        }
        if disputes.rows.isEmpty {
            let filtered = levelFilter != nil || (scope == .everyone && ownerFilter != nil)
            let none = filtered ? "No open disputes match these filters."
                : (scope == .mine ? "No open disputes are yours." : "No disputes are open.")
            disputeTable.render(into: &canvas, area: Rect(x: tableArea.x, y: tableArea.y, width: tableArea.width, height: 1))
            canvas.write(none, x: inner.x, y: tableArea.y + 2, width: inner.width, role: .muted)
            return
        }
        if disputes.rows.indices.contains(disputeTable.selected) {
            // The selected dispute's reasons in full: the column is narrow at 80 columns.
            let entry = disputes.rows[disputeTable.selected]
            canvas.write("▸ \(entry.complaint.id) waits on: \(entry.waitingOnText)", x: inner.x, y: inner.y + 2,
                         width: inner.width, role: .accent)
        }
        var shown = disputeTable
        shown.pageSize = max(1, tableArea.height - 1)
        shown.render(into: &canvas, area: tableArea)
    }
}
