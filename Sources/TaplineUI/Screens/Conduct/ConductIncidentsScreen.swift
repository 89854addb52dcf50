import TaplineDomain

/// Conduct incidents: an agent's own; for supervisors also the review queue and the contact
/// restrictions due for review.
///
/// Conduct policy: incidents are reported for a supervisor to decide, so the queue lists the
/// one waiting longest first, with the repeat-offender marker ("We may refer … repeat
/// offenders to the police"). Restrictions are never open-ended: those reviewed within
/// `reviewWindowDays`, or that the customer asked to review, are listed soonest first.
/// "Yours" are the incidents the user is to carry on with: raised and not given away, or given
/// to them by a supervisor (issue 12 item 4). Agents see only incidents they raised or were
/// given (`ConductPermissions`); trainers see none.
///
/// A contact centre's queue holds 10^5 incidents (issue 12 item 6), so every list (the review
/// queue, the restrictions due and Yours) is read a page at a time with its total
/// (`ConductPage`, kept as `PagedRows`): moving near the end of what is loaded reads the next
/// page, a change anywhere reads again what is loaded (the selection stays on its incident),
/// the tabs show the totals and the scroll marker counts the rows not loaded yet.
public struct ConductIncidentsScreen: Screen {
    public enum View: Int, Hashable, Sendable, CaseIterable {
        case reviewQueue, restrictionsDue, mine

        var title: String {
            switch self {
            case .reviewQueue: "Review queue"
            case .restrictionsDue: "Restrictions due"
            case .mine: "Yours"
            }
        }
    }

    public enum Action: Sendable {
        /// A read from the top: the lists the role may see (nil: not theirs), and Yours.
        case loaded(role: Role, queue: IncidentReviewQueuePage?, due: RestrictionsDuePage?, mine: ConductPage<ConductIncident>)
        /// The page after what is loaded of the review queue, or of the restrictions due.
        case moreQueueLoaded(IncidentReviewQueuePage)
        case moreDueLoaded(RestrictionsDuePage)
        case moreMineLoaded(ConductPage<ConductIncident>)
        case loadFailed(String)
        case show(View)
        case nextView
        case move(Int)
        case openSelected
    }

    /// Restrictions reviewed within this many days are listed as due.
    public static let reviewWindowDays = 30
    /// Rows read at a time: what the screen asks the store for (and the benchmark times). Two
    /// screens' worth at a tall terminal, not the complaint queue's 100: each incident, and
    /// each earlier one its repeat marker weighs, is read whole (its JSON body, about 0.2 ms
    /// apiece), where a complaint row is a handful of columns.
    public static let pageRows = 40

    public private(set) var view: View
    /// The role the lists were loaded for; nil until loaded.
    public private(set) var role: Role?
    /// The review queue, the restrictions due and Yours as far as they are loaded, with their totals.
    public private(set) var queuePages = PagedRows<ConductQueueEntry>(pageRows: pageRows)
    public private(set) var duePages = PagedRows<RestrictionDueForReview>(pageRows: pageRows)
    public private(set) var minePages = PagedRows<ConductIncident>(pageRows: pageRows)
    public private(set) var problem: String?
    private(set) var tables: [View: Table] = [:]
    let logComplaint: (@Sendable (CustomerContext) -> AnyScreen)?

    public init(start view: View = .reviewQueue, logComplaint: (@Sendable (CustomerContext) -> AnyScreen)? = nil) {
        self.view = view
        self.logComplaint = logComplaint
    }

    public var title: String { "Conduct incidents" }

    /// The lists this role may see: supervisors all three, agents their own.
    public var views: [View] { role?.actsAsSupervisor == true ? View.allCases : (role == .agent ? [.mine] : []) }

    public var bindings: [KeyBinding<Action>] {
        var list: [KeyBinding<Action>] = [
            KeyBinding(.enter, help: "open the incident", action: .openSelected),
            KeyBinding(.up, help: "previous", bar: false, action: .move(-1)),
            KeyBinding(.down, help: "next", bar: false, action: .move(1)),
            KeyBinding(.pageUp, help: "page up", bar: false, action: .move(-10)),
            KeyBinding(.pageDown, help: "page down", bar: false, action: .move(10)),
        ]
        if views.count > 1 {
            list.append(KeyBinding(.tab, help: "next list", action: .nextView))
            list += views.map { v in
                KeyBinding(.character(Character(String(v.rawValue + 1))), help: "show \(v.title)", bar: false, action: .show(v))
            }
        }
        return list
    }

    // MARK: - Update

    /// The review queue as loaded so far.
    public var queue: [ConductQueueEntry] { queuePages.rows }
    /// The restrictions due as loaded so far.
    public var due: [RestrictionDueForReview] { duePages.rows }
    /// The user's own incidents as loaded so far.
    public var mine: [ConductIncident] { minePages.rows }

    /// Reads each list from the top, as much of it as is loaded (a page at least).
    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let user = env.agent, role = env.role, today = env.today
        let queueRange = ConductPageRange(limit: queuePages.refreshLimit)
        let dueQuery = RestrictionsDueQuery(today: today, within: Self.reviewWindowDays, limit: duePages.refreshLimit)
        let mineRange = ConductPageRange(limit: minePages.refreshLimit)
        return .run("conduct-lists") { services in
            do {
                guard role != .trainer else { throw ConductRefusal.trainersHaveNoAccess }
                let port = try services.port((any ConductPort).self)
                let mine = try port.incidents(ownedBy: user, mineRange)
                guard role.actsAsSupervisor else { return .loaded(role: role, queue: nil, due: nil, mine: mine) }
                return .loaded(role: role, queue: try port.reviewQueue(queueRange, role: role),
                               due: try port.restrictionsDueForReview(dueQuery, role: role), mine: mine)
            } catch {
                return .loadFailed(ConductProblem.message(for: error))
            }
        }
    }

    /// An incident reported or decided at any desk shows here by itself; all that is loaded is
    /// read again, so the selection stays where it is.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { appear(env: env) }

    /// Reads the page after what is loaded of the list shown, when the selection nears its end.
    private func loadMoreIfNeeded(env: ScreenEnvironment) -> Effect<Action> {
        let role = env.role, selected = tables[view]?.selected ?? 0
        switch view {
        case .reviewQueue:
            guard let offset = queuePages.nextPageOffset(selected: selected) else { return .none }
            let range = ConductPageRange(offset: offset, limit: Self.pageRows)
            return .run("conduct-more-queue") { services in
                do {
                    return .moreQueueLoaded(try services.port((any ConductPort).self).reviewQueue(range, role: role))
                } catch {
                    return .loadFailed(ConductProblem.message(for: error))
                }
            }
        case .restrictionsDue:
            guard let offset = duePages.nextPageOffset(selected: selected) else { return .none }
            let query = RestrictionsDueQuery(today: env.today, within: Self.reviewWindowDays, offset: offset, limit: Self.pageRows)
            return .run("conduct-more-due") { services in
                do {
                    return .moreDueLoaded(try services.port((any ConductPort).self).restrictionsDueForReview(query, role: role))
                } catch {
                    return .loadFailed(ConductProblem.message(for: error))
                }
            }
        case .mine:
            guard let offset = minePages.nextPageOffset(selected: selected) else { return .none }
            let range = ConductPageRange(offset: offset, limit: Self.pageRows), user = env.agent
            return .run("conduct-more-mine") { services in
                do {
                    return .moreMineLoaded(try services.port((any ConductPort).self).incidents(ownedBy: user, range))
                } catch {
                    return .loadFailed(ConductProblem.message(for: error))
                }
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let role, let queue, let due, let mine):
            self.role = role
            queuePages.replace(with: queue?.rows ?? [], total: queue?.total ?? 0)
            duePages.replace(with: due?.rows ?? [], total: due?.total ?? 0)
            minePages.replace(with: mine.rows, total: mine.total)
            problem = nil
            if !views.contains(view) { view = views.first ?? .mine }
            fillTables()
            return loadMoreIfNeeded(env: env)
        case .moreQueueLoaded(let page):
            // A page read before a refresh replaced what it follows is dropped.
            guard queuePages.append(page.rows, at: page.offset, total: page.total) else { return .none }
            fillTables()
            return .none
        case .moreDueLoaded(let page):
            guard duePages.append(page.rows, at: page.offset, total: page.total) else { return .none }
            fillTables()
            return .none
        case .moreMineLoaded(let page):
            guard minePages.append(page.rows, at: page.offset, total: page.total) else { return .none }
            fillTables()
            return .none
        case .loadFailed(let message):
            // A refresh that fails (the store is away) leaves the lists as last seen.
            guard role == nil else { return .error(message) }
            problem = message
            return .none
        case .show(let next):
            if views.contains(next) { view = next }
            return loadMoreIfNeeded(env: env)
        case .nextView:
            guard let index = views.firstIndex(of: view) else { return .none }
            view = views[(index + 1) % views.count]
            return loadMoreIfNeeded(env: env)
        case .move(let delta):
            tables[view]?.move(by: delta)
            return loadMoreIfNeeded(env: env)
        case .openSelected:
            guard let id = selectedIncidentId else { return .none }
            return .push(ConductIncidentScreen(incidentId: id, logComplaint: logComplaint))
        }
    }

    /// The incident behind the selected row of the list shown.
    var selectedIncidentId: String? {
        guard let index = tables[view]?.selected else { return nil }
        switch view {
        case .reviewQueue: return queue.indices.contains(index) ? queue[index].incident.id : nil
        case .restrictionsDue: return due.indices.contains(index) ? due[index].incidentId : nil
        case .mine: return mine.indices.contains(index) ? mine[index].id : nil
        }
    }

    private mutating func fillTables() {
        var queueTable = tables[.reviewQueue] ?? Table(columns: [
            Table.Column("Reported", width: 16), Table.Column("Incident", width: 14), Table.Column("Account", width: 10),
            Table.Column("Repeat", width: 8), Table.Column("Who and what"),
        ])
        queueTable.totalRows = queuePages.total
        queueTable.setRows(keepingSelectedBy: 1, queue.map { entry in
            let incident = entry.incident
            let violent = incident.isViolentOrThreatening ? "⚠ " : ""
            return Table.Row([ConductText.moment(incident.reportedAt ?? incident.raisedAt), incident.id, incident.accountNumber ?? "—",
                              entry.isRepeat ? ConductText.repeatMarker : "",
                              "\(violent)\(incident.person.name ?? incident.person.description) — \(ConductText.behaviours(incident.behaviours))"],
                             role: incident.isViolentOrThreatening ? .danger : nil)
        })
        var dueTable = tables[.restrictionsDue] ?? Table(columns: [
            Table.Column("Review", width: 10), Table.Column("In", width: 8), Table.Column("Incident", width: 14),
            Table.Column("Account", width: 10), Table.Column("Asked", width: 7), Table.Column("Restriction"),
        ])
        dueTable.totalRows = duePages.total
        dueTable.setRows(keepingSelectedBy: 2, due.map { row in
            let when = row.daysUntilReview == 0 ? "today" : "\(row.daysUntilReview) day\(row.daysUntilReview == 1 ? "" : "s")"
            return Table.Row([row.restriction.reviewDate.iso, when, row.incidentId, row.accountNumber ?? "—",
                              row.customerAskedForReview ? "● asked" : "",
                              row.restriction.orderedKinds.map(\.label).joined(separator: "; ")],
                             role: row.customerAskedForReview ? .warning : nil)
        })
        var mineTable = tables[.mine] ?? Table(columns: [
            Table.Column("Raised", width: 16), Table.Column("Incident", width: 14), Table.Column("Account", width: 10),
            Table.Column("Stage"),
        ])
        mineTable.totalRows = minePages.total
        mineTable.setRows(keepingSelectedBy: 1, mine.map { incident in
            Table.Row([ConductText.moment(incident.raisedAt), incident.id, incident.accountNumber ?? "—", ConductText.stage(incident.stage)])
        })
        tables = [.reviewQueue: queueTable, .restrictionsDue: dueTable, .mine: mineTable]
    }

    // MARK: - Render

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        if let problem {
            for (i, line) in TextWrap.lines("✖ " + problem, width: inner.width).enumerated() {
                canvas.write(line, x: inner.x, y: inner.y + i, role: .error)
            }
            return
        }
        guard role != nil else {
            canvas.write("Loading conduct incidents…", x: inner.x, y: inner.y, role: .muted)
            return
        }
        if views.count > 1 {
            let totals: [View: Int] = [.reviewQueue: queuePages.total ?? 0, .restrictionsDue: duePages.total ?? 0, .mine: minePages.total ?? 0]
            Tabs(titles: views.map { Tabs.title($0.title, count: totals[$0] ?? 0) }, active: views.firstIndex(of: view) ?? 0)
                .render(into: &canvas, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1))
        } else {
            canvas.write("Yours to carry on with (raised by you, or given to you), newest first", x: inner.x, y: inner.y, width: inner.width,
                         role: .title)
        }
        canvas.write(explanation, x: inner.x, y: inner.y + 1, width: inner.width, role: .muted)
        var tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        guard var table = tables[view], !table.rows.isEmpty else {
            canvas.write(emptyText, x: inner.x, y: tableArea.y, width: inner.width, role: .muted)
            return
        }
        // Under the list, what the agent wrote about the selected incident, wrapped in full
        // (the list keeps at least five rows; the incident itself shows the rest).
        let detail = selectedIncident.map(Self.detailLines(width: inner.width)) ?? []
        let detailRows = min(detail.count, max(0, tableArea.height - 6))
        if detailRows > 0 {
            tableArea.height -= detailRows + 1
            for (row, (text, role)) in detail.prefix(detailRows).enumerated() {
                let cut = row == detailRows - 1 && detail.count > detailRows
                canvas.write(cut ? "… Enter opens the incident: the rest is there" : text, x: inner.x, y: tableArea.maxY + 1 + row,
                             width: inner.width, role: cut ? .muted : role)
            }
        }
        table.pageSize = max(1, tableArea.height - 1)
        table.render(into: &canvas, area: tableArea)
    }

    /// The incident behind the selected row, when the list is of incidents.
    var selectedIncident: ConductIncident? {
        guard let index = tables[view]?.selected else { return nil }
        switch view {
        case .reviewQueue: return queue.indices.contains(index) ? queue[index].incident : nil
        case .mine: return mine.indices.contains(index) ? mine[index] : nil
        case .restrictionsDue: return nil
        }
    }

    /// "CI-2026-000001 — who the person was, what happened", wrapped to the width.
    static func detailLines(width: Int) -> (ConductIncident) -> [(String, StyleRole)] {
        { incident in
            [("\(incident.id):", StyleRole.accent)] + ConductText.accounts(of: incident).flatMap { label, text, role in
                TextWrap.lines(label + text, width: width).map { ($0, role) }
            }
        }
    }

    private var explanation: String {
        switch view {
        case .reviewQueue: "Longest waiting first · \(ConductText.repeatMarker): earlier incidents in 12 months · ⚠ violence"
        case .restrictionsDue: "Reviewed within \(Self.reviewWindowDays) days, or ● the customer asked for a review · soonest first"
        case .mine: "Enter opens one: add evidence or carry on recording its steps"
        }
    }

    private var emptyText: String {
        switch view {
        case .reviewQueue: "No incidents are waiting for a decision."
        case .restrictionsDue: "No contact restrictions are due for review."
        case .mine: "You have not raised any conduct incidents."
        }
    }
}
