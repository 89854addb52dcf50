import Testing
@testable import TaplineDomain

/// Issue 13 item 4: what an agent may record on the special-needs register (Charter 9.5), and
/// what a registration, change or removal says in the audit trail.
@Suite("Special needs register (9.5): each rule in words, each change old → new")
struct SpecialNeedsTests {
    static let today = CivilDate(year: 2026, month: 12, day: 1)!
    static let certificate = "medical certificate from Dr Lee, received 1 Dec 2026"

    static func lifeSupport(on date: CivilDate = today, evidence: String = certificate,
                            notes: String = "oxygen concentrator; call the mobile first") -> SpecialNeedsRegistration {
        SpecialNeedsRegistration(need: .lifeSupport, registeredOn: date, evidence: evidence, notes: notes)
    }

    @Test func lifeSupportIs9_5aAndAnotherNeedIs9_5b() {
        #expect(SpecialNeed.lifeSupport.clause == "9.5(a)" && SpecialNeed.other.clause == "9.5(b)")
        #expect(Self.lifeSupport().summary == "life support (9.5(a)), registered Tue 1 Dec 2026")
    }

    @Test func aLifeSupportRegistrationWithItsEvidenceMayBeSaved_9_5a() {
        #expect(Self.lifeSupport().problems(today: Self.today).isEmpty)
    }

    @Test func lifeSupportWithoutEvidenceIsRefusedSayingWhatIsNeeded_9_5a() {
        let problems = Self.lifeSupport(evidence: "  ").problems(today: Self.today)
        #expect(problems[.evidence] == "life support (9.5(a)) needs its evidence: what was received, from whom and when (e.g. a medical certificate)")
    }

    @Test func anotherNeedMayRestOnTheAgentsAssessmentWithoutEvidence_9_5b() {
        let other = SpecialNeedsRegistration(need: .other, registeredOn: Self.today, notes: "deaf: contact by SMS only")
        #expect(other.problems(today: Self.today).isEmpty)
    }

    @Test func notesOfAThousandCharactersAreRefusedWithTheirCount() {
        let long = Self.lifeSupport(notes: String(repeating: "x", count: 1_000))
        #expect(long.firstProblem(today: Self.today) == "the notes can be at most 500 characters; this has 1,000")
        #expect(Self.lifeSupport(notes: String(repeating: "x", count: 500)).problems(today: Self.today).isEmpty)
    }

    @Test func aRegistrationCannotBeDatedAfterToday() {
        let tomorrow = Self.lifeSupport(on: Self.today.adding(days: 1))
        #expect(tomorrow.firstProblem(today: Self.today)
                == "the date registered cannot be in the future (Wed 2 Dec 2026 is after today, Tue 1 Dec 2026)")
        #expect(Self.lifeSupport(on: Self.today.adding(days: -400)).problems(today: Self.today).isEmpty)
    }

    @Test(arguments: ["1/12/2026", "2026-13-01", "2026-02-30", "yesterday"])
    func aMalformedDateIsRefusedSayingHowToWriteIt(typed: String) {
        #expect(SpecialNeedsRules.dateProblem(typed, today: Self.today)
                == "enter the date registered as YYYY-MM-DD, like 2026-12-01; “\(typed)” is not a date")
    }

    @Test func anEmptyDateIsRequired() {
        #expect(SpecialNeedsRules.dateProblem(" ", today: Self.today) == "the date registered is required (YYYY-MM-DD)")
        #expect(SpecialNeedsRules.dateProblem("2026-12-01", today: Self.today) == nil)
    }

    // MARK: - Changes in the audit trail

    @Test func registeringSaysNoneToTheEntryWithItsEvidenceAndNotes() {
        let words = SpecialNeedsChange.register(Self.lifeSupport()).auditDetail(from: nil)
        #expect(words == "special needs: none → life support (9.5(a)), registered Tue 1 Dec 2026, evidence \(Self.certificate); notes oxygen concentrator; call the mobile first")
    }

    @Test func changingTheNeedSaysOldToNewAndOnlyWhatIsNew_9_5b() {
        let before = SpecialNeedsRegistration(need: .other, registeredOn: Self.today.adding(days: -10), evidence: Self.certificate,
                                              notes: "home dialysis")
        var after = before
        after.need = .lifeSupport
        after.registeredOn = Self.today
        #expect(SpecialNeedsChange.register(after).auditDetail(from: before)
                == "special needs: other special need (9.5(b)), registered Sat 21 Nov 2026 → life support (9.5(a)), registered Tue 1 Dec 2026")
    }

    @Test func savingTheSameRegistrationChangesNothing() {
        #expect(SpecialNeedsChange.register(Self.lifeSupport()).auditDetail(from: Self.lifeSupport()) == nil)
    }

    @Test func removingRecordsWhenAndWhy() {
        let change = SpecialNeedsChange.remove(reason: "moved out", on: Self.today)
        #expect(change.problem(today: Self.today, over: Self.lifeSupport()) == nil)
        #expect(change.after == nil)
        #expect(change.auditDetail(from: Self.lifeSupport())
                == "special needs: life support (9.5(a)), registered Tue 1 Dec 2026 → none; removed Tue 1 Dec 2026: moved out")
    }

    @Test func removingNeedsAReasonAndARegistration() {
        #expect(SpecialNeedsChange.remove(reason: " ", on: Self.today).problem(today: Self.today, over: Self.lifeSupport())
                == "say why the registration is removed (e.g. moved out, no longer needs the machine)")
        #expect(SpecialNeedsChange.remove(reason: "moved out", on: Self.today).problem(today: Self.today, over: nil)
                == "the customer is not on the special-needs register")
    }

    @Test func evidenceAndNotesAreSavedTrimmed() {
        let typed = Self.lifeSupport(evidence: "  GP letter \n", notes: " pump ")
        #expect(SpecialNeedsChange.register(typed).normalised == .register(Self.lifeSupport(evidence: "GP letter", notes: "pump")))
    }
}
