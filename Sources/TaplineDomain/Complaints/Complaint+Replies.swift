/// Replying to a complaint and telling the customer their rights (Charter 3.1(a)–(d), (f)).
extension Complaint {
    /// The complaint with a decision given to the customer, with reasons (Charter 3.1(b), (c)).
    ///
    /// Reasons are required: 3.1(c) says the utility "will give the reasons for a decision".
    /// The policy basis is optional ("if appropriate"). A later response (after a review)
    /// becomes the decision the 10 business days of 3.2(b) count from. The decision is made
    /// at the complaint's level by someone allowed to (`ComplaintAuthority`, 3.1(d)(1)), who is
    /// recorded with it.
    public func responding(at time: LocalDateTime, by responder: ComplaintResponder, text: String, reasons: String,
                           policyBasis: String? = nil) throws(ComplaintRefusal) -> Complaint {
        let agent = responder.user
        try checkChange(at: time, by: agent)
        let decider = try ComplaintAuthority.decider(at: level, responder: responder)
        let body = text.trimmingCharactersWhitespace()
        let why = reasons.trimmingCharactersWhitespace()
        guard !body.isEmpty else { throw .missingResponseText }
        guard !why.isEmpty else { throw .missingReasons }
        let basis = policyBasis?.trimmingCharactersWhitespace()
        var next = self
        next.responses.append(ComplaintResponse(at: time, by: agent, level: level, text: body, reasons: why,
                                                policyBasis: basis?.isEmpty == false ? basis : nil, decider: decider))
        next.record(.responded, at: time, by: agent)
        next.status = .responded(at: time)
        return next
    }

    /// The complaint with a decision recorded by an agent who holds no level: allowed only at
    /// the first level (`ComplaintAuthority`); a higher level refuses.
    public func responding(at time: LocalDateTime, by agent: String, text: String, reasons: String,
                           policyBasis: String? = nil) throws(ComplaintRefusal) -> Complaint {
        try responding(at: time, by: ComplaintResponder(user: agent, role: .agent), text: text, reasons: reasons,
                       policyBasis: policyBasis)
    }

    /// The complaint marked complex, with the date the customer was told to expect a reply (Charter 3.1(b)).
    ///
    /// Only while a reply is awaited: once a decision is given there is nothing left to promise.
    /// The date is a business day (Part C; `CustomerPromise`), and telling the customer the same
    /// date again records nothing new (a fact is recorded once).
    public func markedComplex(replyPromisedBy promised: CivilDate, at time: LocalDateTime, by agent: String,
                              calendar: BusinessCalendar, note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        switch status {
        case .open, .furtherReviewSought: break
        case .responded, .resolved, .closed: throw .alreadyDecided
        }
        guard promised > time.date else { throw .promisedDateTooEarly(promised: promised, notice: time.date) }
        try CustomerPromise.checkBusinessDay(promised, calendar: calendar)
        if let told = lastEvent(since: replyAwaitedSince, where: { $0 == .complexNotified(promisedBy: promised) }) {
            throw .alreadyRecorded("Told complex: reply by \(promised.display)", at: told.at)
        }
        var next = self
        next.complexReplyPromisedBy = promised
        next.record(.complexNotified(promisedBy: promised), at: time, by: agent, note: note)
        next.informedOf.insert(.substantiveReplyOrDate)
        return next
    }

    /// The complaint with EWOV referral information given to the customer (Charter 3.1(d)(2)).
    ///
    /// Allowed at any time, even once closed: telling a customer where to go never harms them.
    /// Recorded once per decision: given again before any new decision, it is the same fact
    /// and is refused as already recorded; after a new decision it is new information.
    public func givingEWOVReferral(at time: LocalDateTime, by agent: String,
                                   note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        let since = latestResponse?.at ?? receivedAt
        if let given = lastEvent(since: since, where: { $0 == .ewovReferralGiven }) {
            throw .alreadyRecorded("EWOV referral information given", at: given.at)
        }
        var next = self
        next.ewovReferralGivenAt = time
        next.informedOf.insert(.ewovReferral)
        next.record(.ewovReferralGiven, at: time, by: agent, note: note)
        return next
    }

    /// The complaint with the customer told of some of Charter 3.1(a)–(e) (3.1(f)), for example
    /// by a letter from `ComplaintLetters`, which states them all.
    ///
    /// Only what is new is recorded: rights already told are left out of the entry, and when
    /// every one was told already nothing is recorded and the refusal says so.
    public func informing(of rights: Set<ComplaintRight>, at time: LocalDateTime, by agent: String,
                          note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        let new = rights.subtracting(informedOf)
        guard !new.isEmpty else {
            let last = timeline.last { if case .informed = $0.kind { return true } else { return false } }
            throw .alreadyRecorded("Informed of " + rights.sorted().map(\.clause).joined(separator: ", "),
                                   at: last?.at ?? time)
        }
        var next = self
        next.informedOf.formUnion(new)
        next.record(.informed(of: new.sorted()), at: time, by: agent, note: note)
        return next
    }

    /// The complaint with a letter written, which states all of 3.1(a)–(e), so the customer is
    /// recorded as told of them all (3.1(f)). Each letter is its own entry: a second letter is
    /// a second document sent, not a repeated fact.
    public func writingLetter(_ letter: ComplaintLetterKind, at time: LocalDateTime, by agent: String) throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        if letter == .response, responses.isEmpty { throw .noResponseYet }
        var next = self
        next.informedOf = Set(ComplaintRight.allCases)
        next.record(.letterWritten(letter), at: time, by: agent)
        return next
    }

    /// When the awaited reply has been awaited since: receipt, or the further review sought.
    var replyAwaitedSince: LocalDateTime {
        if case .furtherReviewSought(let at) = status { return at }
        return receivedAt
    }

    /// The latest timeline entry at or after `since` whose kind matches.
    func lastEvent(since: LocalDateTime, where matches: (ComplaintEvent.Kind) -> Bool) -> ComplaintEvent? {
        timeline.last { $0.at >= since && matches($0.kind) }
    }
}
