import TaplineDomain

/// What a change to an account's concession does over the account as stored, the same on both
/// stores: the card afterwards (advised today and credited from the next bill when it is new,
/// Charter 5.3), the application lodged or decided (7.2(b), (c)), the audit entry's words
/// old → new, and the rules checked against the day of the change.
public struct ConcessionUpdate: Sendable {
    public let change: ConcessionChange
    public let auditDetail: String
    /// Whether the card differs from the one on record (else its columns are left alone).
    public let cardChanged: Bool

    /// The update, or nil when nothing differs; refuses a change that breaks a rule
    /// (`ConcessionRules`) with `StoreError.invalidAccount`.
    public static func make(_ change: ConcessionChange, over before: Account, billIssueDates: [CivilDate],
                            at time: LocalDateTime) throws -> ConcessionUpdate? {
        let change = change.resolved(over: before, today: time.date, billIssueDates: billIssueDates)
        if let problem = change.problem(today: time.date, over: before) {
            throw StoreError.invalidAccount(accountNumber: before.accountNumber, reason: problem)
        }
        guard let words = change.auditDetail(from: before) else { return nil }
        return ConcessionUpdate(change: change, auditDetail: words, cardChanged: change.card != before.concessionCard)
    }

    /// The account's concession columns in the order `card, number, validFrom, validTo,
    /// advised, creditFrom` (all nil when the card is removed).
    public var cardColumns: [String?] {
        guard let card = change.card else { return [nil, nil, nil, nil, nil, nil] }
        return [card.type.rawValue, card.number, StoredText.date(card.validFrom), StoredText.date(card.validTo),
                StoredText.date(card.advisedOn), StoredText.date(card.creditFrom)]
    }

    /// The application's columns in the order `kind, lodged, outcome, decided`, or nil when
    /// the change records none.
    public var applicationColumns: [String?]? {
        guard let application = change.application else { return nil }
        return [application.kind.rawValue, StoredText.date(application.lodgedOn), application.outcome.name,
                application.outcome.decidedOn.map(StoredText.date)]
    }

    /// The card's terms from stored columns; nil unless all four are there.
    public static func terms(validFrom: CivilDate?, validTo: CivilDate?, advised: CivilDate?, creditFrom: CivilDate?) -> ConcessionTerms? {
        guard let validFrom, let validTo, let advised, let creditFrom else { return nil }
        return ConcessionTerms(validFrom: validFrom, validTo: validTo, advisedOn: advised, creditFrom: creditFrom)
    }
}
