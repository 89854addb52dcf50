/// What a store keeps beside a complaint so the open-disputes queue (Charter 3.1(e), 3.2) can
/// be narrowed, ranked and counted in SQL on any day, decoding only the page shown (issue 12
/// item 6: 5,000 open disputes read whole took 0.7 s).
///
/// None of these depends on the day or the calendar: the day comes in as `DisputeQueueQuery`'s
/// dates. On a day, with `waitFrom = DisputeQueueQuery.stillWaitingFrom`, a complaint that
/// `mayList` is unresolved (`DisputeResolution`) exactly when
///
///     decidedOn == nil                       -- 3.2(a): no decision told
///     || decidedOn >= waitFrom               -- 3.2(b): within its 10 business days
///     || status is further review            -- 3.2(c)(1)
///     || claimOpen                           -- 3.2(c)(2)
///     || claimFinalisedOn >= today           -- finalised today: resolved from tomorrow
///
/// it is listed when unresolved or not closed, and ranks as `DisputeQueue` orders it: resolved
/// (ready to mark) 0, further review 1, claim open 2, no decision 4, otherwise 3.
public struct DisputeFacts: Hashable, Sendable {
    /// `DisputeQueue.mayList`: whether it may be in the queue on some day.
    public let mayList: Bool
    /// The day the customer was told the latest decision (3.2(a)).
    public let decidedOn: CivilDate?
    /// A claim lodged with EWOV or another forum and not finalised (3.2(c)(2)).
    public let claimOpen: Bool
    /// The day a lodged claim was finalised.
    public let claimFinalisedOn: CivilDate?

    public init(_ complaint: Complaint) {
        mayList = DisputeQueue.mayList(complaint)
        decidedOn = complaint.latestResponse?.at.date
        claimOpen = complaint.externalClaim.isOpen
        if case .finalised(_, _, let finalisedOn) = complaint.externalClaim {
            claimFinalisedOn = finalisedOn
        } else {
            claimFinalisedOn = nil
        }
    }
}
