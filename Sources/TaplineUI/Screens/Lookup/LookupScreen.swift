import TaplineDomain

/// Find a customer as you type: one field, results refreshed on every keystroke, Enter opens.
///
/// Searches account number, name, address, phone and email (prefix and multi-word,
/// accent-insensitive). Every keystroke starts a new search keyed "lookup", so a slower,
/// older search can never overwrite newer results, and typing never waits for the store.
public struct LookupScreen: Screen {
    public enum Action: Sendable {
        case edit(TextField.Edit)
        case move(Int)
        case openSelected
        case found(query: String, AccountMatches)
        case failed(query: String, String)
        /// F6: record a call from someone never identified (issue 13 item 1).
        case recordCallWithoutAccount
    }

    public static let resultLimit = 50

    public private(set) var field: TextField
    public private(set) var matches: AccountMatches?
    /// The query whose results are showing; results for any other query are stale.
    public private(set) var shownQuery = ""
    public private(set) var table = Table(columns: [
        .init("Account", width: 10), .init("Name"), .init("Address", cut: .keepingLastPart), .init("Phone", width: 12),
        .init("Balance", width: 10, alignRight: true),
    ])
    public private(set) var problem: String?
    /// An area's action to open as soon as the account is chosen (Home › Hardship finds the customer first).
    let followUp: AccountAction?

    public init(query: String = "", then followUp: AccountAction? = nil) {
        self.field = TextField(query, maxLength: 100, placeholder: "name, address, account number, phone or email")
        self.followUp = followUp
    }

    public var title: String { followUp.map { "Find the customer to \($0.help)" } ?? "Account lookup" }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.enter, help: "open", action: .openSelected),
         KeyBinding(.down, label: "↑/↓", help: "choose", action: .move(1)),
         KeyBinding(.up, help: "previous result", bar: false, action: .move(-1)),
         KeyBinding(.pageDown, label: "PgDn/PgUp", help: "page through results", bar: false, action: .move(10)),
         KeyBinding(.pageUp, help: "page up", bar: false, action: .move(-10)),
         KeyBinding(.function(6), help: "call with no account", action: .recordCallWithoutAccount)]
    }

    public var extraHelp: [KeyHint] {
        [KeyHint(label: "letters", help: "type to search; results follow every keystroke", showsInBar: false)] + TextField.editHints
    }

    /// The first result row on screen: title bar, margin, field, summary, gap, table header.
    static let firstResultRow = 6

    public func action(for key: Key) -> Action? {
        if case .mouse(let event) = key {
            switch event.button {
            case .left where !event.isRelease:
                let index = table.offset + event.y - LookupScreen.firstResultRow
                guard let rows = matches?.rows, rows.indices.contains(index) else { return nil }
                return index == table.selected ? .openSelected : .move(index - table.selected)
            case .wheelDown: return .move(1)
            case .wheelUp: return .move(-1)
            default: return nil
            }
        }
        return bindings.action(for: key) ?? TextField.edit(for: key).map(Action.edit)
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        field.isEmpty ? .none : search(field.text)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let edit):
            let before = field.text
            field.apply(edit)
            guard field.text != before else { return .none }
            if field.text.trimmingWhitespace.isEmpty {
                matches = nil
                shownQuery = ""
                table.setRows([])
                return .none
            }
            return search(field.text)
        case .move(let delta):
            table.move(by: delta)
            return .none
        case .openSelected:
            guard let rows = matches?.rows, rows.indices.contains(table.selected) else { return .none }
            let chosen = rows[table.selected]
            return .push(AccountScreen(accountNumber: chosen.accountNumber, then: followUp))
        case .found(let query, let result):
            guard query == field.text else { return .none }  // typed on since: stale
            problem = nil
            // The same query again (coming back from an account) keeps the agent's place.
            let keep = query == shownQuery ? matches?.rows[safe: table.selected]?.accountNumber : nil
            matches = result
            shownQuery = query
            table.setRows(result.rows.map { row in
                Table.Row([row.accountNumber, row.primaryName, row.addressLine, row.phone ?? "",
                           row.balance.formatted], role: row.flags.contains(.lifeSupport) ? .warning : nil)
            })
            table.moveToStart()
            if let keep, let index = result.rows.firstIndex(where: { $0.accountNumber == keep }) { table.move(by: index) }
            return .none
        case .recordCallWithoutAccount:
            return .push(WrapUpScreen(call: CallInProgress(account: nil, startedAt: env.now), codes: env.wrapUpCodes))
        case .failed(let query, let message):
            guard query == field.text else { return .none }
            problem = message
            return .none
        }
    }

    private func search(_ query: String) -> Effect<Action> {
        .run("lookup") { services in
            do {
                let port = try services.port((any AccountsPort).self)
                return .found(query: query, try port.search(query, limit: LookupScreen.resultLimit))
            } catch {
                return .failed(query: query, "search failed: \(error)")
            }
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        let label = "Find: "
        canvas.write(label, x: inner.x, y: inner.y, role: .accent)
        let fieldArea = Rect(x: inner.x + label.count, y: inner.y, width: inner.width - label.count, height: 1)
        var summary: String
        var summaryRole = StyleRole.muted
        if let problem {
            summary = "✖ " + problem
            summaryRole = .error
        } else if let matches {
            summary = matches.rows.isEmpty ? "No account matches “\(shownQuery)”" : "\(matches.total) \(matches.total == "1" ? "match" : "matches")"
            if matches.rows.count < (Int(matches.total.filter(\.isNumber)) ?? 0) { summary += " · showing the top \(matches.rows.count)" }
            if let selected = matches.rows[safe: table.selected], !selected.flags.isEmpty {
                summary += " · " + selected.flags.map(\.label).joined(separator: ", ")
            }
        } else {
            summary = "Type a surname, street, suburb, account number, phone or email. Two words narrow it: “smi bacch”."
        }
        canvas.write(summary, x: inner.x, y: inner.y + 1, width: inner.width, role: summaryRole)
        let tableArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if matches?.rows.isEmpty == false {
            var visible = table
            visible.pageSize = max(1, tableArea.height - 1)
            visible.render(into: &canvas, area: tableArea)
        }
        // The text cursor stays in the search field: typing always goes there.
        field.render(into: &canvas, area: fieldArea, focused: true)
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
