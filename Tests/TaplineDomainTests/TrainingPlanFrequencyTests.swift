import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

@Suite("Plan instalments against a fortnightly capacity to pay (Charter 5.4)")
struct TrainingPlanFrequencyTests {
    @Test("an instalment is within $40.00 a fortnight when its yearly total is",
          arguments: [("weekly", "20.00", true), ("weekly", "20.01", false),
                      ("fortnightly", "40.00", true), ("fortnightly", "40.01", false),
                      ("monthly", "86.66", true), ("monthly", "86.67", false),
                      ("quarterly", "260.00", true), ("quarterly", "260.01", false)])
    func instalmentWithinCapacityByYearlyTotal_5_4(name: String, instalment: String, within: Bool) throws {
        let frequency = try #require(TrainingPlanFrequency(name: name))
        #expect(frequency.instalment(T.money(instalment), isWithinFortnightlyCapacity: T.money("40.00")) == within)
    }

    @Test("names are read whatever their case; others are refused", arguments: [
        ("Fortnightly", TrainingPlanFrequency?.some(.fortnightly)), ("MONTHLY", .monthly), ("daily", nil), ("", nil),
    ])
    func readsNames(name: String, frequency: TrainingPlanFrequency?) {
        #expect(TrainingPlanFrequency(name: name) == frequency)
    }

    @Test("fortnightly equivalent is rounded to the cent for showing", arguments: [
        (TrainingPlanFrequency.monthly, "86.67", "40.00"), (.monthly, "100.00", "46.15"), (.weekly, "25.00", "50.00"),
        (.quarterly, "100.00", "15.38"), (.fortnightly, "33.33", "33.33"),
    ])
    func fortnightlyEquivalent(frequency: TrainingPlanFrequency, instalment: String, perFortnight: String) {
        #expect(frequency.fortnightlyEquivalent(of: T.money(instalment)) == T.money(perFortnight))
    }
}
