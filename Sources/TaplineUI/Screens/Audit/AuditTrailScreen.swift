import Foundation
import TaplineDomain

/// The account's audit trail, newest first: who viewed it, who changed what, and when
/// (Charter 14.15, privacy) — what a supervisor answers "who has seen my account?" from.
///
/// Opened from the account with `a`, which only supervisors and admins are offered
/// (`AuditWiring`); a scrolling list, Esc back. The trail shows at most `limit` entries; the
/// whole of it is `tapline audit list --account N`.
public struct AuditTrailScreen: Screen {
    public enum Action: Sendable {
        case loaded([AuditEntry])
        case loadFailed(String)
        case move(Int)
    }

    public let context: AccountContext
    public private(set) var entries: [AuditEntry]?
    public private(set) var problem: String?
    public private(set) var table = Table(columns: [
        Table.Column("When", width: 19), Table.Column("Who", width: 14), Table.Column("What", width: 18), Table.Column("Detail"),
    ])

    /// Entries read: a year of a busy account's views and changes.
    public static let limit = 1_000

    public init(context: AccountContext) { self.context = context }

    public var title: String { "Audit trail — \(context.customerName) (\(context.accountNumber))" }

    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.down, label: "↑/↓", help: "move through the trail", action: .move(1)),
         KeyBinding(.up, help: "move up the trail", bar: false, action: .move(-1)),
         KeyBinding(.pageDown, label: "PgDn/PgUp", help: "a page down / up", action: .move(table.pageSize)),
         KeyBinding(.pageUp, help: "a page up", bar: false, action: .move(-table.pageSize))]
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        let number = context.accountNumber
        return .run("audit-trail") { services in
            do {
                return .loaded(try services.port((any AuditTrailPort).self).trail(forAccount: number, limit: Self.limit))
            } catch {
                return .loadFailed("the audit trail could not be read: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let entries):
            self.entries = entries
            problem = nil
            table.setRows(entries.map(Self.row))
            return .none
        case .loadFailed(let message):
            problem = message
            return .error(message)
        case .move(let delta):
            table.move(by: delta)
            return .none
        }
    }

    static func row(_ entry: AuditEntry) -> Table.Row {
        Table.Row([String(format: "%@ %02d:%02d:%02d", entry.at.date.iso, entry.at.hour, entry.at.minute, entry.at.second),
                   entry.who, entry.action.words, entry.detail])
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        if let problem {
            for (i, line) in TextWrap.lines("✖ " + problem, width: inner.width).enumerated() where i < inner.height {
                canvas.write(line, x: inner.x, y: inner.y + i, role: .error)
            }
            return
        }
        guard let entries else {
            canvas.write("Loading the audit trail…", x: inner.x, y: inner.y, role: .muted)
            return
        }
        let shown = entries.count == Self.limit ? "the newest \(Self.limit.formatted())" : "\(entries.count.formatted())"
        canvas.write("Who viewed and changed this account, newest first: \(shown) \(entries.count == 1 ? "entry" : "entries")",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        let tableArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(1, inner.height - 2))
        guard !entries.isEmpty else {
            canvas.write("Nothing recorded about this account yet.", x: inner.x, y: tableArea.y, width: inner.width, role: .muted)
            return
        }
        var table = self.table
        table.pageSize = max(1, tableArea.height - 1)
        table.render(into: &canvas, area: tableArea)
    }
}
