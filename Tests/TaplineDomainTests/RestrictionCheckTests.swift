import Foundation
import Testing
@testable import TaplineDomain

@Suite("Restriction for non-payment: every reason, each with its clause (Charter 7.1-7.3, 5.6(c), 6.3)")
struct RestrictionCheckTests {
    typealias F = PlansFixtures

    /// Facts meeting every 7.1 precondition for a check on `day`, with nothing in 7.2 or 7.3 standing in the way.
    static func ready(for day: CivilDate, owed: Money = Money(dollars: 450)) -> RestrictionFacts {
        RestrictionFacts(finalNoticeIssuedOn: day.adding(days: -21), noticeBeforeRestrictionSentOn: day.adding(days: -10),
                         noticeIncludedHardshipInformation: true,
                         contactAttempts: [day.adding(days: -14), day.adding(days: -12)],
                         notifiedOfRestrictionAndCostsOn: day.adding(days: -10), paymentPlan: .offeredNoResponse,
                         amountOwed: owed)
    }

    /// Tue 13 May 2025, 10:00: an ordinary business day with no holiday near.
    static let tuesday = LocalDateTime(iso: "2025-05-13T10:00")!

    func check(_ facts: RestrictionFacts, at moment: LocalDateTime = tuesday) -> RestrictionDecision {
        RestrictionCheck.evaluate(facts, at: moment, calendar: F.calendar)
    }

    func check(_ change: (inout RestrictionFacts) -> Void, at moment: LocalDateTime = tuesday) -> RestrictionDecision {
        var facts = Self.ready(for: moment.date)
        change(&facts)
        return check(facts, at: moment)
    }

    @Test func permittedWhenEveryConditionIsMetWithTheTwoLitreFloor_7_3() {
        let decision = check(Self.ready(for: Self.tuesday.date))
        #expect(decision.isPermitted)
        #expect(decision.notes == ["Supply may not be reduced below two litres a minute at the tap nearest the meter (7.3)."])
    }

    // MARK: - 7.1 preconditions

    @Test func moreThanFourteenDaysAfterTheFinalNotice_7_1a() {
        let day = Self.tuesday.date
        let fourteen = check({ $0.finalNoticeIssuedOn = day.adding(days: -14) })
        #expect(fourteen.clauses == ["7.1(a)"])
        #expect(fourteen.reasons[0].message == "Only 14 days have passed since the Final Notice of Tue 29 Apr 2025; more than 14 are needed (from Wed 14 May 2025).")
        #expect(check({ $0.finalNoticeIssuedOn = day.adding(days: -15) }).isPermitted)
        #expect(check({ $0.finalNoticeIssuedOn = day.adding(days: -1) }).reasons[0].message.hasPrefix("Only 1 day has passed"))
        #expect(check({ $0.finalNoticeIssuedOn = nil }).clauses == ["7.1(a)"])
    }

    @Test func noticeBeforeRestrictionAtLeastSevenDaysBeforeWithHardshipInformation_7_1b_6_3() {
        let day = Self.tuesday.date
        #expect(check({ $0.noticeBeforeRestrictionSentOn = day.adding(days: -6) }).clauses == ["6.3"])
        #expect(check({ $0.noticeBeforeRestrictionSentOn = day.adding(days: -7) }).isPermitted)
        #expect(check({ $0.noticeBeforeRestrictionSentOn = nil }).clauses == ["7.1(b)"])
        #expect(check({ $0.noticeIncludedHardshipInformation = false }).clauses == ["7.1(b)"])
    }

    @Test func atLeastTwoContactAttemptsAfterTheFinalNotice_7_1c() {
        let day = Self.tuesday.date
        #expect(check({ $0.contactAttempts = [day.adding(days: -12)] }).clauses == ["7.1(c)"])
        // An attempt before the Final Notice, or one still in the future, does not count
        #expect(check({ $0.contactAttempts = [day.adding(days: -30), day.adding(days: -12)] }).clauses == ["7.1(c)"])
        #expect(check({ $0.contactAttempts = [day.adding(days: 1), day.adding(days: -12)] }).clauses == ["7.1(c)"])
        #expect(check({ $0.contactAttempts = [day, day.adding(days: -12)] }).isPermitted)
    }

    @Test func notifiedOfTheRestrictionAndItsCosts_7_1d() {
        #expect(check({ $0.notifiedOfRestrictionAndCostsOn = nil }).clauses == ["7.1(d)"])
        #expect(check({ $0.notifiedOfRestrictionAndCostsOn = Self.tuesday.date.adding(days: 1) }).clauses == ["7.1(d)"])
    }

    @Test("payment plan offered and refused or ignored, or agreed and broken", arguments: [
        (RestrictionFacts.PlanOffer.offeredAndRefused, true), (.offeredNoResponse, true), (.agreedNotComplied, true),
        (.notOffered, false), (.agreedAndKept, false),
    ])
    func paymentPlanOffered_7_1e(offer: RestrictionFacts.PlanOffer, permitted: Bool) {
        let decision = check({ $0.paymentPlan = offer })
        #expect(decision.isPermitted == permitted)
        if !permitted { #expect(decision.clauses == ["7.1(e)"]) }
    }

    @Test func hardshipWithAKeptPlanIsExempt_5_6c() {
        let decision = check({ $0.inHardship = true; $0.paymentPlan = .agreedAndKept })
        #expect(decision.clauses == ["7.1(e)", "5.6(c)"])
        // In hardship but the agreed plan is not being kept: 5.6(c) no longer protects
        #expect(check({ $0.inHardship = true; $0.paymentPlan = .agreedNotComplied }).isPermitted)
    }

    // MARK: - 7.2 limits

    @Test("less than $200 blocks unless consecutive bills are unpaid for 12 months", arguments: [
        ("199.99", false, false), ("200.00", false, true), ("199.99", true, true), ("0", false, false),
    ])
    func minimumAmount_7_2a(owed: String, consecutiveUnpaid: Bool, permitted: Bool) {
        let decision = check({ $0.amountOwed = F.dollars(owed); $0.unpaidConsecutiveBillsForTwelveMonths = consecutiveUnpaid })
        #expect(decision.isPermitted == permitted)
        if !permitted {
            #expect(decision.clauses == ["7.2(a)"])
            #expect(decision.reasons[0].message.contains(F.dollars(owed).formatted))
        }
    }

    /// Ready facts for the ordinary Tuesday with one change.
    static func tuesdayFacts(_ change: (inout RestrictionFacts) -> Void) -> RestrictionFacts {
        var facts = ready(for: tuesday.date)
        change(&facts)
        return facts
    }

    @Test("each limit blocks on its own", arguments: [
        ("7.2(b)", tuesdayFacts { $0.concessionApplicationOutstanding = true }),
        ("7.2(c)", tuesdayFacts { $0.urgsApplicationOutstanding = true }),
        ("7.2(d)(1)", tuesdayFacts { $0.tenancy = .init(landlordOwesDebt: true) }),
        ("7.2(d)(2)", tuesdayFacts { $0.tenancy = .init(undecidedVCATClaim: true) }),
        ("7.3(b)", tuesdayFacts { $0.onSpecialNeedsRegister = true }),
        ("7.3(c)", tuesdayFacts { $0.healthHazardNoted = true }),
    ])
    func singleLimitBlocks_7_2_7_3(clause: String, facts: RestrictionFacts) {
        #expect(check(facts).clauses == [clause])
    }

    @Test func aTenantWhoseLandlordOwesTheDebt_7_2d1() {
        let decision = check({ $0.tenancy = .init(landlordOwesDebt: true) })
        #expect(decision.reasons == [RestrictionReason(clause: "7.2(d)(1)", message: "The customer is a tenant and the amount unpaid is owed by the landlord.")])
        // A tenant with neither applies is treated like anyone else
        #expect(check({ $0.tenancy = .init() }).isPermitted)
    }

    @Test func aLifeSupportCustomer_7_3b() {
        let decision = check({ $0.onSpecialNeedsRegister = true })
        #expect(decision.reasons.first?.message.contains("life support") == true)
    }

    @Test func theWholeAmountInDisputeBlocks_7_2e() {
        let decision = check({ $0.amountOwed = F.dollars("500"); $0.disputedAmountUnderOpenComplaint = F.dollars("500") })
        #expect(decision.clauses == ["7.2(a)", "7.2(e)"])
    }

    @Test func aDisputedPartIsNotCountedTowardsTheTwoHundredDollars_7_2e() {
        // $400 owed, $250 in dispute: $150 undisputed is under $200
        let under = check({ $0.amountOwed = F.dollars("400"); $0.disputedAmountUnderOpenComplaint = F.dollars("250") })
        #expect(under.clauses == ["7.2(a)"])
        #expect(under.reasons[0].message.contains("not in dispute, $150.00"))
        // $500 owed, $250 in dispute: the undisputed $250 may be pursued, and the decision says so
        let over = check({ $0.amountOwed = F.dollars("500"); $0.disputedAmountUnderOpenComplaint = F.dollars("250") })
        #expect(over.isPermitted)
        #expect(over.notes.last == "$250.00 is in dispute under an open complaint and is not counted (7.2(e)); restriction is for the undisputed $250.00 only.")
    }

    // MARK: - 7.3 timing and fire danger

    @Test("after 3.00 pm: 15:00:00 is not after, 15:00:01 is", arguments: [
        ("2025-05-13T14:59:59", true), ("2025-05-13T15:00", true), ("2025-05-13T15:00:01", false), ("2025-05-13T15:01", false),
        ("2025-05-13T14:59", true), ("2025-05-13T23:59", false), ("2025-05-13T00:00", true),
    ])
    func afterThreePM_7_3a(time: String, permitted: Bool) {
        let moment = F.time(time)
        let decision = check(Self.ready(for: moment.date), at: moment)
        #expect(decision.isPermitted == permitted)
        if !permitted { #expect(decision.clauses == ["7.3(a)"]) }
    }

    @Test("Friday and the weekend", arguments: ["2025-05-16", "2025-05-17", "2025-05-18"])
    func fridayAndWeekend_7_3a(day: String) {
        let moment = F.time("\(day)T10:00")
        #expect(check(Self.ready(for: moment.date), at: moment).clauses == ["7.3(a)"])
    }

    @Test func aPublicHolidayThatIsAlsoTheDayBeforeAHoliday_7_3a() {
        // Christmas Day 2025 (Thursday) is a holiday and the day before Boxing Day
        let moment = F.time("2025-12-25T10:00")
        let decision = check(Self.ready(for: moment.date), at: moment)
        #expect(decision.reasons.map(\.message) == ["It is a public holiday (Christmas Day).", "It is the day before a public holiday (Boxing Day)."])
    }

    @Test func thursdayBeforeGoodFriday_7_3a() {
        let moment = F.time("2025-04-17T10:00")
        let decision = check(Self.ready(for: moment.date), at: moment)
        #expect(decision.reasons == [RestrictionReason(clause: "7.3(a)", message: "It is the day before a public holiday (Good Friday).")])
    }

    @Test func threeOhOnePMOnTheDayBeforeAPublicHolidayGivesBothReasons_7_3a() {
        // Wed 24 Dec 2025 at 3:01 pm
        let moment = F.time("2025-12-24T15:01")
        let decision = check(Self.ready(for: moment.date), at: moment)
        #expect(decision.clauses == ["7.3(a)", "7.3(a)"])
        #expect(decision.reasons.map(\.message) == ["It is the day before a public holiday (Christmas Day).", "It is after 3.00 pm (15:01:00)."])
    }

    @Test func totalFireBanToday_7_3d() {
        let day = Self.tuesday.date
        #expect(check({ $0.totalFireBanDays = [day] }).clauses == ["7.3(d)"])
        #expect(check({ $0.totalFireBanDays = [day.adding(days: -1), day.adding(days: 1)] }).isPermitted)
    }

    @Test func everyReasonIsListedNotJustTheFirst_7_1_to_7_3() {
        // Given nothing done yet, on Good Friday after 3 pm, for a life-support tenant in hardship on a fire-ban day
        let moment = F.time("2025-04-18T16:00")
        let facts = RestrictionFacts(paymentPlan: .agreedAndKept, inHardship: true, amountOwed: F.dollars("150"),
                                     concessionApplicationOutstanding: true, urgsApplicationOutstanding: true,
                                     tenancy: .init(landlordOwesDebt: true, undecidedVCATClaim: true),
                                     disputedAmountUnderOpenComplaint: F.dollars("150"), onSpecialNeedsRegister: true,
                                     healthHazardNoted: true, totalFireBanDays: [moment.date])
        let decision = check(facts, at: moment)
        #expect(decision.clauses == ["7.1(a)", "7.1(b)", "7.1(c)", "7.1(d)", "7.1(e)", "5.6(c)", "7.2(a)", "7.2(b)", "7.2(c)",
                                     "7.2(d)(1)", "7.2(d)(2)", "7.2(e)", "7.3(a)", "7.3(a)", "7.3(a)", "7.3(a)", "7.3(b)", "7.3(c)", "7.3(d)"])
        #expect(decision.notes.isEmpty)
    }

    @Test func decisionsSurviveEncoding() throws {
        for decision in [check(Self.ready(for: Self.tuesday.date)), check({ $0.healthHazardNoted = true })] {
            #expect(try JSONDecoder().decode(RestrictionDecision.self, from: JSONEncoder().encode(decision)) == decision)
        }
    }
}
