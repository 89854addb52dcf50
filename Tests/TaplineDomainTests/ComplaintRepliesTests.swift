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

/// Repeated facts are recorded once; dates promised to customers are business days.
@Suite("Complaint facts recorded once, promised dates on business days (Charter 3.1(b), (d)(2), (f))")
struct ComplaintFactsOnceTests {
    typealias F = ComplaintFixtures

    @Test func ewovInformationGivenTwiceIsRecordedOnce_3_1d2() throws {
        let once = try F.responded().givingEWOVReferral(at: F.time("2026-03-05T10:00"), by: "ajones")
        #expect(throws: ComplaintRefusal.alreadyRecorded("EWOV referral information given", at: F.time("2026-03-05T10:00"))) {
            try once.givingEWOVReferral(at: F.time("2026-03-05T10:01"), by: "ajones")
        }
        #expect(once.timeline.filter { $0.kind == .ewovReferralGiven }.count == 1)
    }

    @Test func ewovInformationAfterANewDecisionIsANewFact_3_1d2() throws {
        let told = try F.responded().givingEWOVReferral(at: F.time("2026-03-05T10:00"), by: "ajones")
        let reviewed = try told.escalated(to: .teamLeader, at: F.time("2026-03-06T09:00"), by: "ajones")
            .responding(at: F.time("2026-03-09T10:00"), by: ComplaintResponder(user: "proe", role: .supervisor),
                        text: "Upheld", reasons: "Readings agree")
        let again = try reviewed.givingEWOVReferral(at: F.time("2026-03-09T10:05"), by: "ajones")
        #expect(again.timeline.filter { $0.kind == .ewovReferralGiven }.count == 2)
    }

    @Test func toldTheSameRightsAgainRecordsOnlyWhatIsNew_3_1f() throws {
        let told = try F.logged().informing(of: [.escalation], at: F.time("2026-03-02T09:10"), by: "ajones")
        #expect(throws: ComplaintRefusal.alreadyRecorded("Informed of 3.1(d)(1)", at: F.time("2026-03-02T09:10"))) {
            try told.informing(of: [.escalation], at: F.time("2026-03-02T09:11"), by: "ajones")
        }
        let more = try told.informing(of: [.escalation, .ewovReferral], at: F.time("2026-03-02T09:12"), by: "ajones")
        #expect(more.timeline.last?.kind == .informed(of: [.ewovReferral]))
    }

    @Test func theSameComplexDateTwiceIsRecordedOnce_3_1b() throws {
        let complex = try F.logged().markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:00"),
                                                   by: "ajones", calendar: F.calendar)
        #expect(throws: ComplaintRefusal.alreadyRecorded("Told complex: reply by Fri 10 Apr 2026", at: F.time("2026-03-05T10:00"))) {
            try complex.markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:30"), by: "ajones",
                                      calendar: F.calendar)
        }
        // A new date is a new promise
        let moved = try complex.markedComplex(replyPromisedBy: F.date("2026-04-14"), at: F.time("2026-03-05T10:30"),
                                              by: "ajones", calendar: F.calendar)
        #expect(moved.complexReplyPromisedBy == F.date("2026-04-14"))
    }

    @Test("a promised reply date is a business day", arguments: [
        ("2026-12-25", "25 December 2026 is Christmas Day, not a business day; dates promised to customers are business days (the next is 29 December 2026)"),
        ("2026-04-11", "11 April 2026 is a Saturday, not a business day; dates promised to customers are business days (the next is 13 April 2026)"),
        ("2026-04-06", "6 April 2026 is Easter Monday, not a business day; dates promised to customers are business days (the next is 7 April 2026)"),
    ])
    func aComplexReplyDateMustBeABusinessDay_3_1b(date: String, message: String) throws {
        let open = try F.logged(receivedAt: "2026-03-02T09:00")
        do {
            _ = try open.markedComplex(replyPromisedBy: F.date(date), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
            Issue.record("a non-business day was accepted")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func aLetterIsRecordedEachTimeAndTellsEveryRight_3_1f() throws {
        let first = try F.logged().writingLetter(.acknowledgement, at: F.time("2026-03-02T09:10"), by: "ajones")
        #expect(first.rightsNotYetInformed.isEmpty)
        let second = try first.writingLetter(.acknowledgement, at: F.time("2026-03-02T09:20"), by: "ajones")
        #expect(second.timeline.filter { $0.kind == .letterWritten(.acknowledgement) }.count == 2)
        #expect(second.timeline.last?.summary == "Acknowledgement letter written (3.1(a)–(e) stated)")
        #expect(throws: ComplaintRefusal.noResponseYet) {
            try F.logged().writingLetter(.response, at: F.time("2026-03-02T09:10"), by: "ajones")
        }
    }
}
