/// Whether a dispute counts as resolved, which ends the hold on a disputed amount (Charter 3.2).
///
/// Charter 3.1(e) and 7.2(e): no attempt to recover, and no restriction or legal action for,
/// an amount in dispute until the dispute is resolved. 3.2 says when it is: the complainant
/// was told the decision (a), 10 business days have passed since (b), and they have neither
/// sought a further review (c)(1) nor lodged a claim with EWOV or another forum (c)(2); and
/// never while a lodged claim is not finalised.
public enum DisputeResolution {
    /// The dispute's state on `today`, with every reason it is not yet resolved.
    ///
    /// "10 business days have passed" is read as: the 10th business day after the day the
    /// customer was told has ended, so the dispute is resolved from the next calendar day.
    /// A finalised external claim likewise counts from the day after finalisation. Both
    /// readings give the customer the whole last day.
    public static func isResolved(_ complaint: Complaint, today: CivilDate, calendar: BusinessCalendar) -> Resolution {
        var reasons: [UnresolvedReason] = []
        var since: CivilDate?

        if let decision = complaint.latestResponse {
            let lastDay = calendar.adding(businessDays: waitingBusinessDays, to: decision.at.date)
            since = lastDay.adding(days: 1)
            if today <= lastDay { reasons.append(.waitingPeriod(lastDay: lastDay)) }
        } else {
            reasons.append(.noDecisionTold)
        }

        if case .furtherReviewSought(let at) = complaint.status {
            reasons.append(.furtherReviewSought(since: at))
        }

        switch complaint.externalClaim {
        case .none:
            break
        case .lodged(let forum, let lodgedOn):
            reasons.append(.claimOpen(forum: forum, lodgedOn: lodgedOn))
        case .finalised(_, _, let finalisedOn):
            let from = finalisedOn.adding(days: 1)
            since = since.map { max($0, from) }
            if today < from { reasons.append(.claimFinalisedToday(finalisedOn)) }
        }

        if reasons.isEmpty, let since { return .resolved(since: since) }
        return .notResolved(reasons)
    }

    /// Charter 3.2(b): ten business days.
    public static let waitingBusinessDays = 10

    /// The earliest day a decision told still has its 10 business days running on `today`
    /// (3.2(b)): a decision told on it or later waits, one told before it does not. The last
    /// waiting day only moves later as the decision day does, so this is where it first
    /// reaches `today`; stores compare decision days with it rather than apply a calendar.
    public static func earliestDecisionStillWaiting(today: CivilDate, calendar: BusinessCalendar) -> CivilDate {
        var day = today
        while calendar.adding(businessDays: waitingBusinessDays, to: day.adding(days: -1)) >= today {
            day = day.adding(days: -1)
        }
        return day
    }
}

/// Whether a dispute is resolved (Charter 3.2), and if not, why not.
public enum Resolution: Hashable, Sendable {
    /// Resolved; `since` is the first day it counted as resolved.
    case resolved(since: CivilDate)
    case notResolved([UnresolvedReason])

    public var isResolved: Bool {
        if case .resolved = self { return true }
        return false
    }
}

/// One reason a dispute is not yet resolved; `message` is shown to the agent.
public enum UnresolvedReason: Hashable, Sendable {
    /// 3.2(a): the customer has not been told a decision.
    case noDecisionTold
    /// 3.2(b): the 10 business days since the decision end on `lastDay`.
    case waitingPeriod(lastDay: CivilDate)
    /// 3.2(c)(1): a further review was sought and not yet answered.
    case furtherReviewSought(since: LocalDateTime)
    /// 3.2(c)(2) and its last sentence: a claim lodged with an external forum is not finalised.
    case claimOpen(forum: ExternalForum, lodgedOn: CivilDate)
    /// The external claim was finalised today; the dispute counts as resolved from tomorrow.
    case claimFinalisedToday(CivilDate)

    public var message: String {
        switch self {
        case .noDecisionTold:
            return "the customer has not been told a decision (Charter 3.2(a))"
        case .waitingPeriod(let lastDay):
            return "10 business days since the decision run to the end of \(lastDay.display) (Charter 3.2(b))"
        case .furtherReviewSought(let since):
            return "the customer sought a further review on \(since.display) (Charter 3.2(c)(1))"
        case .claimOpen(let forum, let lodgedOn):
            return "\(forum.withArticle) claim lodged \(lodgedOn.display) is not finalised (Charter 3.2(c)(2))"
        case .claimFinalisedToday(let date):
            return "the external claim was finalised on \(date.display); resolved from the next day (Charter 3.2)"
        }
    }
}

extension Complaint {
    /// The disputed amount held from collection and restriction on `today`, or nil when nothing is held.
    ///
    /// Charter 3.1(e): no attempt to recover an amount in dispute until resolved; 7.2(e): no
    /// restriction or legal action while the amount is subject to an unresolved complaint.
    public func collectionHold(today: CivilDate, calendar: BusinessCalendar) -> Money? {
        guard let amount = disputedAmount else { return nil }
        return DisputeResolution.isResolved(self, today: today, calendar: calendar).isResolved ? nil : amount
    }
}
