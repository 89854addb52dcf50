import Foundation

/// What an agent may record on the special-needs register (Charter 9.5), each rule a pure
/// function answering nil (fine) or the words to show under the field.
///
/// No clock: callers pass `today`, so a registration dated tomorrow is refused the same way in
/// a test, on the console and in a training scenario.
public enum SpecialNeedsRules {
    /// The most characters the notes (the equipment, how to reach the customer) may have:
    /// room for what an agent needs on a call, short enough to read on one screen.
    public static let maximumNotesLength = 500
    /// The most characters the evidence may have.
    public static let maximumEvidenceLength = 300
    /// The most characters a removal's reason may have.
    public static let maximumReasonLength = 300

    /// A field of a registration, for a message shown under it.
    public enum Field: Hashable, Sendable, CaseIterable {
        case need, registeredOn, evidence, notes
    }

    /// The date registered, as typed (YYYY-MM-DD): a real date, not after `today`.
    public static func dateProblem(_ text: String, today: CivilDate) -> String? {
        let typed = text.contactTrimmed
        guard let date = CivilDate(iso: typed) else {
            return typed.isEmpty ? "the date registered is required (YYYY-MM-DD)"
                : "enter the date registered as YYYY-MM-DD, like \(today.iso); “\(typed)” is not a date"
        }
        return registeredOnProblem(date, today: today)
    }

    /// A registration cannot be dated after today: the register says when the customer was put
    /// on it, and nobody is registered in advance.
    public static func registeredOnProblem(_ date: CivilDate, today: CivilDate) -> String? {
        date > today ? "the date registered cannot be in the future (\(date.display) is after today, \(today.display))" : nil
    }

    /// The evidence: required for life support, at most 300 characters.
    ///
    /// Required for 9.5(a) because a life-support registration stops every restriction of
    /// supply (7.3(b)) and commits the utility to call before any interruption (9.5): the
    /// register must show what it rests on (a medical certificate, a doctor's confirmation)
    /// so a later agent or an auditor can see it was not recorded on a guess. Other needs are
    /// assessed case by case (9.5(b)) and may rest on the agent's own assessment.
    public static func evidenceProblem(_ text: String, need: SpecialNeed) -> String? {
        let evidence = text.contactTrimmed
        if evidence.isEmpty, need == .lifeSupport {
            return "life support (9.5(a)) needs its evidence: what was received, from whom and when (e.g. a medical certificate)"
        }
        if evidence.count > maximumEvidenceLength {
            return "the evidence can be at most \(maximumEvidenceLength) characters; this has \(evidence.count.formatted())"
        }
        return nil
    }

    /// The notes: optional, at most 500 characters; a longer entry is refused, never cut.
    public static func notesProblem(_ text: String) -> String? {
        let notes = text.contactTrimmed
        if notes.count > maximumNotesLength {
            return "the notes can be at most \(maximumNotesLength) characters; this has \(notes.count.formatted())"
        }
        return nil
    }

    /// A removal's reason: required (the register keeps why a customer came off it), at most 300 characters.
    public static func reasonProblem(_ text: String) -> String? {
        let reason = text.contactTrimmed
        if reason.isEmpty { return "say why the registration is removed (e.g. moved out, no longer needs the machine)" }
        if reason.count > maximumReasonLength {
            return "the reason can be at most \(maximumReasonLength) characters; this has \(reason.count.formatted())"
        }
        return nil
    }
}

extension SpecialNeedsRegistration {
    /// Every field's problem given `today`; empty when the registration may be saved.
    public func problems(today: CivilDate) -> [SpecialNeedsRules.Field: String] {
        var found: [SpecialNeedsRules.Field: String] = [:]
        found[.registeredOn] = SpecialNeedsRules.registeredOnProblem(registeredOn, today: today)
        found[.evidence] = SpecialNeedsRules.evidenceProblem(evidence, need: need)
        found[.notes] = SpecialNeedsRules.notesProblem(notes)
        return found
    }

    /// The first problem in form order, or nil.
    public func firstProblem(today: CivilDate) -> String? {
        let found = problems(today: today)
        return SpecialNeedsRules.Field.allCases.lazy.compactMap { found[$0] }.first
    }

    /// The registration as saved: evidence and notes trimmed.
    public var normalised: SpecialNeedsRegistration {
        SpecialNeedsRegistration(need: need, registeredOn: registeredOn, evidence: evidence.contactTrimmed, notes: notes.contactTrimmed)
    }
}

/// A change to an account's entry on the special-needs register: registered (or changed), or
/// removed with why and when.
public enum SpecialNeedsChange: Hashable, Sendable {
    case register(SpecialNeedsRegistration)
    case remove(reason: String, on: CivilDate)

    /// The change as saved: its text trimmed.
    public var normalised: SpecialNeedsChange {
        switch self {
        case .register(let registration): return .register(registration.normalised)
        case .remove(let reason, let on): return .remove(reason: reason.contactTrimmed, on: on)
        }
    }

    /// What is wrong with the change given `today`, or nil; removing from an account not on the
    /// register is refused too, so the trail never says "removed" of nothing.
    public func problem(today: CivilDate, over before: SpecialNeedsRegistration?) -> String? {
        switch self {
        case .register(let registration):
            return registration.firstProblem(today: today)
        case .remove(let reason, let on):
            if before == nil { return "the customer is not on the special-needs register" }
            if let problem = SpecialNeedsRules.reasonProblem(reason) { return problem }
            return on > today ? "a registration cannot be removed in the future (\(on.display))" : nil
        }
    }

    /// The registration after the change: the new one, or none.
    public var after: SpecialNeedsRegistration? {
        if case .register(let registration) = self { return registration }
        return nil
    }

    /// The audit trail's words, old → new, or nil when nothing differs:
    /// "special needs: none → life support (9.5(a)), registered Tue 1 Dec 2026, evidence medical
    /// certificate from Dr Lee; notes oxygen concentrator", and for a removal
    /// "special needs: life support (9.5(a)), registered Tue 1 Dec 2026 → none; removed Wed 2 Dec 2026: moved out".
    public func auditDetail(from before: SpecialNeedsRegistration?) -> String? {
        switch self {
        case .register(let registration):
            guard registration != before else { return nil }
            return "special needs: " + Self.words(before) + " → " + Self.words(registration, full: true, comparedTo: before)
        case .remove(let reason, let on):
            return "special needs: " + Self.words(before) + " → none; removed \(on.display): \(reason)"
        }
    }

    /// An entry in words: its need, clause and date, and (`full`) its evidence and notes when
    /// they are new or changed.
    static func words(_ registration: SpecialNeedsRegistration?, full: Bool = false,
                      comparedTo before: SpecialNeedsRegistration? = nil) -> String {
        guard let registration else { return "none" }
        var text = registration.summary
        guard full else { return text }
        if registration.evidence != before?.evidence, !registration.evidence.isEmpty { text += ", evidence " + registration.evidence }
        if registration.notes != before?.notes {
            text += registration.notes.isEmpty ? "; notes removed" : "; notes " + registration.notes
        }
        return text
    }
}
