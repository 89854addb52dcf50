import Foundation
import Testing
@testable import TaplineDomain

/// A level is a person, not a label: who may record a decision at each level (Charter 3.1(d)(1)).
@Suite("Complaint authority: who decides at each level (Charter 3.1(d)(1))")
struct ComplaintAuthorityTests {
    typealias F = ComplaintFixtures

    static let agent = ComplaintResponder(user: "ajones", name: "Amy Jones", role: .agent)
    static let supervisor = ComplaintResponder(user: "proe", name: "Pat Roe", role: .supervisor)
    static let manager = ComplaintResponder(user: "slee", name: "Sam Lee", role: .supervisor, holds: .manager)

    func escalated(to level: EscalationLevel) throws -> Complaint {
        try F.logged().escalated(to: level, at: F.time("2026-03-03T09:00"), by: "ajones")
    }

    @Test func anAgentMayDecideAtTheFirstLevel_3_1d1() throws {
        let decided = try F.logged().responding(at: F.time("2026-03-03T10:00"), by: Self.agent, text: "Refund", reasons: "Misread")
        #expect(decided.latestResponse?.decider == ComplaintDecider(name: "Amy Jones", level: .frontline, capacity: .holder,
                                                                    ownTitle: "Customer Service Officer"))
        #expect(decided.latestResponse?.decidedBy == "Amy Jones, Customer Service Officer")
    }

    @Test("an agent holding no level is refused above the first", arguments: [EscalationLevel.teamLeader, .manager, .generalManager])
    func anAgentCannotRecordAnEscalatedDecision_3_1d1(level: EscalationLevel) throws {
        let complaint = try escalated(to: level)
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(level, role: .agent)) {
            try complaint.responding(at: F.time("2026-03-03T10:00"), by: Self.agent, text: "Upheld", reasons: "Readings agree")
        }
        // The plain-name form is an agent holding no level: refused the same way
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(level, role: .agent)) {
            try complaint.responding(at: F.time("2026-03-03T10:00"), by: "ajones", text: "Upheld", reasons: "Readings agree")
        }
        #expect(ComplaintRefusal.notAuthorisedAtLevel(.generalManager, role: .agent).message
                == "a decision at General Manager level is recorded by the General Manager, or by a supervisor on their behalf; you are an agent (Charter 3.1(d)(1))")
    }

    @Test func aTrainerHoldingNoLevelIsRefusedAboveTheFirst_3_1d1() throws {
        let trainer = ComplaintResponder(user: "tkim", role: .trainer)
        #expect(!ComplaintAuthority.mayDecide(at: .teamLeader, responder: trainer))
        #expect(ComplaintAuthority.mayDecide(at: .frontline, responder: trainer))
    }

    @Test func theHolderOfTheLevelDecidesInTheirOwnName_3_1d1() throws {
        let decided = try escalated(to: .manager)
            .responding(at: F.time("2026-03-03T10:00"), by: Self.manager, text: "Credit", reasons: "Estimate was high")
        #expect(decided.latestResponse?.decidedBy == "Sam Lee, Manager")
        #expect(decided.latestResponse?.decider?.capacity == .holder)
    }

    @Test func aSupervisorDecidesOnTheLevelsBehalfNamedAsSuch_3_1d1() throws {
        let decided = try escalated(to: .generalManager)
            .responding(at: F.time("2026-03-03T10:00"), by: Self.supervisor, text: "Upheld", reasons: "Readings agree")
        #expect(decided.latestResponse?.decidedBy == "Pat Roe, supervisor, on behalf of the General Manager")
        #expect(decided.latestResponse?.decider?.capacity == .onBehalf)
    }

    @Test func aHigherHolderDecidesOnALowerLevelsBehalf_3_1d1() throws {
        let decider = try ComplaintAuthority.decider(at: .teamLeader, responder: Self.manager)
        #expect(decider.signature == "Sam Lee, Manager, on behalf of the Team Leader")
        // A lower holder who is an agent may not decide above their level
        let teamLeader = ComplaintResponder(user: "tl", name: "Tia Lo", role: .agent, holds: .teamLeader)
        #expect(throws: ComplaintRefusal.notAuthorisedAtLevel(.manager, role: .agent)) {
            try ComplaintAuthority.decider(at: .manager, responder: teamLeader)
        }
        #expect(try ComplaintAuthority.decider(at: .teamLeader, responder: teamLeader).signature == "Tia Lo, Team Leader")
    }

    @Test func aResponderWithoutANameIsNamedByTheirLogin() {
        #expect(ComplaintResponder(user: "proe", name: "  ", role: .supervisor).name == "proe")
    }

    @Test func aResponseStoredBeforeDecidersWereRecordedStillReads() throws {
        // A response saved by an earlier version has no "decider": it reads back as nil and is named by its level
        let json = #"{"at":"2026-03-04T10:00","by":"cwong","level":"manager","text":"Credit","reasons":"High"}"#
        let at = try JSONEncoder().encode(F.time("2026-03-04T10:00"))
        let patched = json.replacingOccurrences(of: #""2026-03-04T10:00""#, with: String(decoding: at, as: UTF8.self))
        let response = try JSONDecoder().decode(ComplaintResponse.self, from: Data(patched.utf8))
        #expect(response.decider == nil)
        #expect(response.decidedBy == "Manager")
    }
}
