import Testing
@testable import TaplineDomain

/// Charter 3.1(b), (c), (d)(2), (f): replies, reasons, complex notices, telling the customer.
@Suite("Complaint replies (Charter 3.1(b)(c)(f))")
struct ComplaintRepliesTests {
    typealias F = ComplaintFixtures

    @Test func responseRecordsTextReasonsBasisLevelAndWho_3_1c() throws {
        let answered = try F.responded()
        let response = try #require(answered.latestResponse)
        #expect(response.at == F.time("2026-03-04T10:00"))
        #expect(response.by == "ajones")
        #expect(response.level == .frontline)
        #expect(response.reasons == "The meter tested accurate and two readings agree.")
        #expect(response.policyBasis == "Customer Service Charter clause 11.1 (meter testing)")
        #expect(answered.status == .responded(at: F.time("2026-03-04T10:00")))
        #expect(answered.timeline.last?.kind == .responded)
    }

    @Test("refuses a response without substance or reasons", arguments: [
        ("", "Meter accurate", ComplaintRefusal.missingResponseText),
        ("Bill stands", "  ", .missingReasons),
    ])
    func refusesResponseWithoutSubstanceOrReasons_3_1c(text: String, reasons: String, expected: ComplaintRefusal) throws {
        let open = try F.logged()
        #expect(throws: expected) {
            try open.responding(at: F.time("2026-03-03T10:00"), by: "ajones", text: text, reasons: reasons)
        }
    }

    @Test func blankPolicyBasisIsStoredAsNone_3_1c() throws {
        let answered = try F.logged().responding(at: F.time("2026-03-03T10:00"), by: "ajones", text: "Refunded",
                                                 reasons: "Our error", policyBasis: "  ")
        #expect(answered.latestResponse?.policyBasis == nil)
    }

    @Test func aReviewAtAHigherLevelGivesANewDecision_3_2a() throws {
        let reviewed = try F.responded()
            .escalated(to: .manager, at: F.time("2026-03-06T10:00"), by: "bsmith")
            .responding(at: F.time("2026-03-12T15:00"), by: ComplaintResponder(user: "cwong", role: .supervisor, holds: .manager),
                        text: "Credit of $100", reasons: "Estimate was high")
        #expect(reviewed.responses.count == 2)
        #expect(reviewed.latestResponse?.level == .manager)
        #expect(reviewed.status == .responded(at: F.time("2026-03-12T15:00")))
    }

    @Test func complexNeedsAPromisedDateAfterTheNotice_3_1b() throws {
        let open = try F.logged()
        #expect(throws: ComplaintRefusal.promisedDateTooEarly(promised: F.date("2026-03-05"), notice: F.date("2026-03-05"))) {
            try open.markedComplex(replyPromisedBy: F.date("2026-03-05"), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
        }
        let complex = try open.markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
        #expect(complex.isComplex)
        #expect(complex.complexReplyPromisedBy == F.date("2026-04-10"))
        #expect(complex.informedOf.contains(.substantiveReplyOrDate))
        #expect(complex.timeline.last?.kind == .complexNotified(promisedBy: F.date("2026-04-10")))
        // A complex notice is the first reply for 3.1(a)
        #expect(complex.firstReplyAt == F.time("2026-03-05T10:00"))
    }

    @Test func complexIsRefusedOnceDecided_3_1b() throws {
        #expect(throws: ComplaintRefusal.alreadyDecided) {
            try F.responded().markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
        }
    }

    @Test func ewovReferralIsRecordedEvenAfterClosing_3_1d2() throws {
        let closed = try F.responded().closing(at: F.time("2026-03-05T10:00"), by: "ajones")
        let referred = try closed.givingEWOVReferral(at: F.time("2026-03-20T10:00"), by: "ajones")
        #expect(referred.ewovReferralGivenAt == F.time("2026-03-20T10:00"))
        #expect(referred.informedOf.contains(.ewovReferral))
        #expect(referred.timeline.last?.kind == .ewovReferralGiven)
    }

    @Test func informingRecordsWhichRightsTheCustomerWasTold_3_1f() throws {
        let told = try F.logged().informing(of: [.escalation, .replyWithinTenBusinessDays], at: F.time("2026-03-02T09:10"), by: "ajones")
        #expect(told.informedOf == [.escalation, .replyWithinTenBusinessDays])
        #expect(told.rightsNotYetInformed == [.substantiveReplyOrDate, .reasonsForDecision, .ewovReferral, .noRecoveryWhileDisputed])
        #expect(told.timeline.last?.kind == .informed(of: [.replyWithinTenBusinessDays, .escalation]))
        let all = try told.informing(of: Set(ComplaintRight.allCases), at: F.time("2026-03-02T09:11"), by: "ajones")
        #expect(all.rightsNotYetInformed.isEmpty)
    }

    @Test func everyRightNamesItsClause_3_1f() {
        #expect(ComplaintRight.allCases.map(\.clause) == ["3.1(a)", "3.1(b)", "3.1(c)", "3.1(d)(1)", "3.1(d)(2)", "3.1(e)"])
        #expect(ComplaintRight.allCases.allSatisfy { !$0.summary.isEmpty })
    }
}
