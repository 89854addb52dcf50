import TaplineDomain

/// The complaints register as the console and `tapline complaints` use it (Charter 3.1):
/// log with a number, save each change, find and list, the queues a page at a time, the
/// amount a disputed amount is bounded by, and who decides at each level (3.1(d)(1)).
///
/// Every store keeps the same rules: a number is never given twice, even to consoles logging
/// at the same moment; a save based on a copy that missed someone else's change is refused
/// (`ChangedSinceRead`, naming who changed it and when); a disputed amount above the balance is refused
/// (3.1(e)); a decision naming someone other than its author as decider is refused. Letters
/// stay files (`ComplaintLetterFiles`), addressed from `AccountStandingReading`.
public protocol ComplaintsStore: AccountStandingReading {
    /// Records a newly logged complaint; returns it with its number, "C-YYYY-NNNNNN".
    func logComplaint(_ complaint: Complaint, calendar: BusinessCalendar) throws -> Complaint
    /// Saves the changes made since the complaint was loaded; returns it as stored.
    ///
    /// - Parameter role: the role of the user saving, from which each new decision's decider is worked out.
    func saveComplaint(_ complaint: Complaint, role: Role, calendar: BusinessCalendar) throws -> Complaint
    func complaint(number: String) throws -> Complaint?
    /// Complaints matching `filter`: those awaiting a reply first by the date it is due, then the rest newest first.
    func complaints(_ filter: ComplaintListFilter) throws -> [Complaint]
    /// One page of the reply queue, with how many are overdue, due today and due soon in the
    /// whole of it: queues and Home read this, never every complaint (issue 12 item 6).
    func complaintQueue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage
    /// Replies overdue and due today on `today`, of `owner`'s complaints (nil: everyone's): Home's figures.
    func complaintReplyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures
    /// One page of the open disputes on the query's day, with how many there are, what they
    /// hold and how many are ready to mark resolved (3.1(e), 3.2): ranked by the store, only
    /// the page decoded (issue 12 item 6). Equal to `DisputeQueuePage.of` the store's complaints.
    func complaintDisputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage
    /// What the account owes now: the bound on a disputed amount (3.1(e)).
    func amountOwed(onAccount accountNumber: String) throws -> Money
    /// The user as a complaint decider: their name in letters and the level they hold.
    func complaintResponder(user: String, role: Role) throws -> ComplaintResponder
    /// Names `user` in letters and records the level they hold (nil: none), audited as `actor`'s change.
    func setComplaintDecider(_ user: String, name: String, level: EscalationLevel?, by actor: String, at time: LocalDateTime) throws
    /// Everyone configured as a complaint decider, by user name.
    func complaintDeciders() throws -> [ComplaintResponder]
    /// The logins a supervisor can give a complaint to: everyone with a role but trainers
    /// (who serve no real customers), by name.
    func complaintAssignees() throws -> [String]
    /// Adds `set`'s complaints in bulk, spread over the store's first `set.accounts` accounts,
    /// for benchmarks on a scratch store: no audit entries, the number series moved on past
    /// them. `progress` gets the count written, every 100,000.
    func loadBenchmarkComplaints(_ set: SyntheticComplaints, calendar: BusinessCalendar, progress: (Int) -> Void) throws
    /// The account's OPEN COMPLAINT and DISPUTED AMOUNT badges, as lookups and the account screen show them.
    func complaintFlags(forAccount accountNumber: String) throws -> [AccountFlag]
}

extension ComplaintsStore {
    /// Every complaint of the account, closed ones too (for its history and the amount held).
    public func allComplaints(forAccount accountNumber: String) throws -> [Complaint] {
        try complaints(ComplaintListFilter(accountNumber: accountNumber, includeClosed: true))
    }

    /// The supervisors' queue of open disputes on `today`, all of it in one read, with what
    /// each waits on (3.1(e), 3.2): for reports and `tapline complaints disputes`.
    public func disputes(today: CivilDate, calendar: BusinessCalendar) throws -> [DisputeQueueEntry] {
        try complaintDisputes(DisputeQueueQuery(today: today, calendar: calendar, limit: .max)).entries
    }

    /// What every complaint of the account still holds from collection on `today` (closed ones
    /// hold until their dispute counts as resolved, 3.2): taken off what restriction and a plan may pursue.
    public func heldAmount(onAccount accountNumber: String, today: CivilDate, calendar: BusinessCalendar) throws -> Money {
        try allComplaints(forAccount: accountNumber).compactMap { $0.collectionHold(today: today, calendar: calendar) }.sum()
    }
}
