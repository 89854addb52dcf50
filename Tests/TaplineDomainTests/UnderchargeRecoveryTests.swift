import Testing
@testable import TaplineDomain

@Suite("Recovering an undercharge (Charter 4.8)")
struct UnderchargeRecoveryTests {
    typealias F = PlansFixtures

    func period(_ from: String, _ through: String, _ amount: String) -> UnderchargedPeriod {
        UnderchargedPeriod(from: F.date(from), through: F.date(through), amount: F.dollars(amount))
    }

    func recover(_ periods: [UnderchargedPeriod], notified: String, illegalUse: Bool = false,
                 instalments: Int? = nil) throws(PlanRefusal) -> UnderchargeRecovery {
        try UnderchargeRecovery.calculate(periods: periods, notifiedOn: F.date(notified), illegalUse: illegalUse,
                                          firstInstalment: F.date("2025-07-01"), instalments: instalments, calendar: F.calendar)
    }

    @Test func recentUnderchargeRepaidOverTheSameNumberOfMonths_4_8c() throws {
        // Given $600.00 undercharged from 1 Nov 2024 to 30 Apr 2025, the customer told on 2 Jun 2025
        let recovery = try recover([period("2024-11-01", "2025-04-30", "600")], notified: "2025-06-02")
        // Then all of it is recoverable, over up to six months: six monthly instalments of $100.00
        #expect(recovery.recoverable == F.dollars("600"))
        #expect(recovery.repaymentMonthsAllowed == 6)
        #expect(recovery.schedule.instalments.map(\.amount) == Array(repeating: F.dollars("100"), count: 6))
        #expect(recovery.schedule.request.frequency == .monthly)
    }

    @Test func onlyTheTwelveMonthsBeforeNoticeAreRecoverable_4_8a() throws {
        // Given $732.00 undercharged over 2024 (366 days, $2.00 a day), the customer told on 1 Mar 2025
        let recovery = try recover([period("2024-01-01", "2024-12-31", "732")], notified: "2025-03-01")
        // Then only 1 Mar – 31 Dec 2024 counts: 306 days, $612.00, repayable over up to 10 months
        #expect(recovery.recoverable == F.dollars("612"))
        #expect(recovery.amountUndercharged == F.dollars("732"))
        #expect(recovery.countedFrom == F.date("2024-03-01"))
        #expect(recovery.countedThrough == F.date("2024-12-31"))
        #expect(recovery.repaymentMonthsAllowed == 10)
        #expect(recovery.explanation.contains("Only the $612.00 undercharged in the 12 months before we told you on Sat 1 Mar 2025 is charged; $120.00 is not"))
    }

    @Test func aStraddlingPeriodCountsItsDaysInsideRoundedDownInTheCustomersFavour_4_8a() throws {
        // Given $1.00 over three days (27-29 Feb 2024) and $50.00 in June 2024, the customer told on 28 Feb 2025
        let recovery = try recover([period("2024-02-27", "2024-02-29", "1"), period("2024-06-01", "2024-06-30", "50")],
                                   notified: "2025-02-28")
        // 28 Feb 2025 less 12 months is 28 Feb 2024: two of the three days count (66.66… cents → 66)
        #expect(recovery.recoverable == Money(cents: 66) + F.dollars("50"))
    }

    @Test func underchargingOnOrAfterNoticeIsNotPriorToIt_4_8a() throws {
        let recovery = try recover([period("2025-05-01", "2025-06-30", "61")], notified: "2025-06-01")
        #expect(recovery.recoverable == F.dollars("31"))   // May only: 31 of 61 days at $1.00 a day
        #expect(recovery.countedThrough == F.date("2025-05-31"))
    }

    @Test func repaymentIsCappedAtTwelveMonths_4_8c() throws {
        // Given illegal use over two years: all of it is recoverable, but repayment still runs up to 12 months
        let recovery = try recover([period("2023-05-01", "2025-04-30", "2400")], notified: "2025-06-02", illegalUse: true)
        #expect(recovery.recoverable == F.dollars("2400"))
        #expect(recovery.repaymentMonthsAllowed == 12)
        #expect(recovery.schedule.instalments.count == 12)
        #expect(recovery.explanation.contains("illegal use"))
    }

    @Test func theCustomerMayChooseFewerInstalmentsButNotMore_4_8c() throws {
        let periods = [period("2024-11-01", "2025-04-30", "600")]
        #expect(try recover(periods, notified: "2025-06-02", instalments: 2).schedule.instalments.count == 2)
        let error = #expect(throws: PlanRefusal.self) { try recover(periods, notified: "2025-06-02", instalments: 7) }
        #expect(error?.message == "the undercharge can be repaid in 1 to 6 monthly instalments (Charter 4.8(c)); 7 were asked for")
    }

    @Test func aSingleDayIsOneMonth_4_8c() throws {
        #expect(try recover([period("2025-05-20", "2025-05-20", "15")], notified: "2025-06-02").repaymentMonthsAllowed == 1)
    }

    @Test("refuses what cannot be recovered", arguments: [
        ("2023-01-01", "2023-12-31", "100", "more than 12 months before"),
        ("2025-03-01", "2025-02-01", "100", "cannot end"),
        ("2025-01-01", "2025-01-31", "0", "more than $0.00"),
    ])
    func refuses_4_8a(from: String, through: String, amount: String, mentions: String) {
        let error = #expect(throws: PlanRefusal.self) { try recover([period(from, through, amount)], notified: "2025-06-02") }
        #expect(error?.message.contains(mentions) == true)
    }

    @Test func refusesNoPeriods_4_8() {
        #expect(throws: PlanRefusal.self) { try recover([], notified: "2025-06-02") }
    }
}
