import TaplineDomain

/// A contact centre's complaints register for benchmarks (issue 12 item 6): `open` complaints
/// received over the 30 days before `today` (so some are overdue, some due today, most on
/// track), and `closed` ones answered and closed over the five years before, each numbered in
/// its year and made through the domain's own transitions, so every body is one the console
/// could have saved. Between them, `answered` ones decided over the 20 days before `today` and
/// not yet closed are the open disputes (Charter 3.2): one in five with an amount disputed,
/// one in ten with a further review sought.
///
/// Each is on one of `accounts` accounts (by index) and is the work of one of `owners` agents;
/// one in ten open ones has been raised to a Team Leader. The same seed gives the same register.
public struct SyntheticComplaints: Sendable {
    public let open: Int
    public let closed: Int
    public let answered: Int
    public let today: CivilDate
    public let accounts: Int
    public let owners: [String]
    public let seed: UInt64

    public init(open: Int, closed: Int, answered: Int = 0, today: CivilDate, accounts: Int, owners: Int = 200, seed: UInt64 = 12) {
        self.open = open
        self.closed = closed
        self.answered = answered
        self.today = today
        self.accounts = max(1, accounts)
        self.owners = (1...max(1, owners)).map { "agent\(String(format: "%03d", $0))" }
        self.seed = seed
    }

    /// Calls `body` with each complaint, its account's index and its number's sequence in its
    /// year, closed ones first, then answered, then open, in number order within each year;
    /// returns the last sequence
    /// given in each year.
    ///
    /// - Parameter accountNumber: the number of the account at an index (below `accounts`).
    @discardableResult
    public func forEach(calendar: BusinessCalendar, accountNumber: (Int) -> String,
                        _ body: (_ complaint: Complaint, _ account: Int, _ sequence: Int) throws -> Void) throws -> [Int: Int] {
        var last: [Int: Int] = [:]
        let firstClosedDay = today.adding(days: -5 * 365), closedDays = 5 * 365 - 40
        for index in 0..<(closed + answered + open) {
            var random = SplitMix64(seed: seed, stream: UInt64(index))
            let isOpen = index >= closed + answered, isAnswered = !isOpen && index >= closed
            // Closed ones in received order across the years; answered ones received over the
            // 30 days before the last 10; open ones over the last 30 days.
            let day = isOpen ? today.adding(days: -30 + (index - closed - answered) * 30 / max(1, open))
                : isAnswered ? today.adding(days: -40 + (index - closed) * 30 / max(1, answered))
                : firstClosedDay.adding(days: index * closedDays / max(1, closed))
            let received = LocalDateTime(date: day, hour: 8 + random.below(9), minute: random.below(60))
            let owner = random.pick(owners)
            let account = random.below(accounts)
            let year = received.date.year
            let sequence = (last[year] ?? 0) + 1
            last[year] = sequence
            let disputed = isAnswered && random.below(5) == 0 ? Money(cents: Int64(1_000 + random.below(40_000))) : nil
            var complaint = try Complaint.log(
                id: ComplaintNumber.format(year: year, sequence: sequence), accountNumber: accountNumber(account), receivedAt: received,
                channel: random.pick(ComplaintChannel.allCases), category: random.pick(ComplaintCategory.allCases),
                description: "Synthetic complaint \(index + 1) for benchmarks.", disputedAmount: disputed, amountOwed: disputed,
                loggedBy: owner, calendar: calendar)
            if isAnswered {
                let answeredAt = LocalDateTime(date: calendar.adding(businessDays: 5, to: day), hour: 11)
                complaint = try complaint.responding(at: answeredAt, by: owner, text: "We have checked the bill and it stands.",
                                                     reasons: "Two meter readings agree.")
                if random.below(10) == 0 {
                    complaint = try complaint.seekingFurtherReview(at: LocalDateTime(date: answeredAt.date, hour: 15), by: owner)
                }
            } else if isOpen, random.below(10) == 0 {
                complaint = try complaint.escalated(to: .teamLeader, at: LocalDateTime(date: day, hour: received.hour + 1), by: owner)
            } else if !isOpen {
                let answered = LocalDateTime(date: calendar.adding(businessDays: 3, to: day), hour: 10)
                complaint = try complaint.responding(at: answered, by: owner, text: "We have checked the bill and it stands.",
                                                     reasons: "Two meter readings agree.")
                    .closing(at: LocalDateTime(date: answered.date, hour: 10, minute: 5), by: owner)
            }
            try body(complaint, account, sequence)
        }
        return last
    }
}
