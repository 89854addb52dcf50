/// Marking a dispute resolved and closing a complaint (Charter 3.1, 3.2).
extension Complaint {
    /// The complaint marked resolved, when Charter 3.2 says it is on the date of `time`.
    public func resolving(at time: LocalDateTime, by agent: String, calendar: BusinessCalendar,
                          note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        if case .notResolved(let reasons) = DisputeResolution.isResolved(self, today: time.date, calendar: calendar) {
            throw .notResolved(reasons)
        }
        var next = self
        next.status = .resolved(on: time.date)
        next.record(.resolved, at: time, by: agent, note: note)
        return next
    }

    /// The complaint closed in the register.
    ///
    /// Closing needs a response: 3.1(c) requires reasons for a decision, and a complaint closed
    /// without one would leave the customer with no answer and nothing to escalate from. It
    /// also waits for any further review to be answered and any external claim to be finalised.
    /// Closing does not end a collection hold early: `DisputeResolution` still counts the 10
    /// business days of 3.2(b) from the decision.
    public func closing(at time: LocalDateTime, by agent: String, note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        guard !responses.isEmpty else { throw .noResponseYet }
        if case .furtherReviewSought(let since) = status { throw .reviewPending(since: since) }
        if case .lodged(let forum, let lodgedOn) = externalClaim { throw .claimOpen(forum: forum, lodgedOn: lodgedOn) }
        var next = self
        next.status = .closed(at: time)
        next.record(.closed, at: time, by: agent, note: note)
        return next
    }
}
