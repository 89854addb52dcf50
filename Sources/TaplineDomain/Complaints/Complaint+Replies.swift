/// Replying to a complaint and telling the customer their rights (Charter 3.1(a)–(d), (f)).
extension Complaint {
    /// The complaint with a decision given to the customer, with reasons (Charter 3.1(b), (c)).
    ///
    /// Reasons are required: 3.1(c) says the utility "will give the reasons for a decision".
    /// The policy basis is optional ("if appropriate"). A later response (after a review)
    /// becomes the decision the 10 business days of 3.2(b) count from.
    public func responding(at time: LocalDateTime, by agent: String, text: String, reasons: String,
                           policyBasis: String? = nil) throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        let body = text.trimmingCharactersWhitespace()
        let why = reasons.trimmingCharactersWhitespace()
        guard !body.isEmpty else { throw .missingResponseText }
        guard !why.isEmpty else { throw .missingReasons }
        let basis = policyBasis?.trimmingCharactersWhitespace()
        var next = self
        next.responses.append(ComplaintResponse(at: time, by: agent, level: level, text: body, reasons: why,
                                                policyBasis: basis?.isEmpty == false ? basis : nil))
        next.record(.responded, at: time, by: agent)
        next.status = .responded(at: time)
        return next
    }

    /// The complaint marked complex, with the date the customer was told to expect a reply (Charter 3.1(b)).
    ///
    /// Only while a reply is awaited: once a decision is given there is nothing left to promise.
    public func markedComplex(replyPromisedBy promised: CivilDate, at time: LocalDateTime, by agent: String,
                              note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent)
        switch status {
        case .open, .furtherReviewSought: break
        case .responded, .resolved, .closed: throw .alreadyDecided
        }
        guard promised > time.date else { throw .promisedDateTooEarly(promised: promised, notice: time.date) }
        var next = self
        next.complexReplyPromisedBy = promised
        next.record(.complexNotified(promisedBy: promised), at: time, by: agent, note: note)
        next.informedOf.insert(.substantiveReplyOrDate)
        return next
    }

    /// The complaint with EWOV referral information given to the customer (Charter 3.1(d)(2)).
    ///
    /// Allowed at any time, even once closed: telling a customer where to go never harms them.
    public func givingEWOVReferral(at time: LocalDateTime, by agent: String,
                                   note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        var next = self
        next.ewovReferralGivenAt = time
        next.informedOf.insert(.ewovReferral)
        next.record(.ewovReferralGiven, at: time, by: agent, note: note)
        return next
    }

    /// The complaint with the customer told of some of Charter 3.1(a)–(e) (3.1(f)), for example
    /// by a letter from `ComplaintLetters`, which states them all.
    public func informing(of rights: Set<ComplaintRight>, at time: LocalDateTime, by agent: String,
                          note: String = "") throws(ComplaintRefusal) -> Complaint {
        try checkChange(at: time, by: agent, allowWhenClosed: true)
        var next = self
        next.informedOf.formUnion(rights)
        next.record(.informed(of: rights.sorted()), at: time, by: agent, note: note)
        return next
    }
}
