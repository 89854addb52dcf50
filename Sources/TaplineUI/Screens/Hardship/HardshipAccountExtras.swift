import TaplineDomain

/// What hardship and payment plans add to the account screen: banners every agent must see,
/// and assessments and plan changes in the History tab.
public enum HardshipAccountExtras {
    /// The banner while the 5.6(c) protections apply.
    public static let protectedBanner = "HARDSHIP — no restriction or legal action while the plan is kept (5.6(c))"

    /// Banners and history entries from the account's assessments (oldest first), the latest
    /// cessation, its plans (oldest first) and their status history.
    public static func extras(assessments: [HardshipAssessment], cessation: HardshipCessation?, plans: [PaymentPlan],
                              planEvents: [PlanHistory.Event], today: CivilDate) -> AccountExtras {
        var banners: [AccountBanner] = []
        let latest = assessments.last
        let kept = plans.contains(where: \.isBeingKept)
        switch HardshipProtectionStatus.evaluate(latest: latest, agreedPaymentsBeingKept: kept, cessation: cessation) {
        case .protected:
            banners.append(AccountBanner(text: protectedBanner, role: .warning))
        case .notProtected:
            if HardshipProtectionStatus.isInHardship(latest: latest, cessation: cessation) {
                banners.append(AccountBanner(text: "HARDSHIP — protections apply only while an agreed plan is kept; "
                                             + "none is being kept now (5.6(c))", role: .warning))
            }
        }
        if let latest, HardshipProtectionStatus.isInHardship(latest: latest, cessation: cessation),
           latest.isReviewDue(today: today), let reviewOn = latest.reviewOn {
            banners.append(AccountBanner(text: "Hardship review due since \(reviewOn.display) (5.6(k))", role: .warning))
        }
        if let active = plans.last(where: \.isActive), let missed = active.missedInstalments.last {
            banners.append(AccountBanner(text: "PAYMENT PLAN \(active.id): instalment \(missed.number) missed; "
                                         + "one more in a row cancels the plan", role: .warning))
        }

        var history = assessments.map { assessment in
            var summary = "Assessment \(assessment.id): \(assessment.outcome.displayName)"
            if let statement = assessment.statement {
                summary += "; capacity to pay \(max(statement.surplus(per: .fortnightly), .zero).formatted) a fortnight"
            }
            if let reviewOn = assessment.reviewOn { summary += "; review by \(reviewOn.display)" }
            return AccountHistoryEntry(at: assessment.assessedAt, area: "Hardship", summary: summary + " (\(assessment.agent))")
        }
        history += planEvents.map { event in
            AccountHistoryEntry(at: event.at, area: "Payment plan", summary: "\(event.planID): \(event.summary) (\(event.agent))")
        }
        return AccountExtras(banners: banners, history: history)
    }
}
