import Testing
@testable import TaplineDomain

/// Issue 13 item 3: what an agent may record of a concession card (Charter 5.3) and of a
/// concession or URGS application (7.2(b), (c)), when a card is credited, and what the audit
/// trail says.
@Suite("Concessions (5.3) and concession/URGS applications (7.2(b), (c))")
struct ConcessionTests {
    static let today = CivilDate(year: 2026, month: 12, day: 1)!
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func card(_ type: ConcessionCardType = .pensionerConcessionCard, number: String = "412 345 678K",
                     from: String = "2026-06-01", to: String = "2028-06-01") -> ConcessionCard {
        ConcessionCard(type: type, number: number, validFrom: date(from), validTo: date(to), advisedOn: today)
    }
    static let account = Account(accountNumber: "1000000001", billingAddress: Address(lines: ["1 A St"], suburb: "Sunbury", postcode: "3429"),
                                 customers: [Customer(name: "Zoë Ng", isPrimary: true)],
                                 property: Property(address: Address(lines: ["1 A St"], suburb: "Sunbury", postcode: "3429"),
                                                    servicePipeSizeMillimetres: 20, occupancy: .owner))

    // MARK: - The card number, per type

    @Test func centrelinkCardsCarryNineDigitsAndALetter_5_3() {
        #expect(ConcessionRules.numberProblem("412 345 678K", type: .pensionerConcessionCard) == nil)
        #expect(ConcessionRules.numberProblem("208114395b", type: .healthCareCard) == nil)
        #expect(ConcessionRules.numberProblem("412 345 678", type: .pensionerConcessionCard)
                == "a Pensioner Concession Card number is 9 digits and a letter, like 412 345 678K")
    }

    @Test func aDVAGoldCardCarriesTheStatesLetterAndAFileNumber_5_3() {
        #expect(ConcessionRules.numberProblem("VX123456", type: .veteransAffairsGoldCard) == nil)
        #expect(ConcessionRules.numberProblem("X123456", type: .veteransAffairsGoldCard)?.hasPrefix("a DVA file number") == true)
    }

    @Test func aThousandCharacterNumberIsRefusedWithItsCount() {
        #expect(ConcessionRules.numberProblem(String(repeating: "4", count: 1_000), type: .healthCareCard)
                == "the card number can be at most 20 characters; this has 1,000")
        #expect(ConcessionRules.numberProblem("  ", type: .healthCareCard) == "the card number is required (it is on the front of the card)")
    }

    // MARK: - Validity and entitlement

    @Test func aCardIsValidToADateAfterItStartsAndNotAlreadyExpired() {
        #expect(ConcessionRules.validityProblem(from: Self.date("2027-01-01"), to: Self.date("2027-01-01"), today: Self.today)
                == "the card must be valid to a date after it is valid from (Fri 1 Jan 2027)")
        #expect(ConcessionRules.validityProblem(from: Self.date("2024-01-01"), to: Self.date("2026-11-30"), today: Self.today)
                == "the card expired on Mon 30 Nov 2026: an expired card entitles to no concession")
        #expect(ConcessionRules.dateProblem("1/12/2026", what: "the date lodged", today: Self.today)
                == "enter the date lodged as YYYY-MM-DD, like 2026-12-01; “1/12/2026” is not a date")
    }

    @Test func aCardEntitlesWhileValidAndOnceCredited_5_3() {
        var card = Self.card()
        card.creditFrom = Self.date("2027-02-01")
        #expect(!card.entitles(on: Self.today), "advised today, credited from the next bill")
        #expect(card.entitles(on: Self.date("2027-02-01")))
        #expect(!card.entitles(on: Self.date("2028-06-02")), "expired")
    }

    // MARK: - Credited from the next bill (5.3)

    @Test func theCreditStartsWithTheNextBillAtTheAccountsOwnInterval_5_3() {
        let quarterly = [Self.date("2026-05-04"), Self.date("2026-08-03"), Self.date("2026-11-02")]
        #expect(ConcessionRules.creditFrom(advisedOn: Self.today, billIssueDates: quarterly) == Self.date("2027-02-01"))
        #expect(ConcessionRules.creditFrom(advisedOn: Self.date("2026-08-01"), billIssueDates: quarterly) == Self.date("2026-08-03"),
                "advised before a bill already issued: that bill")
        #expect(ConcessionRules.creditFrom(advisedOn: Self.today, billIssueDates: [Self.date("2026-11-02")]) == Self.date("2027-02-02"),
                "one bill: three months on")
        #expect(ConcessionRules.creditFrom(advisedOn: Self.today, billIssueDates: []) == Self.today, "never billed: the first bill")
    }

    @Test func aNewCardIsAdvisedTodayAndACardOnRecordKeepsItsCredit_5_3() {
        let bills = [Self.date("2026-08-03"), Self.date("2026-11-02")]
        let change = ConcessionChange(card: Self.card()).resolved(over: Self.account, today: Self.today, billIssueDates: bills)
        #expect(change.card?.advisedOn == Self.today && change.card?.creditFrom == Self.date("2027-02-01"))
        var held = Self.account
        held.concession = .card(.pensionerConcessionCard, number: "412 345 678K")
        held.concessionTerms = ConcessionTerms(validFrom: Self.date("2026-06-01"), validTo: Self.date("2028-06-01"),
                                               advisedOn: Self.date("2026-06-01"), creditFrom: Self.date("2026-08-03"))
        let later = ConcessionChange(card: Self.card(to: "2029-06-01")).resolved(over: held, today: Self.today, billIssueDates: bills)
        #expect(later.card?.creditFrom == Self.date("2026-08-03"), "a new expiry does not move the credit")
    }

    // MARK: - Applications (7.2(b), (c))

    @Test func anApplicationIsOutstandingWhileLodgedAndPending_7_2b_7_2c() {
        let lodged = ConcessionApplication(kind: .concession, lodgedOn: Self.today)
        #expect(lodged.isOutstanding(on: Self.today))
        #expect(!lodged.isOutstanding(on: Self.today.adding(days: -1)), "not yet lodged")
        var decided = lodged
        decided.outcome = .declined(on: Self.today)
        #expect(!decided.isOutstanding(on: Self.today))
        #expect(ConcessionApplication.Kind.concession.clause == "7.2(b)" && ConcessionApplication.Kind.urgs.clause == "7.2(c)")
        #expect(ConcessionApplication(kind: .urgs, lodgedOn: Self.today).summary == "URGS application (7.2(c)) lodged Tue 1 Dec 2026, pending")
    }

    @Test func anApplicationsDatesAreRealAndInOrder() {
        #expect(ConcessionRules.applicationProblem(ConcessionApplication(kind: .urgs, lodgedOn: Self.today.adding(days: 1)), today: Self.today)
                == "an application cannot be lodged in the future (Wed 2 Dec 2026 is after today, Tue 1 Dec 2026)")
        let early = ConcessionApplication(kind: .urgs, lodgedOn: Self.today, outcome: .approved(on: Self.today.adding(days: -2)))
        #expect(ConcessionRules.applicationProblem(early, today: Self.today)
                == "the decision (Sun 29 Nov 2026) cannot come before the application was lodged (Tue 1 Dec 2026)")
    }

    @Test func aSecondPendingApplicationOfAKindIsRefused_7_2b() {
        var account = Self.account
        account.concessionApplications = [ConcessionApplication(id: 1, kind: .concession, lodgedOn: Self.today)]
        let again = ConcessionChange(card: nil, application: ConcessionApplication(kind: .concession, lodgedOn: Self.today))
        #expect(again.problem(today: Self.today, over: account) == "a concession application is already lodged and pending: record its outcome instead")
        let urgs = ConcessionChange(card: nil, application: ConcessionApplication(kind: .urgs, lodgedOn: Self.today))
        #expect(urgs.problem(today: Self.today, over: account) == nil)
    }

    @Test func theAuditTrailSaysOldToNew() {
        var account = Self.account
        account.concessionApplications = [ConcessionApplication(id: 1, kind: .concession, lodgedOn: Self.today)]
        let change = ConcessionChange(card: nil, application: ConcessionApplication(id: 1, kind: .concession, lodgedOn: Self.today,
                                                                                     outcome: .approved(on: Self.today)))
        #expect(change.auditDetail(from: account) == "concession application (7.2(b)) lodged Tue 1 Dec 2026: pending → approved Tue 1 Dec 2026")
        #expect(ConcessionChange(card: nil).auditDetail(from: account) == nil, "nothing differs")
    }
}
