/// One complaint as a queue lists it: what a row shows, without its timeline.
///
/// A queue of 10^5 open complaints cannot be read as whole complaints each time a colleague
/// saves something (issue 12 item 6), so stores read these columns for one page at a time.
public struct ComplaintSummary: Hashable, Sendable, Identifiable {
    /// "C-2026-000123".
    public let id: String
    public let accountNumber: String
    /// The account's first-named customer.
    public let customerName: String
    public let category: ComplaintCategory
    public let level: EscalationLevel
    /// The date the awaited reply is due (3.1(a), (b)); nil when no reply is awaited.
    public let replyDue: CivilDate?
    public let receivedAt: LocalDateTime
    /// Whose work it is (`Complaint.owner`).
    public let owner: String

    public init(id: String, accountNumber: String, customerName: String, category: ComplaintCategory, level: EscalationLevel,
                replyDue: CivilDate?, receivedAt: LocalDateTime, owner: String) {
        self.id = id
        self.accountNumber = accountNumber
        self.customerName = customerName
        self.category = category
        self.level = level
        self.replyDue = replyDue
        self.receivedAt = receivedAt
        self.owner = owner
    }

    /// Where it sits in the queue on `today` (Charter 3.1(a)); nil when no reply is awaited.
    public func urgency(today: CivilDate, calendar: BusinessCalendar) -> ComplaintUrgency? {
        replyDue.map { ComplaintUrgency(dueDate: $0, today: today, calendar: calendar) }
    }

    /// Business days the reply is late on `today` (0 when it is not).
    public func businessDaysOverdue(today: CivilDate, calendar: BusinessCalendar) -> Int {
        guard let replyDue, replyDue < today else { return 0 }
        return calendar.businessDays(from: replyDue, to: today)
    }
}
