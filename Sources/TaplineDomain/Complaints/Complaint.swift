/// A customer's complaint: what was said, the clock on the reply, and everything done since.
///
/// A value: changes come from the transition functions (`escalated`, `responding`, …), each
/// returning a new complaint or refusing with a `ComplaintRefusal` whose `message` says why.
/// Every change appends to `timeline`, which is the record Charter 3.1 requires.
///
/// ```swift
/// var c = try Complaint.log(accountNumber: "1234567", receivedAt: t, channel: .phone,
///                           category: .billing, description: "Bill too high",
///                           loggedBy: "ajones", calendar: .victoria)
/// c = try c.responding(at: later, by: "ajones", text: "…", reasons: "…", policyBasis: "Charter 4.8")
/// ```
public struct Complaint: Hashable, Sendable, Codable, Identifiable {
    /// "C-2026-000123" (see `ComplaintNumber`); empty until the store assigns one.
    public var id: String
    public let accountNumber: String
    /// When the complaint reached the utility, in its own time zone.
    public let receivedAt: LocalDateTime
    public let channel: ComplaintChannel
    public let category: ComplaintCategory
    public let description: String
    /// The amount the customer disputes, held from collection until resolved (Charter 3.1(e)).
    public let disputedAmount: Money?
    /// Whether the customer asked for a reply (Charter 3.1(a): "required or requested").
    public let replyRequested: Bool
    /// The 10th business day after the date of receipt (Charter 3.1(a)).
    public let dueDate: CivilDate
    /// Who is handling it now (Charter 3.1(d)(1)).
    public internal(set) var level: EscalationLevel
    /// When the customer was told a complex complaint's reply will come (Charter 3.1(b)); nil if not complex.
    public internal(set) var complexReplyPromisedBy: CivilDate?
    /// Decisions given, oldest first (Charter 3.1(c)).
    public internal(set) var responses: [ComplaintResponse]
    /// When the customer was last given EWOV referral information (Charter 3.1(d)(2)).
    public internal(set) var ewovReferralGivenAt: LocalDateTime?
    public internal(set) var externalClaim: ExternalClaim
    /// What the customer has been told of Charter 3.1(a)–(e) (required by 3.1(f)).
    public internal(set) var informedOf: Set<ComplaintRight>
    public internal(set) var status: ComplaintStatus
    /// Everything that happened, in time order.
    public internal(set) var timeline: [ComplaintEvent]

    /// Restores a complaint exactly as stored. Use `log` to record a new one.
    public init(id: String, accountNumber: String, receivedAt: LocalDateTime, channel: ComplaintChannel,
                category: ComplaintCategory, description: String, disputedAmount: Money?, replyRequested: Bool,
                dueDate: CivilDate, level: EscalationLevel, complexReplyPromisedBy: CivilDate?,
                responses: [ComplaintResponse], ewovReferralGivenAt: LocalDateTime?, externalClaim: ExternalClaim,
                informedOf: Set<ComplaintRight>, status: ComplaintStatus, timeline: [ComplaintEvent]) {
        self.id = id
        self.accountNumber = accountNumber
        self.receivedAt = receivedAt
        self.channel = channel
        self.category = category
        self.description = description
        self.disputedAmount = disputedAmount
        self.replyRequested = replyRequested
        self.dueDate = dueDate
        self.level = level
        self.complexReplyPromisedBy = complexReplyPromisedBy
        self.responses = responses
        self.ewovReferralGivenAt = ewovReferralGivenAt
        self.externalClaim = externalClaim
        self.informedOf = informedOf
        self.status = status
        self.timeline = timeline
    }

    /// Records a new complaint, open at the frontline, due 10 business days after receipt.
    ///
    /// - Parameters:
    ///   - disputedAmount: the amount the customer disputes, if any; it needs `amountOwed`.
    ///   - amountOwed: what the account owes now (its balance), which bounds the disputed
    ///     amount (see `checkDisputedAmount`).
    ///   - loggedAt: when the agent recorded it; defaults to `receivedAt` (a letter read the
    ///     next morning was still received when it arrived).
    public static func log(id: String = "", accountNumber: String, receivedAt: LocalDateTime,
                           channel: ComplaintChannel, category: ComplaintCategory, description: String,
                           disputedAmount: Money? = nil, amountOwed: Money? = nil, replyRequested: Bool = true,
                           loggedAt: LocalDateTime? = nil, loggedBy agent: String,
                           calendar: BusinessCalendar) throws(ComplaintRefusal) -> Complaint {
        let account = accountNumber.trimmingCharactersWhitespace()
        let text = description.trimmingCharactersWhitespace()
        guard !account.isEmpty else { throw .missingAccountNumber }
        guard !text.isEmpty else { throw .missingDescription }
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw .missingAgent }
        if let amount = disputedAmount { try checkDisputedAmount(amount, owed: amountOwed) }
        let logged = loggedAt ?? receivedAt
        guard logged >= receivedAt else { throw .loggedBeforeReceipt(received: receivedAt) }
        return Complaint(
            id: id, accountNumber: account, receivedAt: receivedAt, channel: channel, category: category,
            description: text, disputedAmount: disputedAmount, replyRequested: replyRequested,
            dueDate: ComplaintDeadline.dueDate(receivedAt: receivedAt, calendar: calendar),
            level: .frontline, complexReplyPromisedBy: nil, responses: [], ewovReferralGivenAt: nil,
            externalClaim: .none, informedOf: [], status: .open,
            timeline: [ComplaintEvent(at: logged, agent: agent, kind: .logged)])
    }

    /// Refuses a disputed amount that is not above $0.00 or is more than the account owes.
    ///
    /// Charter 3.1(e): the utility "will not attempt to recover an amount of money which is in
    /// dispute". Only an amount owed can be recovered, so the amount held can never exceed
    /// what the account owes: $50,000 disputed on an account owing $2,016.80 would promise
    /// the customer a hold on money that was never asked for. A customer who disputes more
    /// than the balance (a bill already paid) has a complaint, but no amount to hold.
    public static func checkDisputedAmount(_ amount: Money, owed: Money?) throws(ComplaintRefusal) {
        guard amount > .zero else { throw .disputedAmountNotPositive(amount) }
        guard let owed else { throw .amountOwedUnknown }
        guard owed > .zero else { throw .nothingOwed(balance: owed) }
        guard amount <= owed else { throw .disputedAmountExceedsOwed(amount: amount, owed: owed) }
    }

    // MARK: - Derived facts

    /// When the complaint was recorded (the first timeline entry).
    public var loggedAt: LocalDateTime { timeline.first?.at ?? receivedAt }

    /// True when the 3.1(a) reply date had already passed on the day the complaint was recorded
    /// (a letter found late, a backdated entry): the acknowledgement cannot promise that date.
    public var wasOverdueWhenLogged: Bool { loggedAt.date > dueDate }

    public var isComplex: Bool { complexReplyPromisedBy != nil }

    /// The decision the customer was told last (Charter 3.2(a)).
    public var latestResponse: ComplaintResponse? { responses.last }

    /// The first reply of any kind — a decision, or a complex notice (Charter 3.1(a), (b)).
    public var firstReplyAt: LocalDateTime? {
        timeline.first {
            switch $0.kind {
            case .responded, .complexNotified: return true
            default: return false
            }
        }?.at
    }

    /// True when the first reply came after the due date, or none has come and it is past (Charter 3.1(a)).
    public func repliedLate(today: CivilDate) -> Bool {
        if let first = firstReplyAt { return first.date > dueDate }
        return today > dueDate
    }

    /// The rights of Charter 3.1(a)–(e) the customer has not yet been told of (3.1(f)).
    public var rightsNotYetInformed: [ComplaintRight] {
        ComplaintRight.allCases.filter { !informedOf.contains($0) }
    }

    /// The date the awaited reply is due, or nil when no reply is awaited.
    ///
    /// An open complaint is due on `dueDate` (3.1(a)); a further review is due 10 business days
    /// after it was sought, counted the same way. A complex notice given while the reply is
    /// awaited replaces either with the date promised (3.1(b)).
    public func replyDue(calendar: BusinessCalendar) -> CivilDate? {
        let awaitedSince: LocalDateTime
        let due: CivilDate
        switch status {
        case .open:
            awaitedSince = receivedAt
            due = dueDate
        case .furtherReviewSought(let at):
            awaitedSince = at
            due = ComplaintDeadline.dueDate(receivedAt: at, calendar: calendar)
        case .responded, .resolved, .closed:
            return nil
        }
        for event in timeline.reversed() where event.at >= awaitedSince {
            if case .complexNotified(let promised) = event.kind { return promised }
        }
        return due
    }

    /// Where the complaint sits in the supervisor's queue; nil when no reply is awaited.
    public func urgency(today: CivilDate, calendar: BusinessCalendar) -> ComplaintUrgency? {
        replyDue(calendar: calendar).map { ComplaintUrgency(dueDate: $0, today: today, calendar: calendar) }
    }

    // MARK: - Shared checks for transitions

    /// Refuses a change by nobody, to a closed complaint, or dated before the last entry.
    func checkChange(at time: LocalDateTime, by agent: String, allowWhenClosed: Bool = false) throws(ComplaintRefusal) {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw .missingAgent }
        if !allowWhenClosed, status.isClosed { throw .closed }
        if let last = timeline.last?.at, time < last { throw .earlierThanLastEvent(last) }
    }

    /// Appends an entry to the timeline.
    mutating func record(_ kind: ComplaintEvent.Kind, at time: LocalDateTime, by agent: String, note: String = "") {
        timeline.append(ComplaintEvent(at: time, agent: agent, kind: kind, note: note))
    }
}
