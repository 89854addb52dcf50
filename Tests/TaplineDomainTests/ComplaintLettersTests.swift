import Testing
@testable import TaplineDomain

/// Complaint letters state everything Charter 3.1(a)–(e) requires the customer to be told (3.1(f)).
@Suite("Complaint letters (Charter 3.1(f))")
struct ComplaintLettersTests {
    typealias F = ComplaintFixtures
    let address = ["18 Evans Street", "Sunbury VIC 3429"]

    private func acknowledgement(_ complaint: Complaint) throws -> String {
        try ComplaintLetters.acknowledgement(for: complaint, customerName: "Jane Citizen", addressLines: address,
                                            contact: .westernWater, date: F.date("2026-03-02"), calendar: F.calendar)
    }

    private func response(_ complaint: Complaint) throws -> String {
        try ComplaintLetters.response(for: complaint, customerName: "Jane Citizen", addressLines: address,
                                      contact: .westernWater, date: F.date("2026-03-04"), calendar: F.calendar)
    }

    /// What every complaint letter must say, by clause.
    static let requiredInEveryLetter: [(clause: String, text: String)] = [
        ("3.1(a)", "17 March 2026"),                          // the reply due date
        ("3.1(a)", "within 10 business days"),
        ("3.1(c)", "reasons"),
        ("3.1(d)(1)", "raised to a higher level"),
        ("3.1(d)(2)", "Energy and Water Ombudsman (Victoria)"),
        ("3.1(d)(2)", "1800 500 509"),                        // Part D telephone
        ("3.1(d)(2)", "GPO Box 469, Melbourne VIC 3001"),     // Part D mail
        ("3.1(e)", "will not try to recover the amount you dispute, **$250.00**, until your dispute has been resolved"),
        ("7.2(e)", "will not restrict your water supply"),
        ("header", "Jane Citizen  \n18 Evans Street  \nSunbury VIC 3429"),
        ("header", "**Complaint number:** C-2026-000123"),
        ("header", "**Account:** 7001234567"),
    ]

    @Test func acknowledgementStatesEveryRight_3_1f() throws {
        // Given a newly logged complaint disputing $250
        let text = try acknowledgement(F.logged())
        // Then the letter states each thing 3.1(a)–(e) requires, and names the clause
        for (clause, required) in Self.requiredInEveryLetter {
            #expect(text.contains(required), "acknowledgement lacks \(clause): \(required)")
        }
        for right in ComplaintRight.allCases {
            #expect(text.contains(right.clause), "acknowledgement does not cite \(right.clause)")
        }
        #expect(text.contains("If your complaint is complex"))                 // 3.1(b)
        #expect(text.contains("Team Leader, Manager or General Manager"))      // 3.1(d)(1)
        #expect(text.contains("> The March bill charges for 90 kL that I did not use."))
        #expect(text.hasPrefix("# Western Water\n\n2 March 2026\n"))
    }

    @Test func acknowledgementOfAComplexComplaintGivesThePromisedDate_3_1b() throws {
        let complex = try F.logged().markedComplex(replyPromisedBy: F.date("2026-04-10"), at: F.time("2026-03-05T10:00"), by: "ajones", calendar: F.calendar)
        let text = try acknowledgement(complex)
        #expect(text.contains("full reply by **10 April 2026** (clause 3.1(b))"))
    }

    @Test func responseStatesDecisionReasonsBasisAndEveryRight_3_1c() throws {
        // Given a frontline decision with reasons and a policy basis
        let text = try response(F.responded())
        // Then the decision, its reasons and basis are given
        #expect(text.contains("> We have checked the meter and the bill stands."))
        #expect(text.contains("> The meter tested accurate and two readings agree."))
        #expect(text.contains("This decision is based on: Customer Service Charter clause 11.1 (meter testing)."))
        #expect(text.contains("(clause 3.1(c))"))
        // And every right is stated, citing its clause
        for (clause, required) in Self.requiredInEveryLetter {
            #expect(text.contains(required), "response lacks \(clause): \(required)")
        }
        for right in ComplaintRight.allCases {
            #expect(text.contains(right.clause), "response does not cite \(right.clause)")
        }
        // And the customer learns when the dispute would count as resolved (3.2): 10 business days after 4 March
        #expect(text.contains("by the end of 19 March 2026"))
        #expect(text.contains("until the claim has been finalised (clause 3.2)"))
    }

    @Test func responseOffersOnlyTheLevelsAboveTheDecision_3_1d1() throws {
        let byManager = try F.logged()
            .escalated(to: .manager, at: F.time("2026-03-03T09:00"), by: "bsmith")
            .responding(at: F.time("2026-03-04T10:00"), by: ComplaintResponder(user: "cwong", name: "Carol Wong", role: .supervisor, holds: .manager),
                        text: "Credit of $100", reasons: "Estimate was high")
        let text = try response(byManager)
        #expect(text.contains("Carol Wong, Manager, has considered your complaint"))
        #expect(text.contains("higher level: our General Manager (clause 3.1(d)(1))"))
        #expect(!text.contains("Team Leader"))

        let byGM = try byManager.escalated(to: .generalManager, at: F.time("2026-03-05T09:00"), by: "bsmith")
            .responding(at: F.time("2026-03-06T10:00"), by: ComplaintResponder(user: "dlee", role: .supervisor, holds: .generalManager),
                        text: "Upheld", reasons: "Readings confirmed")
        let final = try response(byGM)
        #expect(final.contains("the highest level of review at Western Water"))
        #expect(final.contains("1800 500 509"))
    }

    @Test func withoutADisputedAmountTheLetterStillExplains_3_1e() throws {
        let text = try acknowledgement(F.logged(disputed: nil))
        #expect(text.contains("we will not try to recover that amount until the dispute has been resolved (clause 3.1(e))"))
    }

    @Test func refusesAResponseLetterBeforeAResponse() throws {
        #expect(throws: ComplaintRefusal.noResponseYet) { try response(F.logged()) }
    }

    @Test func refusesALetterWithoutTheCustomersName() throws {
        let complaint = try F.logged()
        #expect(throws: ComplaintRefusal.letterDetailsRequired) {
            try ComplaintLetters.acknowledgement(for: complaint, customerName: "  ", addressLines: address,
                                                 contact: .westernWater, date: F.date("2026-03-02"), calendar: F.calendar)
        }
    }

    @Test func westernWaterContactMatchesPartD() {
        let contact = ComplaintLetters.Contact.westernWater
        #expect(contact.telephone == "1300 650 422")
        #expect(contact.email == "mail@westernwater.com.au")
        #expect(contact.postalAddress == ["PO Box 2371", "Sunbury DC VIC 3429"])
    }
}

/// The response letter names who decided, and in what capacity (Charter 3.1(d)(1)).
@Suite("Complaint letters name who decided (Charter 3.1(d)(1))")
struct ComplaintLettersDeciderTests {
    typealias F = ComplaintFixtures

    func letter(_ complaint: Complaint) throws -> String {
        try ComplaintLetters.response(for: complaint, customerName: "Jane Citizen", addressLines: [], contact: .westernWater,
                                      date: F.date("2026-03-04"), calendar: F.calendar)
    }

    @Test func aSupervisorsDecisionForTheGeneralManagerSaysOnWhoseBehalf_3_1d1() throws {
        let decided = try F.logged().escalated(to: .generalManager, at: F.time("2026-03-03T09:00"), by: "ajones")
            .responding(at: F.time("2026-03-04T10:00"), by: ComplaintResponder(user: "proe", name: "Pat Roe", role: .supervisor),
                        text: "Upheld", reasons: "Readings agree")
        let text = try letter(decided)
        #expect(text.contains("Pat Roe, supervisor, on behalf of the General Manager, has considered your complaint"))
        #expect(!text.contains("Our General Manager has considered"))
        #expect(text.contains("This decision was made on behalf of our General Manager, the highest level of review"))
    }

    @Test func aFirstLevelDecisionNamesTheOfficer_3_1d1() throws {
        let decided = try F.logged().responding(at: F.time("2026-03-04T10:00"),
                                                by: ComplaintResponder(user: "ajones", name: "Amy Jones", role: .agent),
                                                text: "Refund", reasons: "Misread")
        #expect(try letter(decided).contains("Amy Jones, Customer Service Officer, has considered your complaint"))
    }
}
