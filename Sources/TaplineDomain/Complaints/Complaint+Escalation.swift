/// Raising a complaint to a higher level, and asking for a further review (Charter 3.1(d)(1), 3.2(c)(1)).
extension Complaint {
    /// The complaint raised to `level`, which must be above the current one.
    ///
    /// Any higher level may be chosen, not only the next: 3.1(d)(1) gives the customer "the
    /// opportunity to raise the complaint to a higher level such as a Team Leader, Manager or
    /// General Manager" and names no ladder, so a customer who asks for the General Manager is
    /// not made to go through each level first. Raising it after a decision is a request for a
    /// further review (3.2(c)(1)), which keeps the dispute unresolved until answered.
    public func escalated(to level: EscalationLevel, at time: LocalDateTime, by agent: String,
                          note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        guard level > self.level else { throw .notAHigherLevel(current: self.level, requested: level) }
        var next = self
        next.record(.escalated(from: self.level, to: level), at: time, by: agent, note: note)
        next.level = level
        switch status {
        case .responded, .resolved:
            next.record(.furtherReviewSought, at: time, by: agent)
            next.status = .furtherReviewSought(at: time)
        case .open, .furtherReviewSought, .closed:
            break
        }
        return next
    }

    /// The customer asks for the decision to be reviewed again at the current level (Charter 3.2(c)(1)).
    public func seekingFurtherReview(at time: LocalDateTime, by agent: String,
                                     note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        switch status {
        case .responded, .resolved:
            var next = self
            next.record(.furtherReviewSought, at: time, by: agent, note: note)
            next.status = .furtherReviewSought(at: time)
            return next
        case .open, .furtherReviewSought, .closed:
            throw .nothingToReview
        }
    }
}
