/// Claims the customer lodges with EWOV or another external forum (Charter 3.1(d)(2), 3.2).
extension Complaint {
    /// The complaint with a claim lodged on `date` with `forum`.
    ///
    /// Allowed in any state, even closed: a customer may go to EWOV after the utility has
    /// finished. A resolved or closed complaint returns to "responded", because 3.2 says the
    /// dispute is not resolved until the claim is finalised.
    public func claimLodged(with forum: ExternalForum, on date: CivilDate, at time: LocalDateTime,
                            by agent: String, note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        if case .lodged(let open, let lodgedOn) = externalClaim { throw .claimAlreadyOpen(forum: open, lodgedOn: lodgedOn) }
        guard date >= receivedAt.date, date <= time.date else { throw .claimDateOutOfRange(date) }
        var next = self
        next.externalClaim = .lodged(forum: forum, on: date)
        next.record(.claimLodged(forum: forum, on: date), at: time, by: agent, note: note)
        switch status {
        case .resolved, .closed:
            next.status = responses.last.map { .responded(at: $0.at) } ?? .open
        case .open, .responded, .furtherReviewSought:
            break
        }
        return next
    }

    /// The complaint with its open external claim finalised on `date`.
    public func claimFinalised(on date: CivilDate, at time: LocalDateTime, by agent: String,
                               note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        guard case .lodged(let forum, let lodgedOn) = externalClaim else { throw .noOpenClaim }
        guard date >= lodgedOn, date <= time.date else { throw .claimDateOutOfRange(date) }
        var next = self
        next.externalClaim = .finalised(forum: forum, lodgedOn: lodgedOn, finalisedOn: date)
        next.record(.claimFinalised(forum: forum, on: date), at: time, by: agent, note: note)
        return next
    }
}
