/// A person acting for the customer (a financial counsellor, relative or advocate).
///
/// Charter 5.5(c) and 5.6(f): where the agreement involves a third party acting for the
/// customer, the utility gives them "all necessary information … within 10 business days
/// provided the customer agrees in writing". Without the customer's written consent nothing
/// about the account may be given to them.
public struct ThirdPartyAuthority: Codable, Sendable, Hashable {
    public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
        case financialCounsellor
        case familyMember
        case advocate
        case other
    }

    /// Why information cannot be given yet; `message` is shown to the agent as it is.
    public struct NoWrittenConsent: Error, Equatable, Sendable {
        public let message: String
    }

    public var name: String
    public var role: Role
    /// The day the customer's written consent was received; nil until it is.
    public var writtenConsentReceivedOn: CivilDate?

    public init(name: String, role: Role, writtenConsentReceivedOn: CivilDate?) {
        self.name = name
        self.role = role
        self.writtenConsentReceivedOn = writtenConsentReceivedOn
    }

    /// The last day to give the third party the information: 10 business days after the
    /// agreement or the written consent, whichever is later. Refused without written consent.
    public func informationDue(agreedOn: CivilDate, calendar: BusinessCalendar) throws(NoWrittenConsent) -> CivilDate {
        guard let consent = writtenConsentReceivedOn else {
            throw NoWrittenConsent(message: "\(name) can be given information about the account only once the customer "
                                   + "agrees in writing (Charter 5.5(c), 5.6(f)); record the date the written consent arrives")
        }
        return WrittenConfirmation.due(agreedOn: max(agreedOn, consent), calendar: calendar)
    }
}
