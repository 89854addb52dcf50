import Testing
@testable import TaplineDomain

/// Issue 13 item 6: moving out (Charter 14.11(a): charges go on until 48 hours after the
/// notice), moving in and changing owner, and the new customer's charter summary (14.17(b)).
@Suite("Moving out (14.11(a)), moving in and the charter summary (14.17(b))")
struct MovingTests {
    static let calendar = BusinessCalendar()
    static let today = CivilDate(year: 2026, month: 12, day: 1)!
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func at(_ iso: String, _ hour: Int = 10) -> LocalDateTime { LocalDateTime(date: date(iso), hour: hour) }
    static let forwarding = Address(lines: ["4 New Rd"], suburb: "Gisborne", postcode: "3437")

    static func moveOut(on day: String, toldOn told: String) -> MoveOut {
        MoveOut(movingOutOn: date(day), notifiedAt: at(told), forwardingAddress: forwarding, calendar: calendar)
    }

    // MARK: - 14.11(a): 48 hours' notice

    @Test func toldMoreThan48HoursAheadTheChargesEndOnTheDayTheyLeave_14_11a() {
        let out = Self.moveOut(on: "2026-12-04", toldOn: "2026-12-01")
        #expect(out.chargesEndOn == Self.date("2026-12-04"))
        #expect(out.finalReadingOn == Self.date("2026-12-04"))
        #expect(!out.chargedPastMoveOut)
    }

    @Test func toldExactly48HoursAheadTheChargesStillEndOnTheDayTheyLeave_14_11a() {
        let out = Self.moveOut(on: "2026-12-03", toldOn: "2026-12-01")
        #expect(out.chargesEndOn == Self.date("2026-12-03"))
        #expect(!out.chargedPastMoveOut)
    }

    @Test func toldLessThan48HoursAheadTheChargesRunTo48HoursAfterTheNotice_14_11a() {
        let out = Self.moveOut(on: "2026-12-02", toldOn: "2026-12-01")
        #expect(out.chargesEndOn == Self.date("2026-12-03"))
        #expect(out.chargedPastMoveOut)
    }

    @Test func toldAfterLeavingTheChargesRunTo48HoursAfterTheNotice_14_11a() {
        let out = Self.moveOut(on: "2026-11-23", toldOn: "2026-12-01")
        #expect(out.chargesEndOn == Self.date("2026-12-03"))
        #expect(out.chargedPastMoveOut)
    }

    @Test func theFinalReadingPromisedIsABusinessDay_14_11a() {
        // Charges end on a Saturday: the reading is on the Monday.
        #expect(Self.moveOut(on: "2026-12-05", toldOn: "2026-12-01").finalReadingOn == Self.date("2026-12-07"))
        // Charges end on Christmas Day: past the weekend and the Boxing Day holiday (Mon 28 Dec).
        let christmas = Self.moveOut(on: "2026-12-25", toldOn: "2026-12-01")
        #expect(christmas.finalReadingOn == Self.date("2026-12-29"))
        #expect(Self.calendar.isBusinessDay(christmas.finalReadingOn))
    }

    @Test func theFinalBillEstimatesServiceChargesPerDayToTheEndOfCharges_14_11a() throws {
        let address = Address(lines: ["1 A St"], suburb: "Sunbury", postcode: "3429")
        let usage = UsagePeriod(start: Self.date("2026-08-01"), end: Self.date("2026-10-30"), litres: 30_000, meterRead: .actual(Self.date("2026-10-30")))
        let bill = try Bill(issueDate: Self.date("2026-11-02"), dueDate: Self.date("2026-11-30"), accountNumber: "1000000001",
                            billingAddress: address, propertyAddress: address, usage: usage, previousBillAmount: .zero,
                            paymentsSinceLastBill: .zero,
                            charges: [Charge(kind: .serviceCharge, service: .water, description: "Water service", amount: Money(cents: 9_100)),
                                      Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(cents: 7_000))],
                            concessionApplied: .zero)
        // 91 days billed at $91.00 of service charges: $1.00 a day, 34 days from 31 Oct to 3 Dec.
        let out = Self.moveOut(on: "2026-12-03", toldOn: "2026-12-01")
        #expect(out.estimatedServiceCharges(after: bill) == Money(cents: 3_400))
        #expect(out.estimatedServiceCharges(after: nil) == .zero)
    }

    // MARK: - 14.17(b): the charter summary within one month

    @Test func theCharterSummaryIsDueWithinAMonthOnABusinessDay_14_17b() {
        // 1 Jan 2027 is New Year's Day: the last business day before it.
        #expect(MoveIn.charterSummaryDue(becameCustomerOn: Self.date("2026-12-01"), calendar: Self.calendar) == Self.date("2026-12-31"))
        // 31 Jan → the last day of February, a Sunday → Friday 26 Feb.
        #expect(MoveIn.charterSummaryDue(becameCustomerOn: Self.date("2027-01-31"), calendar: Self.calendar) == Self.date("2027-02-26"))
    }

    @Test func aCustomerRecordedAfterMovingInIsOwedItAMonthFromTheRecord_14_17b() {
        let into = MoveIn(customers: [Customer(name: "Ana Lee", isPrimary: true)], occupancy: .tenant,
                          movingInOn: Self.date("2026-11-20"), today: Self.today, calendar: Self.calendar)
        #expect(into.charterSummaryDue == Self.date("2026-12-31"))
    }

    @Test func theCharterSummaryIsDueThenOverdueUntilSent_14_17b() {
        var notice = CharterSummaryNotice(accountNumber: "1000000002", customerName: "Ana Lee", due: Self.date("2026-12-31"))
        #expect(notice.status(on: Self.date("2026-12-31")) == .due(by: Self.date("2026-12-31")))
        #expect(notice.status(on: Self.date("2027-01-01")) == .overdue(since: Self.date("2027-01-01")))
        #expect(notice.summary(on: Self.date("2027-01-04")).contains("OVERDUE since Thu 31 Dec 2026"))
        notice.sentOn = Self.date("2027-01-04")
        #expect(notice.status(on: Self.date("2027-02-01")) == .sent(on: Self.date("2027-01-04")))
    }

    // MARK: - What a move may be

    @Test func aMoveDayIsADateWithinAYearBackAnd90DaysAhead() {
        #expect(MovingRules.dayProblem("2026-12-04", today: Self.today) == nil)
        #expect(MovingRules.dayProblem("", today: Self.today) == "the day of the move is required (YYYY-MM-DD)")
        #expect(MovingRules.dayProblem("4/12/2026", today: Self.today)?.contains("“4/12/2026” is not a date") == true)
        #expect(MovingRules.dayProblem("2026-02-30", today: Self.today)?.contains("is not a date") == true)
        #expect(MovingRules.dayProblem("2025-12-01", today: Self.today) == nil)
        #expect(MovingRules.dayProblem("2025-11-30", today: Self.today)?.contains("collections team") == true)
        #expect(MovingRules.dayProblem("2027-03-01", today: Self.today) == nil)
        #expect(MovingRules.dayProblem("2027-03-02", today: Self.today)?.contains("at most 90 days ahead") == true)
    }

    @Test func aNewCustomerMovesInOnOrAfterTheLastMovedOut() {
        let out = Self.moveOut(on: "2026-12-04", toldOn: "2026-12-01")
        #expect(MovingRules.moveInProblem(movingInOn: Self.date("2026-12-04"), previousMoveOut: out) == nil)
        #expect(MovingRules.moveInProblem(movingInOn: Self.date("2026-12-03"), previousMoveOut: out)
                == "the last customer moved out on Fri 4 Dec 2026: the new one moves in on or after that day")
    }

    @Test func aMoveInNeedsTheLastCustomerGoneAndAMoveOutHappensOnce() {
        let out = Self.moveOut(on: "2026-12-04", toldOn: "2026-12-01")
        let into = MoveIn(customers: [Customer(name: "Ana Lee", isPrimary: true)], occupancy: .tenant,
                          movingInOn: Self.date("2026-12-04"), today: Self.today, calendar: Self.calendar)
        #expect(MovingRules.accountProblem(.moveIn(into), recordedMoveOut: nil)?.contains("record their move out first") == true)
        #expect(MovingRules.accountProblem(.moveIn(into), recordedMoveOut: out) == nil)
        #expect(MovingRules.accountProblem(.moveOut(out), recordedMoveOut: nil) == nil)
        #expect(MovingRules.accountProblem(.moveOut(out), recordedMoveOut: out) == "this customer already moved out on Fri 4 Dec 2026")
        #expect(MovingRules.accountProblem(.changeOfCustomer(out, into), recordedMoveOut: out) != nil)
        #expect(PropertyMove.changeOfCustomer(out, into).name == "change of tenant")
    }

    @Test func theReadBackSaysTheReadingTheLateNoticeTheBillAndTheSummary_14_11a_14_17b() {
        let account = Account(accountNumber: "1000000001", billingAddress: Self.forwarding,
                              customers: [Customer(name: "Zoë Ng", isPrimary: true)],
                              property: Property(address: Self.forwarding, servicePipeSizeMillimetres: 20, occupancy: .tenant))
        var incoming = account
        incoming.accountNumber = "1000000002"
        let out = Self.moveOut(on: "2026-12-02", toldOn: "2026-12-01")
        let into = MoveIn(customers: [Customer(name: "Ana Lee", isPrimary: true)], occupancy: .owner,
                          movingInOn: Self.date("2026-12-02"), today: Self.today, calendar: Self.calendar)
        let lines = MoveReceipt(outgoing: account, incoming: incoming, move: .changeOfCustomer(out, into)).readBack
        #expect(lines == ["Moving out Wed 2 Dec 2026; final meter reading Thu 3 Dec 2026.",
                          "Told us under 48 hours before: charges continue to Thu 3 Dec 2026 (14.11(a)).",
                          "Final bill to 4 New Rd, Gisborne VIC 3437.",
                          "Ana Lee (owner) from Wed 2 Dec 2026: account 1000000002.",
                          "Charter summary (14.17(b)) to be sent by Thu 31 Dec 2026."])
    }
}
