import Testing
@testable import TaplineDomain

/// Issue 13 item 7: what a bill shows of its meter readings and tariff (Charter 4.5(d), 4.6),
/// and the rules for special readings (4.3), meter tests (11.1) and their adjustment (4.8),
/// and billing histories (14.8).
@Suite("Bill and meter enquiries (4.3, 4.5(d), 4.6, 4.8, 11.1, 14.8)")
struct MeterTests {
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    func date(_ iso: String) -> CivilDate { Self.date(iso) }
    static let calendar = BusinessCalendar.victoria

    // MARK: - Tariff and readings on a bill

    @Test func aUsageChargeIsKilolitresTimesTheRateRoundedDownToTheCent_4_6b() {
        let pricing = UsagePricing(litres: 182_000, rate: UsageRate(tenThousandthsPerKilolitre: 26_354))
        #expect(pricing.amount == Money(cents: 47_964))  // 479.6428 → 479.64
        #expect(pricing.working == "182 kL × $2.6354/kL = $479.64")
        #expect(UsageRate(tenThousandthsPerKilolitre: 26_359).charge(litres: 1_000) == Money(cents: 263))  // 2.6359 → 2.63
        #expect(kilolitresText(182_345) == "182.345 kL")
        #expect(kilolitresText(182_050) == "182.05 kL")
    }

    @Test func aChargeMadeFromItsTariffCarriesTheAmountItsLitresAndRateMake_4_6b() {
        let charge = Charge.usage(service: .water, description: "Water usage",
                                  pricing: UsagePricing(litres: 10_500, rate: UsageRate(tenThousandthsPerKilolitre: 33_000)))
        #expect(charge.kind == .usageCharge)
        #expect(charge.amount == Money(cents: 3_465))
        #expect(charge.pricing?.litres == 10_500)
    }

    @Test func steppedWaterPricesSplitThePeriodsLitresByDailyUse_4_6b() {
        // 100 days at 440 and 880 L/day: the first 44,000 L at step 1, the next 44,000 at step 2.
        let usage = UsagePeriod(start: date("2026-01-01"), end: date("2026-04-10"), litres: 100_000, meterRead: .actual(date("2026-04-10")))
        let lines = Tariff.victorianDefault.waterUsageCharges(for: usage)
        #expect(lines.map { $0.description } == ["Water usage, step 1", "Water usage, step 2", "Water usage, step 3"])
        #expect(lines.compactMap { $0.pricing?.litres } == [44_000, 44_000, 12_000])
        #expect(lines.compactMap { $0.pricing?.litres }.reduce(0, +) == usage.litres)
        #expect(lines.map { $0.amount } == [Money(cents: 11_595), Money(cents: 14_763), Money(cents: 5_955)])
        let light = UsagePeriod(start: date("2026-01-01"), end: date("2026-04-10"), litres: 30_000, meterRead: .estimated)
        #expect(Tariff.victorianDefault.waterUsageCharges(for: light).count == 1)
    }

    @Test func sewageDisposalIsChargedOnTheDischargeShare_4_6b() {
        let usage = UsagePeriod(start: date("2026-01-01"), end: date("2026-04-10"), litres: 100_001, meterRead: .estimated)
        let charge = Tariff.victorianDefault.sewageDisposalCharge(for: usage)
        #expect(charge.pricing?.litres == 90_000)
        #expect(charge.amount == Money(cents: 11_250))
    }

    @Test func kilolitresUsedIsCurrentLessPreviousAndAgreesWithTheLitresBilled_4_5d() throws {
        let first = try AccountFixtures.bill(issued: "2025-04-05", due: "2025-05-03",
                                             usage: UsagePeriod(start: date("2024-12-01"), end: date("2025-03-31"), litres: 48_000,
                                                                meterRead: .estimated, closingRegisterLitres: 600_000))
        let second = try AccountFixtures.bill(issued: "2025-08-05", due: "2025-09-03",
                                              usage: UsagePeriod(start: date("2025-04-01"), end: date("2025-07-31"), litres: 182_345,
                                                                 meterRead: .actual(date("2025-07-31")), closingRegisterLitres: 782_345))
        let readings = Bill.readings(of: [first, second])
        #expect(readings[1]?.previous == MeterReading(registerLitres: 600_000, read: .estimated))
        #expect(readings[1]?.current == MeterReading(registerLitres: 782_345, read: .actual(date("2025-07-31"))))
        #expect(readings[1]?.litresUsed == second.usage.litres)
        #expect(readings[0]?.previous.read == nil)  // the read before the first bill on record is unknown
        #expect(try AccountFixtures.bill().readings(after: nil) == nil)  // stored before registers were
    }

    // MARK: - 4.3 special readings

    @Test func aSpecialReadingIsChargedOnlyForAMeterOf32mmOrLarger_4_3() {
        let tariff = Tariff.victorianDefault
        #expect(MeterRules.specialReadingCharge(way: .reading, meterMillimetres: 20, tariff: tariff) == .zero)
        #expect(MeterRules.specialReadingCharge(way: .reading, meterMillimetres: 25, tariff: tariff) == .zero)
        #expect(MeterRules.specialReadingCharge(way: .reading, meterMillimetres: 32, tariff: tariff) == tariff.specialReadingFee)
        #expect(MeterRules.specialReadingCharge(way: .reading, meterMillimetres: 50, tariff: tariff) == Money(cents: 6_550))
    }

    @Test func anEstimatedBillInsteadIsAlwaysFree_4_3b() {
        #expect(MeterRules.specialReadingCharge(way: .estimatedBill, meterMillimetres: 50, tariff: .victorianDefault) == .zero)
        #expect(MeterRules.specialReadingChargeText(way: .estimatedBill, meterMillimetres: 50, tariff: .victorianDefault)
                == "no charge: an estimated bill (4.3(b))")
    }

    // MARK: - 11.1 meter tests and 4.8 adjustment

    static func billWithUsage(_ issued: String, usageCents: Int64) throws -> Bill {
        let issue = date(issued)
        return try Bill(issueDate: issue, dueDate: issue.adding(days: 28), accountNumber: "1000000001", billingAddress: AccountFixtures.sunbury,
                        propertyAddress: AccountFixtures.sunbury,
                        usage: UsagePeriod(start: issue.adding(days: -120), end: issue.adding(days: -4), litres: 100_000, meterRead: .estimated),
                        previousBillAmount: .zero, paymentsSinceLastBill: .zero,
                        charges: [Charge(kind: .serviceCharge, service: .water, description: "Water service charge", amount: Money(cents: 7_092)),
                                  Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(cents: usageCents))],
                        concessionApplied: .zero)
    }

    @Test func aMeterReadingHighGivesBackTheOverchargeOnTheLastTwelveMonthsUsage_11_1c_4_8() throws {
        let bills = [try Self.billWithUsage("2025-08-05", usageCents: 99_999),  // over 12 months before: not adjusted
                     try Self.billWithUsage("2026-04-05", usageCents: 30_000),
                     try Self.billWithUsage("2026-08-05", usageCents: 40_000),
                     try Self.billWithUsage("2026-12-01", usageCents: 34_500)]
        let over = MeterRules.overcharge(bills: bills, highByBasisPoints: 450, decidedOn: Self.date("2026-12-09"))
        #expect(over.bills == 3)
        #expect(over.usageCharges == Money(cents: 104_500))
        // $1,045.00 × 4.5 / 104.5 = $45.00 exactly; a remainder rounds up, in the customer's favour.
        #expect(over.amount == Money(cents: 4_500))
        #expect(MeterRules.overcharge(bills: bills, highByBasisPoints: 300, decidedOn: Self.date("2026-12-09")).amount == Money(cents: 3_044))
    }

    @Test func readingHighTheTestIsFreeAndTheCustomerToldWithinTenBusinessDays_11_1_4_8a() throws {
        let bills = [try Self.billWithUsage("2026-08-05", usageCents: 104_500)]
        let outcome = MeterRules.outcome(.readingHigh, highByBasisPoints: 450, instruction: .credit, chargeFee: true,
                                         decidedOn: Self.date("2026-12-21"), bills: bills, tariff: .victorianDefault, calendar: Self.calendar)
        #expect(outcome.charge == .zero)
        #expect(outcome.adjustment == Money(cents: 4_500))
        #expect(outcome.credited == Money(cents: 4_500))
        // Christmas, Boxing Day (observed Mon 28) and New Year's Day are not business days.
        #expect(outcome.informBy == Self.date("2027-01-07"))
        #expect(Self.calendar.isBusinessDay(outcome.informBy!))
    }

    @Test func anOverchargeRefundedIsNotAlsoCreditedToTheBalance_4_8b() throws {
        let bills = [try Self.billWithUsage("2026-08-05", usageCents: 104_500)]
        let outcome = MeterRules.outcome(.readingHigh, highByBasisPoints: 450, instruction: .refund, chargeFee: true,
                                         decidedOn: Self.date("2026-12-09"), bills: bills, tariff: .victorianDefault, calendar: Self.calendar)
        #expect(outcome.adjustment == Money(cents: 4_500))
        #expect(outcome.credited == .zero)
        #expect(outcome.summary.contains("$45.00 to refund (4.8)"))
    }

    @Test func anAccurateMeterMayBeChargedTheConfiguredFeeOrHaveItWaived_11_1() {
        let tariff = Tariff.victorianDefault
        let charged = MeterRules.outcome(.accurate, highByBasisPoints: 0, instruction: .credit, chargeFee: true,
                                         decidedOn: Self.date("2026-12-09"), bills: [], tariff: tariff, calendar: Self.calendar)
        #expect(charged.charge == tariff.meterTestFee)
        #expect(charged.adjustment == .zero)
        let waived = MeterRules.outcome(.readingLow, highByBasisPoints: 0, instruction: .credit, chargeFee: false,
                                        decidedOn: Self.date("2026-12-09"), bills: [], tariff: tariff, calendar: Self.calendar)
        #expect(waived.charge == .zero)
        let test = MeterRequest(id: 1, kind: .meterTest, requestedOn: Self.date("2026-12-02"), meterMillimetres: 20, outcome: charged)
        #expect(test.balanceChange == tariff.meterTestFee)
    }

    @Test func anIndependentTestFollowsAFirstTestThatFoundTheMeterAccurate_11_1() {
        let accurate = MeterTestOutcome(finding: .accurate, decidedOn: Self.date("2026-12-09"))
        let high = MeterTestOutcome(finding: .readingHigh, decidedOn: Self.date("2026-12-09"), highByBasisPoints: 300)
        func test(_ outcome: MeterTestOutcome?) -> MeterRequest {
            MeterRequest(id: 1, kind: .meterTest, requestedOn: Self.date("2026-12-02"), meterMillimetres: 20, outcome: outcome)
        }
        #expect(MeterRules.independentTestProblem(after: test(accurate)) == nil)
        #expect(MeterRules.independentTestProblem(after: test(nil)) == "record the first test's outcome before an independent test")
        #expect(MeterRules.independentTestProblem(after: test(high)) != nil)
    }

    @Test func anOutcomeIsRecordedOnceAndNeverBeforeTheRequestOrAfterToday_11_1() {
        let test = MeterRequest(id: 1, kind: .meterTest, requestedOn: Self.date("2026-12-02"), meterMillimetres: 20)
        let today = Self.date("2026-12-09")
        #expect(MeterRules.outcomeProblem(MeterTestOutcome(finding: .accurate, decidedOn: today), on: test, today: today) == nil)
        #expect(MeterRules.outcomeProblem(MeterTestOutcome(finding: .accurate, decidedOn: Self.date("2026-12-01")), on: test, today: today) != nil)
        #expect(MeterRules.outcomeProblem(MeterTestOutcome(finding: .accurate, decidedOn: Self.date("2026-12-10")), on: test, today: today) != nil)
        #expect(MeterRules.outcomeProblem(MeterTestOutcome(finding: .readingHigh, decidedOn: today), on: test, today: today)
                == "say by how much the meter reads high (a percentage above 0)")
        var decided = test
        decided.outcome = MeterTestOutcome(finding: .accurate, decidedOn: today)
        #expect(MeterRules.outcomeProblem(MeterTestOutcome(finding: .accurate, decidedOn: today), on: decided, today: today)
                == "this test's outcome is already recorded")
    }

    @Test func aTestIsBookedOnABusinessDayFromToday_11_1() {
        let today = Self.date("2026-12-02")
        #expect(MeterRules.bookingProblem(Self.date("2026-12-08"), today: today, calendar: Self.calendar) == nil)
        #expect(MeterRules.bookingProblem(Self.date("2026-12-05"), today: today, calendar: Self.calendar)?.contains("not a business day") == true)
        #expect(MeterRules.bookingProblem(Self.date("2026-12-25"), today: today, calendar: Self.calendar)?.contains("not a business day") == true)
        #expect(MeterRules.bookingProblem(Self.date("2026-12-01"), today: today, calendar: Self.calendar)?.contains("before today") == true)
    }

    @Test func percentagesAreTypedToTwoDecimals() {
        #expect(MeterRules.basisPoints("4.5") == 450)
        #expect(MeterRules.basisPoints("4.50%") == 450)
        #expect(MeterRules.basisPoints("12") == 1_200)
        #expect(MeterRules.basisPoints("0") == nil)
        #expect(MeterRules.basisPoints("4.555") == nil)
        #expect(MeterRules.basisPoints("four") == nil)
        #expect(MeterRules.percentText(450) == "4.50%")
    }

    // MARK: - 14.8 billing history

    @Test func aBillingHistoryIsDueTenBusinessDaysAfterTheRequest_14_8() {
        let due = MeterRules.historyDue(requestedOn: Self.date("2026-12-02"), calendar: Self.calendar)
        #expect(due == Self.date("2026-12-16"))
        #expect(MeterRules.historyDue(requestedOn: Self.date("2026-12-21"), calendar: Self.calendar) == Self.date("2027-01-07"))
        #expect(MeterRules.historyYearsProblem(3) == nil)
        #expect(MeterRules.historyYearsProblem(0) != nil)
        #expect(MeterRules.historyYearsProblem(8) != nil)
    }

    @Test func aBillingHistoryCoversTheYearsAskedWithEachBillChargeAndPayment_14_8() throws {
        let old = try Self.billWithUsage("2023-08-05", usageCents: 10_000)
        let recent = try Self.billWithUsage("2026-08-05", usageCents: 20_000)
        let payments = [Payment(date: Self.date("2023-09-01"), amount: Money(cents: 5_000), method: .internet),
                        Payment(date: Self.date("2026-08-20"), amount: Money(cents: 27_092), method: .internet)]
        let history = BillingHistory(accountNumber: "1000000001", bills: [old, recent], payments: payments, years: 3,
                                     today: Self.date("2026-12-02"))
        #expect(history.from == Self.date("2023-12-02"))
        #expect(history.rows.map { $0[1] } == ["bill", "charge", "charge", "payment"])
        #expect(history.rows[0][11] == "270.92")
        #expect(history.rows[3][11] == "-270.92")
        #expect(history.rows.allSatisfy { $0.count == BillingHistory.header.count })
        let five = BillingHistory(accountNumber: "1000000001", bills: [old, recent], payments: payments, years: 5, today: Self.date("2026-12-02"))
        #expect(five.rows.filter { $0[1] == "bill" }.count == 2)
    }
}
