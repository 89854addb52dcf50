/// Decides whether a customer's water supply may be restricted for non-payment at a moment.
///
/// Charter 7.1 (every precondition must be met), 7.2 and 7.3 (any limit blocks), 5.6(c)
/// (hardship with an agreed plan being kept) and 6.3 (the Notice Before Restriction at least
/// seven days before). Every reason that applies is returned, each citing its clause, so the
/// agent sees all that stands in the way, not just the first.
///
/// Decisions made here:
/// - 7.1(a) "more than 14 days have elapsed": restriction is possible from the 15th day after
///   the Final Notice's issue date.
/// - 6.3 "at least seven days prior": possible from the 7th day after the notice was sent.
/// - 7.1(c): contact attempts count when made on or after the Final Notice's issue date
///   (clause 6.2 makes them follow it) and not after the moment of the check.
/// - 7.2(e): an amount held in dispute under an unresolved complaint cannot be the reason for
///   restriction. It is taken off the amount owed before the $200 test of 7.2(a); when it
///   covers the whole amount owed, 7.2(e) itself blocks. When it covers only part, the
///   undisputed rest may still be pursued and the permitted decision says so.
/// - 7.3(a) "after 3.00 p.m.": 15:00:00 exactly is not after 3 pm and is allowed; 15:00:01
///   onwards is after it. "Day before a public holiday" is tested with `calendar`.
public enum RestrictionCheck {
    /// 7.2(a): the smallest amount owed for which restriction may be taken.
    public static let minimumAmount = Money(dollars: 200)

    /// The note every permitted restriction carries (Charter 7.3, last paragraph).
    public static let flowFloorNote = "Supply may not be reduced below two litres a minute at the tap nearest the meter (7.3)."

    public static func evaluate(_ facts: RestrictionFacts, at moment: LocalDateTime,
                                calendar: BusinessCalendar) -> RestrictionDecision {
        var reasons: [RestrictionReason] = []
        func refuse(_ clause: String, _ message: String) { reasons.append(RestrictionReason(clause: clause, message: message)) }
        let today = moment.date

        // MARK: 7.1 — preconditions
        if let issued = facts.finalNoticeIssuedOn {
            let elapsed = issued.days(until: today)
            if elapsed <= 14 {
                let days = max(elapsed, 0)
                refuse("7.1(a)", "Only \(days) day\(days == 1 ? " has" : "s have") passed since the Final Notice of \(issued.display); "
                       + "more than 14 are needed (from \(issued.adding(days: 15).display)).")
            }
        } else {
            refuse("7.1(a)", "No Final Notice has been issued.")
        }
        if let sent = facts.noticeBeforeRestrictionSentOn {
            if !facts.noticeIncludedHardshipInformation {
                refuse("7.1(b)", "The Notice Before Restriction did not include the Hardship Policy and other help available.")
            }
            if sent.days(until: today) < 7 {
                refuse("6.3", "The Notice Before Restriction was sent on \(sent.display); it must be sent at least 7 days "
                       + "before restriction (from \(sent.adding(days: 7).display)).")
            }
        } else {
            refuse("7.1(b)", "No Notice Before Restriction has been sent.")
        }
        let attempts = facts.contactAttempts.filter { date in
            date <= today && facts.finalNoticeIssuedOn.map { date >= $0 } ?? true
        }
        if attempts.count < 2 {
            refuse("7.1(c)", "\(attempts.count) attempt\(attempts.count == 1 ? "" : "s") to contact the customer about the "
                   + "non-payment; at least 2 are needed.")
        }
        if !(facts.notifiedOfRestrictionAndCostsOn.map { $0 <= today } ?? false) {
            refuse("7.1(d)", "The customer has not been told of the proposed restriction and its costs, "
                   + "including the cost of removing the restrictor.")
        }
        switch facts.paymentPlan {
        case .notOffered:
            refuse("7.1(e)", "A flexible payment plan has not been offered.")
        case .agreedAndKept:
            refuse("7.1(e)", "The customer is keeping an agreed payment plan.")
        case .offeredAndRefused, .offeredNoResponse, .agreedNotComplied:
            break
        }
        if facts.inHardship, facts.paymentPlan == .agreedAndKept {
            refuse("5.6(c)", "The customer is in hardship and is keeping an agreed payment plan.")
        }

        // MARK: 7.2 — limits on restriction and legal action
        let disputed = max(facts.disputedAmountUnderOpenComplaint, .zero)
        let counted = max(facts.amountOwed - disputed, .zero)
        if counted < minimumAmount, !facts.unpaidConsecutiveBillsForTwelveMonths {
            let what = disputed > .zero ? "The amount owed not in dispute, \(counted.formatted)," : "The amount owed, \(counted.formatted),"
            refuse("7.2(a)", "\(what) is less than \(minimumAmount.formatted), and consecutive bills have not gone unpaid "
                   + "for 12 months or more.")
        }
        if facts.concessionApplicationOutstanding {
            refuse("7.2(b)", "The customer's application for a Government concession is outstanding.")
        }
        if facts.urgsApplicationOutstanding {
            refuse("7.2(c)", "The customer's Utility Relief Grant Scheme application is outstanding.")
        }
        if let tenancy = facts.tenancy {
            if tenancy.landlordOwesDebt { refuse("7.2(d)(1)", "The customer is a tenant and the amount unpaid is owed by the landlord.") }
            if tenancy.undecidedVCATClaim { refuse("7.2(d)(2)", "The customer is a tenant with an undecided VCAT claim against the landlord.") }
        }
        if disputed > .zero, disputed >= facts.amountOwed {
            refuse("7.2(e)", "The whole amount owed is in dispute under an unresolved complaint (\(disputed.formatted)).")
        }

        // MARK: 7.3 — additional limits on restriction
        switch today.weekday {
        case .friday: refuse("7.3(a)", "It is a Friday.")
        case .saturday, .sunday: refuse("7.3(a)", "It is the weekend.")
        default: break
        }
        if let holiday = calendar.holiday(on: today) {
            refuse("7.3(a)", "It is a public holiday (\(holiday.name)).")
        }
        if let tomorrow = calendar.holiday(on: today.adding(days: 1)) {
            refuse("7.3(a)", "It is the day before a public holiday (\(tomorrow.name)).")
        }
        if isAfterThreePM(moment) {
            refuse("7.3(a)", "It is after 3.00 pm (\(String(format: "%02d:%02d:%02d", moment.hour, moment.minute, moment.second))).")
        }
        if facts.onSpecialNeedsRegister {
            refuse("7.3(b)", "The customer is registered as a special-needs customer (life support or other needs, clause 9.5).")
        }
        if facts.healthHazardNoted {
            refuse("7.3(c)", "Restriction may cause a health hazard.")
        }
        if facts.totalFireBanDays.contains(today) {
            refuse("7.3(d)", "A Total Fire Ban is declared today for the property's area.")
        }

        guard reasons.isEmpty else { return .notPermitted(reasons: reasons) }
        var notes = [flowFloorNote]
        if disputed > .zero {
            notes.append("\(disputed.formatted) is in dispute under an open complaint and is not counted (7.2(e)); "
                         + "restriction is for the undisputed \(counted.formatted) only.")
        }
        return .permitted(notes: notes)
    }

    /// Charter 7.3(a): 15:00:00 is not after 3.00 pm; 15:00:01 is.
    static func isAfterThreePM(_ moment: LocalDateTime) -> Bool {
        (moment.hour, moment.minute, moment.second) > (15, 0, 0)
    }
}
