import Testing
@testable import TaplineDomain

@Suite("Conduct letters")
struct ConductLettersTests {
    static let address = ["18 Evans Street", "Sunbury VIC 3429"]

    /// An incident with a linked complaint, reported, and decided with `kind` on 4 Mar 2026.
    static func decided(_ kind: SupervisorDecisionKind, reasons: [String] = ["You called our staff member stupid after being asked to stop."]) throws -> ConductIncident {
        let raised = try ConductFixture.incident(behaviours: [.insultingIntelligenceOrCharacter, .derogatoryProtectedCharacteristic(.race)])
        let reported = try ConductFixture.walk(raised, [
            .askedToStop(words: ConductFixture.askWords), .behaviourContinued([]), .contactEnded, .reported, .complaintLinked(id: "C-42"),
        ])
        return try reported.applying(.supervisorDecided(kind, reasons: reasons), at: ConductFixture.time("2026-03-04T09:30"), by: "Sam Supervisor")
    }

    static func restriction(_ kinds: Set<ContactRestriction.Kind>) throws -> ContactRestriction {
        try ContactRestriction(kinds: kinds, startDate: ConductFixture.date("2026-03-04"), reviewDate: ConductFixture.date("2026-09-04"))
    }

    @Test func warningLetterHasItsRequiredParts() throws {
        // Given a warning-letter decision
        let incident = try Self.decided(.warningLetter)
        // When the letter is written
        let letter = try ConductLetters.warningLetter(for: incident, decision: incident.decisions[0], customerName: "Pat Smith",
                                                      addressLines: Self.address, utilityName: "Westvale Water")
        // Then it names the customer, account, reference, date, behaviour, reasons, complaint and signatory
        for part in [
            "# Westvale Water", "4 March 2026", "Pat Smith  \n18 Evans Street  \nSunbury VIC 3429", "**Account:** 1234567",
            "**Our reference:** CI-1", "Dear Pat Smith,", "Formal warning", "2 March 2026 (phone call)",
            "- remarks insulting someone's intelligence or character",
            "- derogatory or offensive remarks about race (including colour, nationality, ethnic or national origin, country of origin or accent)",
            "asked you politely to stop", "- You called our staff member stupid after being asked to stop.",
            "every right to tell us when you are unhappy", "complaint (reference C-42)",
            "will always be reported to the police", "Yours sincerely,\n\nSam Supervisor  \nWestvale Water",
        ] {
            #expect(letter.contains(part), "missing: \(part)")
        }
    }

    @Test func restrictionNoticeSaysWhatHowLongAndHowToAskForReview() throws {
        // Given a restriction decision with a named contact and no lone visits
        let restriction = try Self.restriction([.singleNamedPointOfContact("Jo Lee"), .noLoneStaffVisits])
        let incident = try Self.decided(.contactRestriction(restriction))
        // When the notice is written
        let notice = try ConductLetters.restrictionNotice(for: incident, decision: incident.decisions[0], customerName: "Pat Smith",
                                                          addressLines: Self.address, utilityName: "Westvale Water")
        // Then it has the reason, what is restricted, how long, and how to ask for a review
        for part in [
            "Notice of contact restriction", "### Why we are doing this", "- You called our staff member stupid",
            "### What is restricted", "- All your contact with us will be handled by one named person: Jo Lee.",
            "- Our staff will not visit you alone", "report an emergency",
            "### How long it lasts", "applies from 4 March 2026 until 4 September 2026, when we will review it",
            "### Asking for a review", "at any time before 4 September 2026: write to us or tell any member of our staff, quoting reference CI-1",
            "you can still make a complaint",
        ] {
            #expect(notice.contains(part), "missing: \(part)")
        }
    }

    @Test func writtenOnlyRestrictionAsksForReviewInWriting() throws {
        let incident = try Self.decided(.contactRestriction(try Self.restriction([.writtenContactOnly])))
        let notice = try ConductLetters.restrictionNotice(for: incident, decision: incident.decisions[0], customerName: "Pat Smith",
                                                          addressLines: Self.address, utilityName: "Westvale Water")
        #expect(notice.contains("- Please contact us in writing only"))
        #expect(notice.contains("write to us, quoting reference CI-1"))
        #expect(!notice.contains("tell any member of our staff"))
    }

    @Test func lettersRefuseTheWrongDecisionOrMissingDetails() throws {
        let warned = try Self.decided(.warningLetter)
        let warning = warned.decisions[0]
        #expect(throws: ConductRefusal.letterDoesNotMatchDecision(expected: "contact restriction")) {
            try ConductLetters.restrictionNotice(for: warned, decision: warning, customerName: "Pat", addressLines: [], utilityName: "Westvale Water")
        }
        let restricted = try Self.decided(.contactRestriction(try Self.restriction([.noLoneStaffVisits])))
        #expect(throws: ConductRefusal.letterDoesNotMatchDecision(expected: "warning letter")) {
            try ConductLetters.warningLetter(for: restricted, decision: restricted.decisions[0], customerName: "Pat", addressLines: [], utilityName: "Westvale Water")
        }
        #expect(throws: ConductRefusal.decisionNotOnIncident) {
            try ConductLetters.warningLetter(for: try ConductFixture.incident(at: .decided), decision: warning, customerName: "Pat", addressLines: [], utilityName: "Westvale Water")
        }
        #expect(throws: ConductRefusal.letterDetailsRequired) {
            try ConductLetters.warningLetter(for: warned, decision: warning, customerName: " ", addressLines: [], utilityName: "Westvale Water")
        }
        #expect(throws: ConductRefusal.letterDetailsRequired) {
            try ConductLetters.warningLetter(for: warned, decision: warning, customerName: "Pat", addressLines: [], utilityName: "")
        }
    }

    @Test("letters write dates in full", arguments: [("2026-01-01", "1 January 2026"), ("2024-02-29", "29 February 2024"), ("2025-12-31", "31 December 2025")])
    func longDates(iso: String, expected: String) {
        #expect(LetterFrame.longDate(ConductFixture.date(iso)) == expected)
    }
}
