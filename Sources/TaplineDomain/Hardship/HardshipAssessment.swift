/// One hardship assessment of a customer, kept for ever: a new assessment never overwrites an old one.
///
/// Records what Charter 5.6 asks for: the objective criteria and statement (5.6(a)), the
/// outcome proposed by `HardshipAssessor` and the outcome recorded, in neutral words
/// (5.6(b)), referrals offered (5.6(g)-(i)), a third party acting with written consent
/// (5.6(f)), when written confirmation is due (5.6(e)) and when the assessment is reviewed
/// (5.6(k)). An account's hardship history is the list of these, oldest first.
public struct HardshipAssessment: Codable, Sendable, Hashable, Identifiable {
    /// Why an assessment was refused; `message` is shown to the agent as it is.
    public struct Invalid: Error, Equatable, Sendable {
        public let message: String
    }

    /// Months until an "in hardship" assessment is reviewed (Charter 5.6(k)).
    public static let reviewMonthsInHardship = 6
    /// Months until a referred customer is assessed again, with the counsellor's help.
    public static let reviewMonthsAfterReferral = 1

    /// Assigned by the store; unique across all assessments.
    public let id: String
    public var accountNumber: String
    public var assessedAt: LocalDateTime
    /// The agent who made the assessment.
    public var agent: String
    public var criteria: HardshipCriteria
    public var statement: IncomeExpenditure?
    /// What `HardshipAssessor` proposed, kept beside what was recorded.
    public var recommendation: HardshipRecommendation
    public var outcome: HardshipOutcome
    /// The agent's reason when the recorded outcome differs from the proposal.
    public var outcomeNote: String
    public var referrals: [ReferralOffer]
    public var thirdParty: ThirdPartyAuthority?
    /// The day a payment arrangement was agreed, if one was.
    public var agreedOn: CivilDate?
    /// Last day to send written confirmation of the arrangement (5.6(e)); nil without one.
    public var writtenConfirmationDue: CivilDate?
    /// When the assessment is reviewed (5.6(k)); nil when not in hardship (the customer may
    /// ask for a new assessment at any time).
    public var reviewOn: CivilDate?

    /// Records an assessment, proposing the outcome from the criteria and statement.
    ///
    /// - Parameters:
    ///   - outcome: the outcome recorded; nil accepts the proposal. One that differs from the
    ///     proposal needs `outcomeNote`.
    ///   - agreedOn: the day a payment arrangement was agreed, if one was; it must not be
    ///     before the assessment.
    public static func record(id: String, accountNumber: String, at assessedAt: LocalDateTime, agent: String,
                              criteria: HardshipCriteria, statement: IncomeExpenditure?,
                              outcome: HardshipOutcome? = nil, outcomeNote: String = "",
                              referrals: [ReferralOffer] = [], thirdParty: ThirdPartyAuthority? = nil,
                              agreedOn: CivilDate? = nil, calendar: BusinessCalendar) throws(Invalid) -> HardshipAssessment {
        guard !agent.trimmingCharactersWhitespace().isEmpty else { throw Invalid(message: "record which agent made the assessment") }
        let recommendation = HardshipAssessor.recommend(criteria: criteria, statement: statement, today: assessedAt.date)
        let recorded = outcome ?? recommendation.outcome
        let note = outcomeNote.trimmingCharactersWhitespace()
        if recorded != recommendation.outcome, note.isEmpty {
            throw Invalid(message: "the proposed outcome is “\(recommendation.outcome.displayName)”; "
                          + "give a reason for recording “\(recorded.displayName)” instead")
        }
        if let agreedOn, agreedOn < assessedAt.date {
            throw Invalid(message: "an arrangement cannot be agreed (\(agreedOn.display)) before the assessment (\(assessedAt.date.display))")
        }
        let review: CivilDate?
        switch recorded {
        case .inHardship: review = assessedAt.date.adding(months: reviewMonthsInHardship)
        case .referToFinancialCounsellor: review = assessedAt.date.adding(months: reviewMonthsAfterReferral)
        case .notInHardship: review = nil
        }
        return HardshipAssessment(
            id: id, accountNumber: accountNumber, assessedAt: assessedAt, agent: agent, criteria: criteria,
            statement: statement, recommendation: recommendation, outcome: recorded, outcomeNote: note,
            referrals: referrals, thirdParty: thirdParty, agreedOn: agreedOn,
            writtenConfirmationDue: agreedOn.map { WrittenConfirmation.due(agreedOn: $0, calendar: calendar) },
            reviewOn: review)
    }

    /// Referrals Charter 5.6(g)-(i) require that have not been offered yet (in `ReferralKind` order).
    public var referralsNotOffered: [ReferralKind] {
        ReferralKind.allCases.filter { kind in !referrals.contains { $0.kind == kind } }
    }

    /// True once the review date has come (Charter 5.6(k)).
    public func isReviewDue(today: CivilDate) -> Bool {
        reviewOn.map { today >= $0 } ?? false
    }
}
