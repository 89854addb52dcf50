import Testing
@testable import TaplineDomain

/// Issue 13 item 1: every call recorded with a wrap-up — a reason and an outcome from the
/// configured codes, a summary never cut, and what was done on the call from the audit trail.
@Suite("Call wrap-up: codes, checks in words, what was done")
struct CallWrapUpTests {
    static let start = LocalDateTime(date: CivilDate(year: 2026, month: 12, day: 1)!, hour: 10, minute: 32)
    static func at(_ minute: Int, hour: Int = 10) -> LocalDateTime {
        LocalDateTime(date: CivilDate(year: 2026, month: 12, day: 1)!, hour: hour, minute: minute)
    }

    // MARK: - Codes

    @Test func theDefaultsAreAWaterUtilitysReasonsAndOutcomes() {
        let codes = WrapUpCodes.defaults
        #expect(codes.reasons.map(\.code) == ["billing-enquiry", "payment-arrangement", "hardship", "complaint", "meter-or-usage",
                                             "moving", "contact-details", "fault-or-supply", "other"])
        #expect(codes.outcomes.map(\.code) == ["resolved-on-the-call", "follow-up-needed", "transferred", "call-back-arranged",
                                              "caller-hung-up"])
        #expect(codes.reason("Billing enquiry")?.code == "billing-enquiry")
        #expect(codes.reason("BILLING-ENQUIRY")?.label == "Billing enquiry")
        #expect(codes.outcomeLabel("caller-hung-up") == "Caller hung up")
        #expect(codes.reasonLabel("retired-code") == "retired-code", "a code no longer configured shows as stored")
    }

    @Test func configuredLabelsMakeTheirCodes() throws {
        let codes = try WrapUpCodes(reasons: ["Bill too high!", " Leak  "], outcomes: ["Done"])
        #expect(codes.reasons == [WrapUpCode(code: "bill-too-high", label: "Bill too high!"), WrapUpCode(code: "leak", label: "Leak")])
    }

    @Test func anEmptyListIsRefusedInWords() {
        #expect(throws: WrapUpCodesProblem(message: "wrap_up.outcomes is empty: list at least one")) {
            try WrapUpCodes(reasons: ["Other"], outcomes: [])
        }
    }

    @Test func twoLabelsMakingOneCodeAreRefusedNamingBoth() {
        #expect(throws: WrapUpCodesProblem(message: "wrap_up.reasons: “Moving” and “moving!” are the same code (moving)")) {
            try WrapUpCodes(reasons: ["Moving", "moving!"], outcomes: ["Done"])
        }
        #expect(throws: WrapUpCodesProblem(message: "wrap_up.reasons: “—” has no letter or digit")) {
            try WrapUpCodes(reasons: ["—"], outcomes: ["Done"])
        }
    }

    // MARK: - Checks

    @Test func reasonAndOutcomeAreRequired() {
        let problems = CallWrapUp(reason: "", outcome: "", summary: "").problems(codes: .defaults)
        #expect(problems == [.reason: "choose why the customer called", .outcome: "choose how the call ended"])
    }

    @Test func aReasonNotOnTheListIsRefused() {
        let problems = CallWrapUp(reason: "Weather", outcome: "Transferred", summary: "").problems(codes: .defaults)
        #expect(problems == [.reason: "“Weather” is not a reason on this console's list"])
    }

    @Test func aThousandCharacterSummaryIsRefusedWithItsLengthNeverCut() {
        let long = String(repeating: "a", count: 1000)
        let wrapUp = CallWrapUp(reason: "Other", outcome: "Transferred", summary: long)
        #expect(wrapUp.problems(codes: .defaults) == [.summary: "a summary can be at most 500 characters; this one has 1,000"])
        #expect(wrapUp.interaction(startedAt: Self.start, endedAt: Self.at(40), agent: "asmith", done: [], codes: .defaults) == nil)
        let fits = CallWrapUp(reason: "Other", outcome: "Transferred", summary: String(repeating: "a", count: 500))
        #expect(fits.problems(codes: .defaults).isEmpty)
    }

    @Test func aValidWrapUpIsTheCallWithCodesTimesAndWhatWasDone() throws {
        let wrapUp = CallWrapUp(reason: "Billing enquiry", outcome: "Resolved on the call", summary: "  Explained the bill.  ")
        let call = try #require(wrapUp.interaction(startedAt: Self.start, endedAt: Self.at(41), agent: "asmith",
                                                   done: ["note added"], codes: .defaults))
        #expect(call == Interaction(channel: .phone, at: Self.start, agent: "asmith", summary: "Explained the bill.",
                                    reason: "billing-enquiry", outcome: "resolved-on-the-call", endedAt: Self.at(41), done: ["note added"]))
    }

    // MARK: - What was done

    @Test func whatWasDoneIsTheAgentsOwnEntriesOnTheAccountSinceTheCallStartedOtherThanViews() {
        let entries = [
            AuditEntry(who: "asmith", at: Self.at(20), action: .noteAdded, accountNumber: "1000000001"),       // before the call
            AuditEntry(who: "asmith", at: Self.start, action: .viewed, accountNumber: "1000000001"),
            AuditEntry(who: "asmith", at: Self.at(35), action: .noteAdded, accountNumber: "1000000001"),
            AuditEntry(who: "bnguyen", at: Self.at(36), action: .noteAdded, accountNumber: "1000000001"),      // a colleague
            AuditEntry(who: "asmith", at: Self.at(37), action: .noteAdded, accountNumber: "1000000002"),       // another account
            AuditEntry(who: "asmith", at: Self.at(39), action: .created, accountNumber: "1000000001",
                       detail: "complaint C-2026-000001 logged (Billing)"),
            AuditEntry(who: "asmith", at: Self.at(38), action: .created, accountNumber: "1000000001", detail: "payment plan P-2026-000004 agreed"),
        ]
        let done = CallActivity.done(from: entries, by: "asmith", on: "1000000001", since: Self.start)
        #expect(done == ["note added", "payment plan P-2026-000004 agreed", "complaint C-2026-000001 logged (Billing)"])
        #expect(CallActivity.summary(of: done) == "note added; payment plan P-2026-000004 agreed; complaint C-2026-000001 logged (Billing).")
    }

    @Test func theSameThingDoneTwiceIsCounted() {
        #expect(CallActivity.summary(of: ["note added", "note added"]) == "note added (2 times).")
        #expect(CallActivity.summary(of: []) == "")
    }

    @Test func aSearchMatchesByAccountDayAndReason() {
        let call = Interaction(channel: .phone, at: Self.start, agent: "asmith", summary: "", reason: "hardship", outcome: "transferred")
        let day = Self.start.date
        #expect(CallSearch(from: day, to: day, reason: "hardship").matches(accountNumber: nil, call))
        #expect(!CallSearch(from: day.adding(days: 1)).matches(accountNumber: nil, call))
        #expect(!CallSearch(to: day.adding(days: -1)).matches(accountNumber: nil, call))
        #expect(!CallSearch(reason: "moving").matches(accountNumber: nil, call))
        #expect(!CallSearch(accountNumber: "1000000001").matches(accountNumber: nil, call))
    }
}
