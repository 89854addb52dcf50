import Testing
@testable import TaplineDomain

/// Issue 13 item 2: how customers want to be reached, an interpreter or TTY (Charter 14.10),
/// and who may act for them once written consent has arrived (4.4(c), 5.5(c)).
@Suite("Contact preferences: 14.10 communication needs and 5.5(c) third parties")
struct ContactPreferencesTests {
    static let today = CivilDate(year: 2026, month: 12, day: 1)!

    @Test func anInterpreterLanguageIsWordsOfAtMost60Characters_14_10() {
        #expect(ContactPreferencesRules.languageProblem("") == nil)
        #expect(ContactPreferencesRules.languageProblem("Chinese (Cantonese)") == nil)
        #expect(ContactPreferencesRules.languageProblem("Vietnamese1")?.contains("not “1”") == true)
        #expect(ContactPreferencesRules.languageProblem(String(repeating: "a", count: 1_000))
                == "a language can be at most 60 characters; this has 1,000")
        #expect(CommunicationNeeds(interpreterLanguage: "Vietnamese", tty: true).summary == "Interpreter: Vietnamese · TTY (14.10)")
        #expect(CommunicationNeeds.none.summary == nil)
    }

    @Test func aThirdPartyMayBeToldOfTheAccountOnlyOnceWrittenConsentArrived_5_5c() {
        let named = AuthorisedThirdParty(name: "Mary Ng", relationship: "daughter")
        #expect(!named.mayDiscussAccount(on: Self.today))
        #expect(named.summary == "Mary Ng (daughter), no written consent")
        let consented = AuthorisedThirdParty(name: "Mary Ng", relationship: "daughter", consentReceived: Self.today)
        #expect(consented.mayDiscussAccount(on: Self.today))
        #expect(!consented.mayDiscussAccount(on: CivilDate(year: 2026, month: 11, day: 30)!))
        #expect(consented.summary == "Mary Ng (daughter), written consent Tue 1 Dec 2026")
    }

    @Test func consentIsADateNotAfterTodayAndARelationshipIsRequired_5_5c() {
        #expect(ContactPreferencesRules.consentProblem("", today: Self.today) == nil)
        #expect(ContactPreferencesRules.consentProblem("2026-12-01", today: Self.today) == nil)
        #expect(ContactPreferencesRules.consentProblem("2026-12-02", today: Self.today) == "written consent cannot arrive after today (Tue 1 Dec 2026)")
        #expect(ContactPreferencesRules.consentProblem("1/12/2026", today: Self.today)?.contains("is not a date") == true)
        #expect(ContactPreferencesRules.relationshipProblem(" ")?.contains("say how they relate") == true)
        let preferences = ContactPreferences(preferred: nil, needs: .none,
                                             thirdParties: [AuthorisedThirdParty(name: "Mary Ng", relationship: "")])
        #expect(ContactPreferencesRules.problem(preferences, names: ["Zoë Ng"], today: Self.today)?
                    .hasPrefix("acting for Zoë Ng: say how they relate") == true)
    }

    @Test func theAuditTrailSaysEachChangeOldToNew() {
        let before = ContactPreferences(preferred: nil, needs: .none, thirdParties: [nil, nil])
        let after = ContactPreferences(preferred: .email, needs: CommunicationNeeds(interpreterLanguage: "Vietnamese", tty: true),
                                       thirdParties: [AuthorisedThirdParty(name: "Mary Ng", relationship: "daughter", consentReceived: Self.today), nil])
        #expect(after.changes(from: before, names: ["Zoë Ng", "Li Ng"])
                == ["preferred contact (not stated) → email", "interpreter (none) → Vietnamese", "TTY no → yes",
                    "acting for Zoë Ng (none) → Mary Ng (daughter), written consent Tue 1 Dec 2026"])
        #expect(after.changes(from: after, names: ["Zoë Ng", "Li Ng"]).isEmpty)
    }
}
