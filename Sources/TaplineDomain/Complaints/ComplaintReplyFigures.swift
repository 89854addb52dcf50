/// What Home says of the replies waiting on someone (Charter 3.1(a)): how many are overdue and
/// how many are due today, of everyone's complaints or one owner's.
///
/// Home reads these again on every change anywhere, so stores count just these two ranges of
/// the queue's index, not the whole queue a `ComplaintQueuePage` counts.
public struct ComplaintReplyFigures: Hashable, Sendable {
    public let overdue: Int
    public let dueToday: Int

    public init(overdue: Int, dueToday: Int) {
        self.overdue = overdue
        self.dueToday = dueToday
    }
}
