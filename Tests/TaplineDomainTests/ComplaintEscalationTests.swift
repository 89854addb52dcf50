import Testing
@testable import TaplineDomain

/// Charter 3.1(d)(1): raising a complaint to a higher level; 3.2(c)(1): further review.
@Suite("Complaint escalation (Charter 3.1(d)(1))")
struct ComplaintEscalationTests {
    typealias F = ComplaintFixtures

    @Test func raisesToTheNextLevelAndRecordsIt_3_1d1() throws {
        let raised = try F.logged().escalated(to: .teamLeader, at: F.time("2026-03-03T10:00"), by: "ajones", note: "asked for a supervisor")
        #expect(raised.level == .teamLeader)
        #expect(raised.status == .open)
        #expect(raised.timeline.last == ComplaintEvent(at: F.time("2026-03-03T10:00"), agent: "ajones",
                                                       kind: .escalated(from: .frontline, to: .teamLeader),
                                                       note: "asked for a supervisor"))
    }

    @Test func mayGoStraightToTheGeneralManager_3_1d1() throws {
        // The customer asks for the General Manager: no need to pass through each level
        let raised = try F.logged().escalated(to: .generalManager, at: F.time("2026-03-03T10:00"), by: "ajones")
        #expect(raised.level == .generalManager)
        #expect(raised.level.higherLevels.isEmpty)
    }

    @Test("refuses the same or a lower level", arguments: [
        (EscalationLevel.manager, EscalationLevel.manager),
        (.manager, .teamLeader),
        (.generalManager, .frontline),
    ])
    func refusesSameOrLowerLevel_3_1d1(current: EscalationLevel, requested: EscalationLevel) throws {
        let atLevel = try F.logged().escalated(to: current, at: F.time("2026-03-03T10:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.notAHigherLevel(current: current, requested: requested)) {
            try atLevel.escalated(to: requested, at: F.time("2026-03-03T11:00"), by: "ajones")
        }
    }

    @Test func raisingAfterADecisionSeeksFurtherReview_3_2c1() throws {
        let raised = try F.responded().escalated(to: .manager, at: F.time("2026-03-06T10:00"), by: "bsmith")
        #expect(raised.status == .furtherReviewSought(at: F.time("2026-03-06T10:00")))
        #expect(raised.timeline.suffix(2).map(\.kind) == [.escalated(from: .frontline, to: .manager), .furtherReviewSought])
    }

    @Test func furtherReviewAtTheSameLevelNeedsADecisionFirst_3_2c1() throws {
        #expect(throws: ComplaintRefusal.nothingToReview) {
            try F.logged().seekingFurtherReview(at: F.time("2026-03-03T10:00"), by: "ajones")
        }
        let review = try F.responded().seekingFurtherReview(at: F.time("2026-03-05T10:00"), by: "ajones")
        #expect(review.status == .furtherReviewSought(at: F.time("2026-03-05T10:00")))
        #expect(review.level == .frontline)
    }

    @Test func refusesTimesBeforeTheLastEntryAndMissingAgents() throws {
        let answered = try F.responded()
        #expect(throws: ComplaintRefusal.earlierThanLastEvent(F.time("2026-03-04T10:00"))) {
            try answered.escalated(to: .manager, at: F.time("2026-03-04T09:59"), by: "ajones")
        }
        #expect(throws: ComplaintRefusal.missingAgent) {
            try answered.escalated(to: .manager, at: F.time("2026-03-05T09:00"), by: " ")
        }
    }

    @Test func levelsAreOrderedAndTitled() {
        #expect(EscalationLevel.allCases.sorted() == [.frontline, .teamLeader, .manager, .generalManager])
        #expect(EscalationLevel.teamLeader.higherLevels.map(\.title) == ["Manager", "General Manager"])
    }
}
