import Testing
@testable import TaplineDomain

@Suite("Restoring a restricted service within 24 hours (Charter 7.4)")
struct RestrictionRemovalTests {
    typealias F = PlansFixtures

    @Test("24 elapsed hours in Melbourne, across daylight saving changes", arguments: [
        ("2025-05-13T10:00", "2025-05-14T10:00"),
        ("2025-10-04T10:00", "2025-10-05T11:00"),   // clocks go forward at 2 am on Sun 5 Oct 2025
        ("2025-04-05T10:00", "2025-04-06T09:00"),   // clocks go back at 3 am on Sun 6 Apr 2025
    ])
    func restoreWithin24Hours_7_4(aware: String, deadline: String) {
        #expect(RestrictorRemoval.restoreBy(becameAwareAt: F.time(aware), zone: .melbourne) == F.time(deadline))
    }
}
