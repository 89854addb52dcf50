import TaplineDomain

/// The income and expenditure statement as the agent types it: the household, then rows of
/// income and of costs, each with a heading, an amount and how often it is paid.
///
/// Every amount is brought to a month as it is typed (Charter 5.4, 5.6(a): payments follow
/// the capacity to pay), so the surplus — what is left to pay with — is on screen all along.
/// A row with no amount is not counted; a row whose amount cannot be read is named in
/// `problem` and the totals wait until it is fixed.
public struct StatementEditor: Sendable, Equatable {
    /// Whether a row is money coming in or going out.
    public enum Side: Sendable, Equatable { case income, cost }

    /// A row's cells, in Tab order.
    public enum Column: Int, Sendable, CaseIterable { case heading, amount, frequency }

    /// Where the cursor is.
    public enum Focus: Sendable, Equatable {
        case adults, children
        case row(Int, Column)
    }

    /// One row: income (an `IncomeSource`) or a cost (an `ExpenditureCategory`).
    public struct Row: Sendable, Equatable {
        public var side: Side
        /// Index into `IncomeSource.allCases` or `ExpenditureCategory.allCases`.
        public var heading: Int
        public var amount: TextField
        public var frequency: Frequency

        public init(side: Side, heading: Int = 0, amount: String = "", frequency: Frequency = .fortnightly) {
            self.side = side
            self.heading = heading
            self.amount = TextField(amount, maxLength: StatementEditor.amountLength)
            self.frequency = frequency
        }

        public var headingName: String {
            switch side {
            case .income: return IncomeSource.allCases[heading].displayName
            case .cost: return ExpenditureCategory.allCases[heading].displayName
            }
        }

        var headingCount: Int { side == .income ? IncomeSource.allCases.count : ExpenditureCategory.allCases.count }
    }

    /// What a key asks of the editor.
    public enum Action: Sendable, Equatable {
        case next, previous, up, down
        case edit(TextField.Edit)
        case addIncome, addCost, removeRow
    }

    /// Longest amount text accepted: "1,234,567.89" and a little room.
    public static let amountLength = 16

    public var adults: TextField
    public var children: TextField
    /// Income rows first, then cost rows (adding keeps them so).
    public private(set) var rows: [Row]
    public var focus: Focus = .adults
    public private(set) var isDirty = false

    /// A statement to fill in: one wage row, and rent, utilities and food rows to start from.
    public init() {
        adults = TextField("1", maxLength: 2)
        children = TextField("0", maxLength: 2)
        rows = [Row(side: .income), Row(side: .cost, frequency: .weekly), Row(side: .cost, heading: 1, frequency: .monthly),
                Row(side: .cost, heading: 2, frequency: .weekly)]
    }

    // MARK: - Editing

    public mutating func apply(_ action: Action) {
        switch action {
        case .next: moveFocus(by: 1)
        case .previous: moveFocus(by: -1)
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .addIncome:
            let index = rows.lastIndex { $0.side == .income }.map { $0 + 1 } ?? 0
            rows.insert(Row(side: .income), at: index)
            focus = .row(index, .heading)
            isDirty = true
        case .addCost:
            rows.append(Row(side: .cost, heading: ExpenditureCategory.allCases.count - 1))
            focus = .row(rows.count - 1, .heading)
            isDirty = true
        case .removeRow:
            guard case .row(let index, _) = focus else { return }
            rows.remove(at: index)
            isDirty = true
            focus = rows.isEmpty ? .children : .row(min(index, rows.count - 1), .heading)
        case .edit(let edit):
            self.edit(edit)
        }
    }

    private mutating func edit(_ edit: TextField.Edit) {
        switch focus {
        case .adults: if adults.apply(edit), changes(edit) { isDirty = true }
        case .children: if children.apply(edit), changes(edit) { isDirty = true }
        case .row(let index, .amount): if rows[index].amount.apply(edit), changes(edit) { isDirty = true }
        case .row(let index, .heading):
            let count = rows[index].headingCount
            if let next = Self.choose(edit, current: rows[index].heading, count: count) {
                rows[index].heading = next
                isDirty = true
            }
        case .row(let index, .frequency):
            let all = Frequency.allCases
            let current = all.firstIndex(of: rows[index].frequency) ?? 0
            if let next = Self.choose(edit, current: current, count: all.count) {
                rows[index].frequency = all[next]
                isDirty = true
            }
        }
    }

    private func changes(_ edit: TextField.Edit) -> Bool {
        switch edit {
        case .insert, .backspace, .delete, .clearToStart, .clearToEnd, .deleteWordBack: return true
        default: return false
        }
    }

    /// A choice moved with ←/→ only (`ChoiceKeys`): typed letters never change it.
    static func choose(_ edit: TextField.Edit, current: Int, count: Int) -> Int? {
        if case .moved(let to) = ChoiceKeys.outcome(of: edit, current: current, count: count) { return to }
        return nil
    }

    /// Every place the cursor can be, in Tab order.
    var stops: [Focus] {
        [.adults, .children] + rows.indices.flatMap { i in Column.allCases.map { Focus.row(i, $0) } }
    }

    private mutating func moveFocus(by step: Int) {
        let all = stops
        let index = all.firstIndex(of: focus) ?? 0
        focus = all[(index + step + all.count) % all.count]
    }

    private mutating func moveRow(by step: Int) {
        switch focus {
        case .adults, .children:
            if step > 0, !rows.isEmpty { focus = .row(0, .heading) }
        case .row(let index, let column):
            let target = index + step
            if target < 0 { focus = .adults } else if target < rows.count { focus = .row(target, column) }
        }
    }

    // MARK: - Reading

    /// The statement typed so far, or why it cannot be read yet. Nil when no amount is entered.
    public var statement: Result<IncomeExpenditure?, StatementProblem> {
        guard let adultCount = Int(adults.text.trimmingWhitespace), adultCount >= 1 else {
            return .failure(StatementProblem(message: "enter the number of adults in the household (at least 1)", focus: .adults))
        }
        let childText = children.text.trimmingWhitespace
        guard let childCount = childText.isEmpty ? 0 : Int(childText), childCount >= 0 else {
            return .failure(StatementProblem(message: "enter the number of children as a whole number (0 for none)", focus: .children))
        }
        var income: [IncomeLine] = []
        var costs: [CostLine] = []
        for (index, row) in rows.enumerated() {
            let text = row.amount.text.trimmingWhitespace
            guard !text.isEmpty else { continue }
            let amount: Money
            do {
                amount = try Money.parse(text)
            } catch {
                return .failure(StatementProblem(message: "\(row.headingName): \(error.message)", focus: .row(index, .amount)))
            }
            switch row.side {
            case .income: income.append(IncomeLine(IncomeSource.allCases[row.heading], amount, row.frequency))
            case .cost: costs.append(CostLine(ExpenditureCategory.allCases[row.heading], amount, row.frequency))
            }
        }
        guard !income.isEmpty || !costs.isEmpty else { return .success(nil) }
        do {
            return .success(try IncomeExpenditure(household: .init(adults: adultCount, children: childCount), income: income, costs: costs))
        } catch {
            return .failure(StatementProblem(message: error.message, focus: nil))
        }
    }

    /// A row's amount brought to a month, or nil when it has none yet: the domain's rounding
    /// (`Frequency.converted`, half-up once), the same figure the month's totals add up.
    public func monthly(_ row: Row) -> Money? {
        (try? Money.parse(row.amount.text.trimmingWhitespace)).map { Frequency.monthly.converted($0, from: row.frequency) }
    }
}

/// Why the statement cannot be read yet, and where to fix it.
public struct StatementProblem: Error, Sendable, Equatable {
    public let message: String
    public let focus: StatementEditor.Focus?
}
