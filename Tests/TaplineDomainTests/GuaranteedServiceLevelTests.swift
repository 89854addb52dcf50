import Testing
@testable import TaplineDomain

/// Guaranteed Service Level rebates (Charter 13 and the Attachment), at every edge.
@Suite("GSL rebates (Charter 13, Attachment)")
struct GuaranteedServiceLevelTests {
    let gsl = GuaranteedServiceLevels.victoria

    func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }

    func planned(_ start: String, _ end: String?, notified: Int = 240, cause: InterruptionCause = .utility, id: String = "I-1") -> Interruption {
        Interruption(id: id, service: .water, planning: .planned(notifiedMinutes: notified), start: time(start), end: end.map(time), cause: cause)
    }

    func sewer(_ day: String, id: String, cause: InterruptionCause = .utility) -> Interruption {
        Interruption(id: id, service: .sewer, planning: .unplanned, start: time(day + "T10:00"), end: time(day + "T11:00"), cause: cause)
    }

    func kinds(_ interruptions: [Interruption], spills: [SewageSpill] = []) -> [GSLKind] {
        gsl.rebates(interruptions: interruptions, spills: spills).map(\.kind)
    }

    // MARK: - Peak hours: 5.00–9.00 am and 5.00–11.00 pm

    @Test(arguments: [
        ("2026-12-08T08:59", "2026-12-08T12:00", true),   // starts a minute inside the morning peak
        ("2026-12-08T09:00", "2026-12-08T12:00", false),  // starts as it ends
        ("2026-12-08T12:00", "2026-12-08T17:00", false),  // ends as the evening peak begins
        ("2026-12-08T12:00", "2026-12-08T17:01", true),
        ("2026-12-08T23:00", "2026-12-09T05:00", false),  // the whole night between peaks
        ("2026-12-08T23:00", "2026-12-09T05:01", true),   // into the next morning's
        ("2026-12-08T04:00", "2026-12-08T05:00", false),
    ])
    func aPlannedInterruptionInPeakHoursEarnsFiftyDollars_Attachment(start: String, end: String, earns: Bool) {
        let rebates = gsl.rebates(interruptions: [planned(start, end, notified: 24 * 60)], spills: [])
        #expect(rebates.contains { $0.kind == .plannedDuringPeakHours && $0.amount == Money(dollars: 50) } == earns)
    }

    // MARK: - Longer than notified

    @Test func aPlannedInterruptionAMinuteOverItsNoticeEarnsFiftyDollarsAndOnTimeDoesNot_Attachment() {
        #expect(kinds([planned("2026-12-08T10:00", "2026-12-08T14:00", notified: 240)]).isEmpty, "exactly the four hours given")
        #expect(kinds([planned("2026-12-08T10:00", "2026-12-08T14:01", notified: 240)]) == [.plannedLongerThanNotified])
    }

    @Test func bothPlannedRebatesCanBeEarnedByOneInterruption_Attachment() {
        let rebates = gsl.rebates(interruptions: [planned("2026-12-08T07:00", "2026-12-08T12:00", notified: 120)], spills: [])
        #expect(Set(rebates.map(\.kind)) == [.plannedDuringPeakHours, .plannedLongerThanNotified])
        #expect(rebates.map(\.amount).reduce(.zero, +) == Money(dollars: 100))
        #expect(rebates.allSatisfy { $0.eventID == "I-1" && $0.earnedOn == CivilDate(iso: "2026-12-08") })
    }

    @Test func anUnplannedOrStillRunningInterruptionEarnsNoPlannedRebate_Attachment() {
        let unplanned = Interruption(id: "U", service: .water, planning: .unplanned, start: time("2026-12-08T07:00"), end: time("2026-12-08T12:00"))
        #expect(kinds([unplanned]).isEmpty)
        #expect(kinds([planned("2026-12-08T07:00", nil, notified: 60)]).isEmpty, "not over yet: what it comes to is not known")
    }

    // MARK: - Not the customer's or a third party's doing (13)

    @Test(arguments: [InterruptionCause.customer, .thirdParty])
    func nothingIsPaidForWhatTheCustomerOrAThirdPartyCaused_13(cause: InterruptionCause) {
        #expect(kinds([planned("2026-12-08T07:00", "2026-12-08T12:00", notified: 60, cause: cause)]).isEmpty)
        let sewers = ["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05"].enumerated().map { sewer($1, id: "S\($0)", cause: cause) }
        #expect(kinds(sewers).isEmpty)
        let spill = SewageSpill(id: "P", notifiedAt: time("2026-12-08T10:00"), containedAt: time("2026-12-08T12:00"), cause: cause)
        #expect(kinds([], spills: [spill]).isEmpty)
    }

    // MARK: - More than three sewer interruptions in 12 months

    @Test func theFourthSewerInterruptionOnDay365EarnsFiftyDollarsAndOnDay366DoesNot_Attachment() {
        let three = ["2026-01-01", "2026-05-01", "2026-09-01"].enumerated().map { sewer($1, id: "S\($0 + 1)") }
        #expect(kinds(three).isEmpty, "three is not more than three")
        let day365 = sewer("2026-12-31", id: "S4")
        #expect(gsl.rebates(interruptions: three + [day365], spills: []) == [
            GSLRebate(kind: .sewerInterruptionsInTwelveMonths, amount: Money(dollars: 50), eventID: "S4", earnedOn: CivilDate(iso: "2026-12-31")!),
        ])
        let day366 = sewer("2027-01-01", id: "S4")
        #expect(kinds(three + [day366]).isEmpty, "the first has left the 12 months: three in them again")
    }

    @Test func eachSewerRebateNeedsFourOfItsOwn_Attachment() {
        let days = ["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05", "2026-05-05", "2026-06-05", "2026-07-05", "2026-08-05"]
        let eight = days.enumerated().map { sewer($1, id: "S\($0 + 1)") }
        #expect(gsl.rebates(interruptions: Array(eight.prefix(5)), spills: []).map(\.eventID) == ["S4"], "the fifth does not pay again")
        #expect(gsl.rebates(interruptions: eight, spills: []).map(\.eventID) == ["S4", "S8"])
    }

    // MARK: - A spill inside the house not contained within an hour

    @Test(arguments: [("2026-12-08T11:00", false), ("2026-12-08T11:01", true), ("2026-12-09T09:00", true)])
    func aSpillInsideContainedAfterMoreThanAnHourEarnsFiveHundredDollars_Attachment(contained: String, earns: Bool) {
        let spill = SewageSpill(id: "P", notifiedAt: time("2026-12-08T10:00"), containedAt: time(contained))
        #expect(gsl.rebates(interruptions: [], spills: [spill]).contains { $0.amount == Money(dollars: 500) } == earns)
    }

    @Test func aSpillNotYetContainedHasNoRebateYet_Attachment() {
        #expect(kinds([], spills: [SewageSpill(id: "P", notifiedAt: time("2026-12-08T10:00"), containedAt: nil)]).isEmpty)
    }

    // MARK: - On the next regular bill (13(b))

    @Test func aRebateGoesOnTheNextBillAfterItWasEarned_13b() {
        let rebate = GSLRebate(kind: .plannedDuringPeakHours, amount: Money(dollars: 50), eventID: "I-1", earnedOn: CivilDate(iso: "2026-12-08")!)
        let bills = ["2026-10-01", "2026-12-08", "2027-01-01", "2027-04-01"].compactMap(CivilDate.init(iso:))
        #expect(GuaranteedServiceLevels.bill(for: rebate, billDates: bills) == CivilDate(iso: "2027-01-01"), "not the bill of the same day")
        #expect(GuaranteedServiceLevels.bill(for: rebate, billDates: Array(bills.prefix(2))) == nil, "none issued yet")
    }

    @Test func aUtilitysOwnLevelsAreConfiguration_13() {
        var own = GuaranteedServiceLevels.victoria
        own.peakHourly = Money(dollars: 80)
        own.peakWindows = [(6 * 60)..<(8 * 60)]
        let early = planned("2026-12-08T05:30", "2026-12-08T06:00", notified: 60)
        #expect(own.rebates(interruptions: [early], spills: []).isEmpty, "before this utility's peak")
        #expect(own.rebates(interruptions: [planned("2026-12-08T07:30", "2026-12-08T08:00", notified: 60)], spills: []).map(\.amount) == [Money(dollars: 80)])
    }
}

/// What a caller reporting a fault is promised (Charter 8.2, 9.2).
@Suite("Fault standards (Charter 8.2, 9.2)")
struct FaultStandardsTests {
    let standards = FaultStandards.victoria

    @Test func attendanceIsTwentyFiveMinutesForWaterThirtyForSewerNinetyFiveForTheLowest_9_2b() {
        #expect(standards.attendanceMinutes(.burstOrLeak) == 25)
        #expect(standards.attendanceMinutes(.sewerSpillInside) == 30)
        #expect(standards.attendanceMinutes(.waterQuality) == 95)
    }

    @Test(arguments: [(20, 20), (25, 35), (32, 60), (40, 90), (50, 160)])
    func theMinimumFlowFollowsThePipeSize_8_2(diameter: Int, litres: Int) {
        #expect(standards.minimumFlowLitresPerMinute(pipeDiameter: diameter) == litres)
        #expect(standards.promise(for: .lowPressureOrFlow, pipeDiameter: diameter)
            .contains("A \(diameter) mm service must deliver at least \(litres) litres a minute at the meter (8.2)."))
    }

    @Test func aPipeSizeTheTableDoesNotListHasNoMinimumAndSaysSo_8_2() {
        #expect(standards.minimumFlowLitresPerMinute(pipeDiameter: 15) == nil)
        #expect(standards.promise(for: .lowPressureOrFlow, pipeDiameter: 15).contains { $0.contains("sets no minimum flow") })
    }

    @Test func aSpillIsPromisedContainmentWithinFiveHours_9_2d() {
        #expect(standards.promise(for: .sewerSpillOutside).contains("Every spill is contained within 5 hours (9.2(d))."))
        #expect(standards.promise(for: .noWater).contains("Supply is restored within 90 minutes on average (9.2(c))."))
    }
}
