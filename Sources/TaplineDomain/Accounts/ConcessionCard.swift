/// A concession card on record, with when it is valid and when its credit starts (Charter 5.3).
///
/// The utility credits a State Government concession "if advised of the entitlement by the
/// customer" (5.3), so the card carries the day it was advised and the first bill it is
/// credited on: the next bill issued after that day (`ConcessionRules.creditFrom`). Bills show
/// the concession credited (4.5(m)).
public struct ConcessionCard: Hashable, Sendable, Codable {
    public var type: ConcessionCardType
    /// "412 345 678K" (a Centrelink card) or "VX123456" (a DVA file number), as typed.
    public var number: String
    public var validFrom: CivilDate
    public var validTo: CivilDate
    /// The day the customer advised the entitlement (5.3).
    public var advisedOn: CivilDate
    /// The first bill the concession is credited on: the next bill after `advisedOn` (5.3).
    public var creditFrom: CivilDate

    public init(type: ConcessionCardType, number: String, validFrom: CivilDate, validTo: CivilDate,
                advisedOn: CivilDate, creditFrom: CivilDate? = nil) {
        self.type = type
        self.number = number
        self.validFrom = validFrom
        self.validTo = validTo
        self.advisedOn = advisedOn
        self.creditFrom = creditFrom ?? advisedOn
    }

    /// Whether the card entitles the customer to the concession on `day`: valid then (from and
    /// to both included) and credited by then.
    public func entitles(on day: CivilDate) -> Bool {
        validFrom <= day && day <= validTo && creditFrom <= day
    }

    /// "Pensioner Concession Card 412 345 678K, valid Tue 1 Dec 2026 to Fri 1 Dec 2028,
    /// credited from the bill of Mon 1 Feb 2027": the card in the words every screen uses.
    public var summary: String {
        "\(type.displayName) \(number), valid \(validFrom.display) to \(validTo.display), credited from the bill of \(creditFrom.display)"
    }
}

/// When a concession card's validity and credit were recorded on the account: kept beside the
/// card's type and number (`Account.concession`), absent for cards imported before v4-concessions.
public struct ConcessionTerms: Hashable, Sendable, Codable {
    public var validFrom: CivilDate
    public var validTo: CivilDate
    public var advisedOn: CivilDate
    public var creditFrom: CivilDate

    public init(validFrom: CivilDate, validTo: CivilDate, advisedOn: CivilDate, creditFrom: CivilDate) {
        self.validFrom = validFrom
        self.validTo = validTo
        self.advisedOn = advisedOn
        self.creditFrom = creditFrom
    }
}

/// An application lodged for a Government funded concession (7.2(b)) or under the Utility
/// Relief Grant Scheme (7.2(c)), and what became of it.
///
/// While it is lodged and pending it is outstanding, and supply may not be restricted nor
/// legal action commenced for non-payment (7.2(b), (c)).
public struct ConcessionApplication: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// 7.2(b): a Government funded concession.
        case concession
        /// 7.2(c): the Utility Relief Grant Scheme.
        case urgs

        public var clause: String { self == .concession ? "7.2(b)" : "7.2(c)" }
        /// "concession application", "URGS application".
        public var displayName: String { self == .concession ? "concession application" : "URGS application" }
    }

    public enum Outcome: Hashable, Sendable, Codable {
        case pending
        case approved(on: CivilDate)
        case declined(on: CivilDate)

        /// "pending", "approved", "declined": what the store keeps and the form's choice says.
        public var name: String {
            switch self {
            case .pending: "pending"
            case .approved: "approved"
            case .declined: "declined"
            }
        }

        public var decidedOn: CivilDate? {
            switch self {
            case .pending: nil
            case .approved(let on), .declined(let on): on
            }
        }

        /// The outcome from its stored name and date; nil for a name the store does not know
        /// or a decision without its date.
        public init?(name: String, decidedOn: CivilDate?) {
            switch (name, decidedOn) {
            case ("pending", _): self = .pending
            case ("approved", let on?): self = .approved(on: on)
            case ("declined", let on?): self = .declined(on: on)
            default: return nil
            }
        }

        /// "pending", "approved Wed 2 Dec 2026".
        public var words: String { decidedOn.map { "\(name) \($0.display)" } ?? name }
    }

    /// The store's number for it; nil until saved.
    public var id: Int64?
    public var kind: Kind
    public var lodgedOn: CivilDate
    public var outcome: Outcome

    public init(id: Int64? = nil, kind: Kind, lodgedOn: CivilDate, outcome: Outcome = .pending) {
        self.id = id
        self.kind = kind
        self.lodgedOn = lodgedOn
        self.outcome = outcome
    }

    /// Lodged and pending (7.2(b), (c)): lodged by `day` and not yet decided.
    public func isOutstanding(on day: CivilDate) -> Bool { lodgedOn <= day && outcome == .pending }

    /// "concession application (7.2(b)) lodged Tue 1 Dec 2026, pending".
    public var summary: String { "\(kind.displayName) (\(kind.clause)) lodged \(lodgedOn.display), \(outcome.words)" }
}

extension Account {
    /// The card on record with its validity and credit, or nil when there is none. A card
    /// imported before the terms were kept is valid from and credited since the distant past.
    public var concessionCard: ConcessionCard? {
        guard case let .card(type, number) = concession else { return nil }
        let terms = concessionTerms ?? ConcessionTerms(validFrom: .distantPast, validTo: .distantFuture,
                                                       advisedOn: .distantPast, creditFrom: .distantPast)
        return ConcessionCard(type: type, number: number, validFrom: terms.validFrom, validTo: terms.validTo,
                              advisedOn: terms.advisedOn, creditFrom: terms.creditFrom)
    }

    /// The applications lodged and still pending on `day` (7.2(b), (c)).
    public func outstandingApplications(on day: CivilDate) -> [ConcessionApplication] {
        concessionApplications.filter { $0.isOutstanding(on: day) }
    }
}

extension CivilDate {
    /// 1 Jan 1900 and 31 Dec 9999: the ends of time for terms never recorded.
    public static let distantPast = CivilDate(year: 1900, month: 1, day: 1)!
    public static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
}
