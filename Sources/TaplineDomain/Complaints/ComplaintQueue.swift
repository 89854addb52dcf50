/// The supervisor's queue: complaints awaiting a reply, most urgent first.
///
/// Charter 3.1(a) sets a reply date for every complaint; the queue puts those past it on top,
/// then those due today or within 2 business days, each with the word its urgency shows.
public struct ComplaintQueueEntry: Hashable, Sendable {
    public let complaint: Complaint
    public let urgency: ComplaintUrgency
    /// The date the awaited reply is due (the promised date for a complex complaint).
    public let replyDue: CivilDate
}

public enum ComplaintQueue {
    /// The complaints still awaiting a reply on `today`, ordered by urgency, then reply date,
    /// then time received. Complaints with no reply awaited are left out.
    public static func entries(_ complaints: [Complaint], today: CivilDate, calendar: BusinessCalendar) -> [ComplaintQueueEntry] {
        complaints
            .compactMap { complaint -> ComplaintQueueEntry? in
                guard let due = complaint.replyDue(calendar: calendar) else { return nil }
                return ComplaintQueueEntry(complaint: complaint,
                                           urgency: ComplaintUrgency(dueDate: due, today: today, calendar: calendar),
                                           replyDue: due)
            }
            .sorted { ($0.urgency, $0.replyDue, $0.complaint.receivedAt) < ($1.urgency, $1.replyDue, $1.complaint.receivedAt) }
    }
}
