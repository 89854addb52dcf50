import TaplineDomain

/// The outcome step: the outcome the agent records beside the proposal, and the reason when
/// they differ (Charter 5.6(b): reasons in neutral words, no value judgements).
public enum HardshipOutcomeForm {
    public enum Field: Hashable, Sendable { case outcome, note }

    /// The first choice keeps whatever is proposed, even as the criteria change.
    static let asProposed = "as proposed"
    static let noteLength = 1000

    static func make() -> Form<Field> {
        Form(fields: [
            .init(.outcome, label: "Outcome recorded", choices: [asProposed] + HardshipOutcome.allCases.map(\.displayName)),
            .init(.note, label: "Reason if different", hint: "neutral", maxLength: noteLength),
        ])
    }

    /// The outcome chosen; nil keeps the proposal.
    static func outcome(_ form: Form<Field>) -> HardshipOutcome? {
        HardshipOutcome.allCases.first { $0.displayName == form[.outcome] }
    }
}

/// The help step: referrals offered and taken up (Charter 5.6(g)-(i)) and a third party acting
/// for the customer with written consent (5.6(f)).
public enum HardshipHelpForm {
    public enum Field: Hashable, Sendable {
        case referral(ReferralKind)
        case thirdPartyName, thirdPartyRole, consentDate
    }

    static let notOffered = "not offered"
    static let declined = "offered, declined"
    static let accepted = "offered, accepted"

    static let roles: [(ThirdPartyAuthority.Role, String)] = [
        (.financialCounsellor, "financial counsellor"), (.familyMember, "family member"), (.advocate, "advocate"), (.other, "other"),
    ]

    /// "Relief Grant 5.6(g)": a short label for the form.
    static func label(_ kind: ReferralKind) -> String {
        switch kind {
        case .utilityReliefGrant: return "Relief Grant \(kind.clause)"
        case .financialCounsellor: return "Fin. counsellor \(kind.clause)"
        case .waterEfficiency: return "Water use \(kind.clause)"
        case .complaintsAndEWOV: return "Complaints/EWOV \(kind.clause)"
        }
    }

    static func make() -> Form<Field> {
        Form(fields: ReferralKind.allCases.map { kind in
            .init(.referral(kind), label: label(kind), choices: [notOffered, declined, accepted])
        } + [
            .init(.thirdPartyName, label: "Third party's name", hint: "if any", maxLength: 100),
            .init(.thirdPartyRole, label: "Third party is", choices: roles.map(\.1)),
            .init(.consentDate, label: "Written consent received", hint: "YYYY-MM-DD", maxLength: 10,
                  validate: { $0.isEmpty || CivilDate(iso: $0) != nil ? nil : "write the date as YYYY-MM-DD" }),
        ])
    }

    /// The referrals offered, each on `today`.
    static func referrals(_ form: Form<Field>, today: CivilDate) -> [ReferralOffer] {
        ReferralKind.allCases.compactMap { kind in
            switch form[.referral(kind)] {
            case declined: return ReferralOffer(kind, offeredOn: today, accepted: false)
            case accepted: return ReferralOffer(kind, offeredOn: today, accepted: true)
            default: return nil
            }
        }
    }

    /// The third party named, or nil when none is.
    static func thirdParty(_ form: Form<Field>) -> ThirdPartyAuthority? {
        let name = form[.thirdPartyName].trimmingWhitespace
        guard !name.isEmpty else { return nil }
        return ThirdPartyAuthority(name: name, role: roles.first { $0.1 == form[.thirdPartyRole] }?.0 ?? .other,
                                   writtenConsentReceivedOn: CivilDate(iso: form[.consentDate].trimmingWhitespace))
    }

    /// How training names a referral ("financialCounsellor", "EWOV"): `TraineeAction.referralOffered`.
    static func trainingName(_ kind: ReferralKind) -> String {
        switch kind {
        case .utilityReliefGrant: return "utilityReliefGrant"
        case .financialCounsellor: return "financialCounsellor"
        case .waterEfficiency: return "waterEfficiency"
        case .complaintsAndEWOV: return "EWOV"
        }
    }
}
