import Testing
@testable import TaplineDomain

@Suite("Repeat offenders (Conduct policy: “repeat offenders”)")
struct ConductRepeatOffenderTests {
    static let now = ConductFixture.time("2026-03-02T10:00")
    static let insult: Set<ConductBehaviour> = [.insultingIntelligenceOrCharacter]

    static func earlier(_ id: String, at iso: String, account: String? = "1234567", name: String? = "Pat Smith",
                        behaviours: Set<ConductBehaviour> = insult) throws -> ConductIncident {
        try ConductFixture.incident(id: id, account: account, name: name, kind: account == nil ? .memberOfPublic : .accountHolder,
                                    behaviours: behaviours, at: ConductFixture.time(iso))
    }

    @Test("the window is 12 months before the incident", arguments: [
        ("2025-03-02T09:00", true),   // exactly 12 months before
        ("2025-03-01T23:59", false),  // a day over
        ("2026-03-02T09:59", true),   // earlier the same day
        ("2026-03-02T10:01", false),  // after the incident
    ])
    func windowEdges(iso: String, counts: Bool) throws {
        let incident = try ConductFixture.incident(id: "NOW", behaviours: Self.insult, at: Self.now)
        let other = try Self.earlier("OLD", at: iso)
        let found = RepeatOffender.earlierIncidents(for: incident, among: [other, incident])
        #expect(found.map(\.id) == (counts ? ["OLD"] : []))
        #expect(RepeatOffender.isRepeatOffender(incident, among: [other]) == counts)
    }

    @Test func leapDayIncidentLooksBackToTheEndOfFebruary() throws {
        let incident = try ConductFixture.incident(id: "LEAP", behaviours: Self.insult, at: ConductFixture.time("2028-02-29T12:00"))
        let inside = try Self.earlier("IN", at: "2027-02-28T08:00")
        let outside = try Self.earlier("OUT", at: "2027-02-27T08:00")
        #expect(RepeatOffender.earlierIncidents(for: incident, among: [inside, outside]).map(\.id) == ["IN"])
    }

    @Test func matchesSameAccountOrSameNamedPerson() throws {
        // Given a member of the public with no account, and earlier incidents
        let incident = try ConductFixture.incident(id: "NOW", account: nil, name: "pat  SMITH", kind: .memberOfPublic,
                                                   behaviours: Self.insult, at: Self.now)
        let samePerson = try Self.earlier("A", at: "2025-11-01T10:00", account: "999999")
        let otherPerson = try Self.earlier("B", at: "2025-12-01T10:00", account: "999999", name: "Lee Chan")
        let unnamed = try Self.earlier("C", at: "2026-01-01T10:00", account: nil, name: nil)
        // Then only the same named person counts (no account to match on)
        #expect(RepeatOffender.earlierIncidents(for: incident, among: [otherPerson, unnamed, samePerson]).map(\.id) == ["A"])

        // Given an account holder, the same account counts whatever the name
        let holder = try ConductFixture.incident(id: "H", account: "999999", name: "Someone Else", behaviours: Self.insult, at: Self.now)
        #expect(RepeatOffender.earlierIncidents(for: holder, among: [otherPerson, samePerson, unnamed]).map(\.id) == ["A", "B"])
    }

    @Test func frustrationOnlyIncidentsDoNotCount() throws {
        let incident = try ConductFixture.incident(id: "NOW", behaviours: Self.insult, at: Self.now)
        let frustrated = try Self.earlier("F", at: "2026-01-10T10:00", behaviours: [])
        #expect(!RepeatOffender.isRepeatOffender(incident, among: [frustrated]))
    }

    @Test func oldestFirst() throws {
        let incident = try ConductFixture.incident(id: "NOW", behaviours: Self.insult, at: Self.now)
        let others = try [Self.earlier("2", at: "2026-01-10T10:00"), Self.earlier("1", at: "2025-06-10T10:00")]
        #expect(RepeatOffender.earlierIncidents(for: incident, among: others).map(\.id) == ["1", "2"])
    }
}
