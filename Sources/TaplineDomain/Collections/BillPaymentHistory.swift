/// How each of an account's bills was paid: in full by its due date, late, in part, or not at all.
///
/// Two rules read the same history: the hardship criteria count bills paid late, unpaid or
/// part-paid in the 12 months before an assessment (Charter 5.6(a)(1) footnote, "previous
/// payment history"), and restriction for less than $200 needs consecutive bills unpaid for
/// 12 months or more (7.2(a)).
///
/// Decisions made here:
/// - A bill is paid by the payments dated from its issue date up to the day before the next
///   bill's issue date (through `today` for the latest bill).
/// - "In full" means the bill's amount due (4.5(e)), arrears included: a customer paying only
///   each period's new charges is part-paying.
/// - A bill is judged only once its due date has passed; a bill asking for nothing (in credit
///   or zero) counts as paid on time.
public struct BillPaymentHistory: Sendable, Hashable {
    /// What happened to one bill.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case paidOnTime
        case paidLate
        case partPaid
        case unpaid
        /// Its due date has not passed yet.
        case notYetDue
    }

    /// One bill and how it was paid.
    public struct Entry: Sendable, Hashable {
        public let bill: Bill
        public let paid: Money
        public let outcome: Outcome
    }

    /// Oldest first.
    public let entries: [Entry]

    public init(bills: [Bill], payments: [Payment], today: CivilDate) {
        let ordered = bills.sorted { $0.issueDate < $1.issueDate }
        entries = ordered.enumerated().map { index, bill in
            let windowEnd = index + 1 < ordered.count ? ordered[index + 1].issueDate.adding(days: -1) : today
            let inWindow = payments.filter { $0.date >= bill.issueDate && $0.date <= windowEnd }
            let paid = inWindow.map(\.amount).sum()
            let paidByDue = inWindow.filter { $0.date <= bill.dueDate }.map(\.amount).sum()
            let due = bill.amountDue
            let outcome: Outcome
            if today <= bill.dueDate {
                outcome = .notYetDue
            } else if due <= .zero || paidByDue >= due {
                outcome = .paidOnTime
            } else if paid >= due {
                outcome = .paidLate
            } else if paid > .zero {
                outcome = .partPaid
            } else {
                outcome = .unpaid
            }
            return Entry(bill: bill, paid: paid, outcome: outcome)
        }
    }

    /// Bills due in the 12 months before `today` that were paid late, part-paid or not paid
    /// (Charter 5.6(a)(1) footnote), as the hardship criteria record them.
    public func hardshipHistory(today: CivilDate) -> HardshipCriteria.PaymentHistory {
        let yearAgo = today.adding(months: -12)
        let recent = entries.filter { $0.bill.dueDate > yearAgo && $0.bill.dueDate < today }
        return HardshipCriteria.PaymentHistory(lateBills: recent.filter { $0.outcome == .paidLate }.count,
                                               missedBills: recent.filter { $0.outcome == .unpaid }.count,
                                               partPaidBills: recent.filter { $0.outcome == .partPaid }.count)
    }

    /// Charter 7.2(a): the latest bills, one after another, have not been paid in full, and
    /// the oldest of that run fell due 12 months or more before `today`.
    public func unpaidConsecutiveBillsForTwelveMonths(today: CivilDate) -> Bool {
        var oldestUnpaid: CivilDate?
        for entry in entries.reversed() where entry.outcome != .notYetDue {
            guard entry.outcome == .partPaid || entry.outcome == .unpaid else { break }
            oldestUnpaid = entry.bill.dueDate
        }
        return oldestUnpaid.map { $0.adding(months: 12) <= today } ?? false
    }
}
