import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Conduct incidents area, supervisor review and decisions")
struct ConductReviewScreensTests {
    typealias F = ConductUIFixtures

    /// Two reported incidents on the account (the second a repeat) and one by another agent elsewhere.
    func reportedThree() throws -> InMemoryConduct {
        let port = InMemoryConduct()
        try F.reported(port, at: "2026-02-10T09:00")
        try F.reported(port, at: "2026-03-01T11:00", behaviours: [.threatOfViolenceOrUnwantedContact])
        try F.reported(port, at: "2026-03-01T10:00", by: "bob", account: "2002003004", name: "Lee Chan")
        return port
    }

    @Test func supervisorsSeeTheQueueLongestWaitingFirstWithTheRepeatMarker() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines[2].contains("▸1 Review queue (3)"))
        #expect(lines[2].contains("2 Restrictions due (0)"))
        #expect(lines[3].contains("Longest waiting first · ↻ REPEAT: earlier incidents in 12 months · ⚠ violence"))
        #expect(lines[5].contains("Reported         Incident       Account    Repeat   Who and what"))
        #expect(lines[6].contains("2026-02-10 09:00 CI-2026-000001 1002003004          Pat Smith — hurtful, aggr…"))
        #expect(lines[7].contains("2026-03-01 10:00 CI-2026-000003 2002003004          Lee Chan — hurtful"))
        #expect(lines[8].contains("2026-03-01 11:00 CI-2026-000002 1002003004 ↻ REPEAT ⚠ Pat Smith — threats of"))
    }

    @Test func agentsSeeOnlyTheIncidentsTheyRaisedAndNoQueue() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "bob")
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        let screen = try #require(console.top.state(as: ConductIncidentsScreen.self))
        #expect(screen.views == [.mine])
        let text = F.render(console, env: env).text
        #expect(text.contains("Yours to carry on with (raised by you, or given to you), newest first"))
        #expect(text.contains("CI-2026-000003"))
        #expect(!text.contains("CI-2026-000001"))
        #expect(!text.contains("Review queue"))
    }

    /// Issue 12 item 4: a supervisor gives an incident to another agent with g; it leaves its
    /// raiser's Yours and joins the new owner's, who may then carry on with it.
    @Test func aSupervisorGivesAnIncidentToAnotherAgentWhoseYoursGainsIt() throws {
        let port = try reportedThree()
        let sam = F.env("2026-03-02T11:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000003"), port: port, env: sam)
        console.handle(.character("g"), env: sam)
        // Found by typing part of the name; its owner, bob, is not offered
        let chooser = try #require(console.top.state(as: ConductIncidentScreen.self)?.assigneeChooser)
        #expect(!chooser.matches.contains(.name("bob")))
        for key in "lic" { console.handle(.character(key), env: sam) }
        #expect(F.render(console, env: sam).text.contains("▸ alice"))
        console.handle(.enter, env: sam)
        console.settle(services: F.services(port), env: sam)
        #expect(F.render(console, env: sam).text.contains("Raised by bob") && F.render(console, env: sam).text.contains("Now alice's to carry on with"))
        let alice = F.env("2026-03-02T11:05", agent: "alice")
        let list = F.console(ConductIncidentsScreen(), port: port, env: alice)
        #expect(try #require(list.top.state(as: ConductIncidentsScreen.self)).mine.map(\.id).contains("CI-2026-000003"))
        let bob = F.env("2026-03-02T11:05", agent: "bob")
        let bobs = F.console(ConductIncidentsScreen(), port: port, env: bob)
        #expect(try #require(bobs.top.state(as: ConductIncidentsScreen.self)).mine.isEmpty)
    }

    @Test func anAgentIsNotOfferedTheKeyToGiveAnIncidentAway() throws {
        let port = try reportedThree()
        let bob = F.env("2026-03-02T11:00", agent: "bob")
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000003"), port: port, env: bob)
        let screen = try #require(console.top.state(as: ConductIncidentScreen.self))
        #expect(!screen.bindings.contains { $0.keys.contains(.character("g")) })
    }

    @Test func trainersAreRefusedTheIncidentsArea() throws {
        let port = try reportedThree()
        let env = F.env(agent: "tina", role: .trainer)
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Trainers can't open conduct incidents: they hold sensitive personal details."))
    }

    @Test func anAgentCannotOpenAnotherAgentsIncident() throws {
        let port = try reportedThree()
        let env = F.env(agent: "bob")
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000001"), port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Agents can only open and update incidents they raised or were given."))
    }

    @Test func theIncidentShowsTheRepeatMarkerTimelineAndOnlySupervisorsGetDecide() throws {
        let port = try reportedThree()
        let supervisor = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000002"), port: port, env: supervisor)
        let text = F.render(console, env: supervisor).text
        #expect(text.contains("CI-2026-000002 · ● awaiting supervisor review"))
        #expect(text.contains("↻ REPEAT: 1 earlier within 12 months (CI-2026-000001)"))
        #expect(text.contains("⚠ Violence or threats: always reported to the police"))
        #expect(text.contains("● Still needs: police referral"))
        #expect(text.contains("Raised by alice Sun 1 Mar 2026 11:00 · ended 11:00 · reported 11:00"))
        #expect(text.contains("2026-03-01 11:00 alice      Reported for supervisor review"))
        #expect(F.render(console, env: supervisor).lines[23].contains("d decide"))
        #expect(port.views == ["sam CI-2026-000002"], "opening it was recorded")

        let agent = F.env("2026-03-02T09:00", agent: "alice")
        let own = F.console(ConductIncidentScreen(incidentId: "CI-2026-000002"), port: port, env: agent)
        #expect(!F.render(own, env: agent).lines[23].contains("decide"))
        own.handle(.character("d"), env: agent)
        #expect(own.top.title == "CI-2026-000002", "d does nothing for an agent")
    }

    /// The decision screen for the incident, opened with `d` by the supervisor.
    func decide(_ id: String, port: InMemoryConduct, env: ScreenEnvironment) -> Console {
        let console = F.console(ConductIncidentScreen(incidentId: id), port: port, env: env)
        F.press([.character("d")], on: console, port: port, env: env)
        return console
    }

    /// Sets a choice field by cycling it with → until it reads `value`.
    func choose(_ value: String, for field: ConductDecisionScreen.Field, in console: Console, env: ScreenEnvironment) {
        while console.top.state(as: ConductDecisionScreen.self)?.form.focus != field { console.handle(.tab, env: env) }
        while console.top.state(as: ConductDecisionScreen.self)?.form[field] != value { console.handle(.right, env: env) }
    }

    func fill(_ text: String, for field: ConductDecisionScreen.Field, in console: Console, env: ScreenEnvironment) {
        while console.top.state(as: ConductDecisionScreen.self)?.form.focus != field { console.handle(.tab, env: env) }
        console.handle(.ctrl("u"), env: env)
        F.type(text, into: console, env: env)
    }

    @Test func noFurtherActionForAThreatIsRefusedWithTheReasonShown() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000002", port: port, env: env)
        #expect(console.top.state(as: ConductDecisionScreen.self)?.form[.decision] == "police referral", "the police referral is suggested first")
        choose("no further action", for: .decision, in: console, env: env)
        fill("He apologised", for: .reasons, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Actual or threatened physical harm is always reported: this incident can't"))
        #expect(console.top.state(as: ConductDecisionScreen.self)?.problem == ConductRefusal.noFurtherActionForViolence.message)
        #expect(port.all[1].decisions.isEmpty)
    }

    @Test func aPoliceReferralNeedsItsReference() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000002", port: port, env: env)
        fill("Threatened to come to the depot", for: .reasons, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Enter the police reference number for the referral."))
        fill("VP-2026-1188", for: .policeReference, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(port.all[1].stage == .decided)
        let decided = F.render(console, env: env).text
        #expect(decided.contains("✔ Decided: police referral (VP-2026-1188)"))
        #expect(!decided.contains("Still needs"), "the header shows the incident as decided")
        #expect(port.letters.isEmpty, "a referral has no letter")
    }

    @Test func aWrittenContactOnlyRestrictionIsDecidedAndItsNoticeWritten() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000001", port: port, env: env)
        choose("contact restriction", for: .decision, in: console, env: env)
        fill("Abuse continued after a polite request to stop; second incident this year", for: .reasons, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        let incident = port.all[0]
        #expect(incident.currentRestriction?.kinds == [.writtenContactOnly])
        #expect(incident.currentRestriction?.reviewDate == F.date("2026-09-02"), "six months by default")
        let text = F.render(console, env: env).text
        #expect(text.contains("✔ Decided: contact restriction"))
        #expect(text.contains("Restriction: written contact only · from 2026-03-02 · review 2026-09-02"))
        #expect(text.contains("Letter written to /letters/CI-2026-000001-restriction-notice.md"))
        F.press([.escape], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("▲ CONTACT RESTRICTED until 2026-09-02 — written contact only (CI-2026-000001)"))
    }

    /// Issue 12 item 3: a decision refused because the agent added evidence after the
    /// supervisor opened it keeps the reasons typed, names the agent, and Ctrl-R saves it.
    @Test func aDecisionOnAnIncidentChangedSinceItOpenedKeepsTheReasonsAndReappliesOnTheFreshIncident() throws {
        // Given sam deciding alice's incident with his reasons typed
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000001", port: port, env: env)
        fill("Abuse continued after a polite request to stop", for: .reasons, in: console, env: env)
        // And meanwhile alice added a call recording at 08:55
        let evidence = ConductStep.evidenceAdded(.callRecording(id: "REC-9"))
        _ = try port.apply([evidence], to: "CI-2026-000001", readVersion: port.version(of: "CI-2026-000001"), by: "alice", role: .agent,
                           at: F.time("2026-03-02T08:55"))
        // When F2 saves the decision
        F.press([.function(2)], on: console, port: port, env: env)
        // Then it is refused naming alice and when, nothing is decided, and the reasons are still typed
        #expect(port.all[0].decisions.isEmpty)
        let screen = try #require(console.top.state(as: ConductDecisionScreen.self))
        #expect(screen.problem == "CI-2026-000001 was changed by alice at 08:55 on Mon 2 Mar 2026 (\(evidence.summary)) after you opened it; "
                + "nothing was saved. Ctrl-R: reapply your change on the fresh copy")
        #expect(screen.form[.reasons] == "Abuse continued after a polite request to stop")
        #expect(screen.incident.evidence.count == port.all[0].evidence.count, "the fresh incident is shown")
        #expect(F.render(console, env: env).text.contains("Ctrl-R reapply your change on the fresh copy"))
        // When Ctrl-R is pressed, Then the warning letter is decided on the fresh incident
        F.press([.ctrl("r")], on: console, port: port, env: env)
        #expect(port.all[0].decisions.map(\.kind) == [.warningLetter])
        #expect(F.render(console, env: env).text.contains("✔ Decided: warning letter"))
    }

    /// Issue 12 item 3: evidence refused because sam changed the incident after alice opened it
    /// keeps the prompt as typed, names sam, and Ctrl-R records it on the fresh incident.
    @Test func evidenceAddedAfterAColleaguesChangeKeepsThePromptAndReappliesOnTheFreshIncident() throws {
        // Given alice adding a call recording to her incident, its id typed
        let port = try reportedThree()
        let env = F.env("2026-03-02T10:00", agent: "alice")
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000001"), port: port, env: env)
        F.press([.character("x"), .tab], on: console, port: port, env: env)
        F.type("REC-42", into: console, env: env)
        // And meanwhile sam added a written note at 09:30
        let note = ConductStep.evidenceAdded(.writtenNote("Customer rang back to apologise"))
        _ = try port.apply([note], to: "CI-2026-000001", readVersion: port.version(of: "CI-2026-000001"), by: "sam", role: .supervisor,
                           at: F.time("2026-03-02T09:30"))
        // When Enter saves it
        F.press([.enter], on: console, port: port, env: env)
        // Then it is refused naming sam and when, the prompt still holds the id, and the fresh incident shows his note
        let screen = try #require(console.top.state(as: ConductIncidentScreen.self))
        #expect(screen.prompt?.text == "REC-42")
        #expect(screen.incident?.evidence.count == port.all[0].evidence.count)
        let text = F.render(console, env: env).text
        #expect(text.contains("✖ CI-2026-000001 was changed by sam at 09:30 on Mon 2 Mar 2026"))
        #expect(text.contains("Ctrl-R reapply your change on the fresh copy"))
        // When Ctrl-R is pressed, Then the recording is added after sam's note
        F.press([.ctrl("r")], on: console, port: port, env: env)
        #expect(port.all[0].evidence.suffix(2) == [.writtenNote("Customer rang back to apologise"), .callRecording(id: "REC-42")])
        #expect(console.top.state(as: ConductIncidentScreen.self)?.prompt == nil)
    }

    @Test func aRestrictionWithNoKindOrAReviewDateTooFarOutIsRefused() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000001", port: port, env: env)
        choose("contact restriction", for: .decision, in: console, env: env)
        fill("Abuse", for: .reasons, in: console, env: env)
        choose("no", for: .writtenOnly, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Choose at least one contact restriction."))
        choose("yes", for: .writtenOnly, in: console, env: env)
        fill("2029-03-02", for: .review, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ The review date Fri 2 Mar 2029 must be 1 to 24 months after the start"))
        fill("2026-13-40", for: .review, in: console, env: env)
        F.press([.function(2)], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ a date like 2026-03-02"))
        #expect(port.all[0].decisions.isEmpty)
    }

    @Test func restrictionsDueShowTheCustomersReviewRequest() throws {
        let port = try reportedThree()
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly, .singleNamedPointOfContact("Ana Ruiz")],
                                                 startDate: F.date("2026-03-02"), reviewDate: F.date("2026-09-02"))
        _ = try port.apply([.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse"])], to: "CI-2026-000001", readVersion: port.version(of: "CI-2026-000001"),
                           by: "sam", role: .supervisor, at: F.time("2026-03-02T09:00"))
        _ = try port.apply([.customerRequestedRestrictionReview(on: F.date("2026-03-20"))], to: "CI-2026-000001", readVersion: port.version(of: "CI-2026-000001"),
                           by: "bob", role: .agent, at: F.time("2026-03-20T09:00"))
        let env = F.env("2026-03-20T10:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentsScreen(start: .restrictionsDue), port: port, env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines[5].contains("Review     In       Incident       Account    Asked   Restriction"))
        #expect(lines[6].contains("2026-09-02 166 days CI-2026-000001 1002003004 ● asked written contact only; s…"))
    }

    @Test func theAccountGetsABannerUntilTheReviewDateAndIncidentsInHistory() throws {
        let port = try reportedThree()
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: F.date("2026-11-23"), reviewDate: F.date("2027-05-23"))
        let decided = try port.apply([.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse"])], to: "CI-2026-000001", readVersion: port.version(of: "CI-2026-000001"),
                                     by: "sam", role: .supervisor, at: F.time("2026-11-23T09:00"))
        let onReviewDay = ConductAccountExtras.extras(for: port.all, accountNumber: F.account, today: F.date("2027-05-23"))
        #expect(onReviewDay.banners == [AccountBanner(text: "CONTACT RESTRICTED until 2027-05-23 — written contact only (CI-2026-000001)", role: .danger)])
        #expect(ConductAccountExtras.extras(for: port.all, accountNumber: F.account, today: F.date("2027-05-24")).banners.isEmpty)
        #expect(ConductAccountExtras.extras(for: port.all, accountNumber: F.account, today: F.date("2026-11-22")).banners.isEmpty)
        #expect(onReviewDay.history.map(\.summary) == [
            "CI-2026-000001 raised (phone call) — decided",
            "CI-2026-000001 restricted until 2027-05-23: written contact only",
            "CI-2026-000002 raised (phone call) — awaiting supervisor review",
        ])
        #expect(onReviewDay.history[1].at == decided.decisions[0].decidedAt)
    }

    // MARK: - Issue 10, items 3 and 17: what the agent wrote, on every supervisor screen, in full

    /// About 330 characters: more than fits on one line at 80 columns, with a last word to find.
    static let longAccount = "He rang about the trench outside his house and was angry, which is fair. When I said the crew "
        + "would be back on Thursday he called me a useless idiot and a waste of space, twice. I asked him politely to stop and "
        + "he did, and apologised; we booked the reinstatement and he thanked me at the end. Nothing was threatening. ENDOFACCOUNT"

    func reportedWithAccount() throws -> InMemoryConduct {
        let port = InMemoryConduct()
        try F.reported(port, at: "2026-03-01T10:00", whoThePersonWas: "Her husband, on speaker", whatHappened: Self.longAccount)
        return port
    }

    /// The screen's rows joined with spaces, so wrapped text can be compared whole.
    static func joined(_ lines: [String]) -> String {
        lines.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "│", with: "") }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
    }

    @Test func theIncidentShowsWhatHappenedAndWhoThePersonWasWrappedInFull() throws {
        let port = try reportedWithAccount()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000001"), port: port, env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines.contains { $0.contains("Who the person was: Her husband, on speaker") })
        let text = Self.joined(lines)
        #expect(text.contains("What happened, in alice's words: " + Self.longAccount))
        #expect(!lines.contains { $0.contains("ENDOFACC…") })
    }

    @Test func theIncidentShowsTheWholeRequestToStop() throws {
        // Given an incident where the agent used the phone's first suggested words (two rows at 80 columns)
        let port = InMemoryConduct()
        let words = ConductChannel.phone.suggestedRequestWords[0]
        let draft = ConductDraft(accountNumber: F.account, person: ConductPerson(name: "Pat Smith", description: ""),
                                 personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                                 behaviours: [.hurtfulViolentOrAbusiveSpeech], whatHappened: "Swore at me.")
        _ = try port.raise(draft, then: [.askedToStop(words: words), .behaviourStopped, .reported], by: "alice", role: .agent,
                           at: F.time("2026-03-01T10:00"))
        // When the supervisor opens it
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000001"), port: port, env: env)
        // Then the words read whole, to their last one (they stopped at "sort this")
        #expect(Self.joined(F.render(console, env: env).lines).contains("Request to stop: “" + words + "”"))
    }

    @Test func theReviewQueueShowsWhatHappenedForTheSelectedIncident() throws {
        let port = try reportedWithAccount()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentsScreen(), port: port, env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines.contains { $0.contains("CI-2026-000001:") })
        #expect(Self.joined(lines).contains("What happened, in alice's words: " + Self.longAccount))
        #expect(lines.contains { $0.contains("Who the person was: Her husband, on speaker") })
    }

    @Test func theDecisionScreenShowsWhatHappenedBeforeTheForm() throws {
        let port = try reportedWithAccount()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = decide("CI-2026-000001", port: port, env: env)
        #expect(console.top.title == "Decide CI-2026-000001")
        var canvas = Canvas(width: 120, height: 40)
        console.render(into: &canvas, env: env)
        #expect(canvas.lines.contains { $0.contains("Who the person was: Her husband, on speaker") })
        #expect(Self.joined(canvas.lines).contains("What happened, in alice's words: " + Self.longAccount))
        // At 80x24 the form still fits below it, and the rest is marked rather than dropped silently
        let small = F.render(console, env: env).text
        #expect(small.contains("What happened, in alice's words: He rang about the trench"))
        #expect(small.contains("Police reference"))
    }

    @Test func anIncidentWithoutWhatHappenedSaysItIsNotWrittenYet() throws {
        let port = try reportedThree()
        let env = F.env("2026-03-02T09:00", agent: "sam", role: .supervisor)
        let console = F.console(ConductIncidentScreen(incidentId: "CI-2026-000001"), port: port, env: env)
        #expect(F.render(console, env: env).text.contains("What happened: not written yet by alice"))
    }

    // MARK: - Issue 10, item 22: an account linked on the incident

    @Test func theAgentLinksTheAccountOnTheIncident() throws {
        // Given an incident alice raised where no account was open
        let port = InMemoryConduct()
        let draft = ConductDraft(accountNumber: nil, person: ConductPerson(name: nil, description: "Man, number withheld"),
                                 personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                                 behaviours: [.hurtfulViolentOrAbusiveSpeech])
        let raised = try port.raise(draft, then: [.askedToStop(words: "Please stop."), .behaviourStopped, .reported],
                                    by: "alice", role: .agent, at: F.time("2026-03-02T09:00"))
        let env = F.env("2026-03-02T10:00", agent: "alice")
        let console = F.console(ConductIncidentScreen(incidentId: raised.id), port: port, env: env)
        #expect(F.render(console, env: env).text.contains("account not linked yet (a links it)"))
        // When she presses a and types the account number
        F.press([.character("a")], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("Link the account, now the caller is identified"))
        F.type("1002003004", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        // Then it is linked and shown, and a is no longer offered
        #expect(port.all.first?.accountNumber == "1002003004")
        let text = F.render(console, env: env).text
        #expect(text.contains("account 1002003004"))
        #expect(!(console.top.state(as: ConductIncidentScreen.self)?.mayLinkAccount ?? true))
    }

    @Test func afterAReportTheRaiserCanRecordStepsUntilTheContactEnds() throws {
        // Given an incident reported while the call carried on (it stopped when asked)
        let port = InMemoryConduct()
        let draft = ConductDraft(accountNumber: F.account, person: ConductPerson(name: "Pat Smith", description: ""),
                                 personKind: .accountHolder, customerIsEmployee: false, channel: .phone,
                                 behaviours: [.hurtfulViolentOrAbusiveSpeech])
        let raised = try port.raise(draft, then: [.askedToStop(words: "Please stop."), .behaviourStopped, .reported],
                                    by: "alice", role: .agent, at: F.time("2026-03-02T09:00"))
        let env = F.env("2026-03-02T09:05", agent: "alice")
        let console = F.console(ConductIncidentScreen(incidentId: raised.id), port: port, env: env)
        // Then t is offered, and the panel records the abuse starting again and the end of the call
        #expect(console.top.state(as: ConductIncidentScreen.self)?.mayRecordSteps == true)
        F.press([.character("t"), .character("c"), .character("e")], on: console, port: port, env: env)
        let incident = try #require(port.all.first)
        #expect(incident.stage == .awaitingSupervisorReview)
        #expect(incident.contactEndedAt != nil)
        // And once the contact ended, t is no longer offered
        F.press([.escape], on: console, port: port, env: env)
        console.settle(services: F.services(port), env: env)
        let again = F.console(ConductIncidentScreen(incidentId: raised.id), port: port, env: env)
        #expect(again.top.state(as: ConductIncidentScreen.self)?.mayRecordSteps == false)
    }

    // MARK: - Issue 10, item 19: the supervisor review menu fits 80 columns

    @Test func theSupervisorReviewMenuShowsWholeTitlesAtEightyColumns() {
        // The hub's items as wired (ConductWiring, ComplaintsWiring)
        let areas = [("Conduct incidents", "reported, to decide, longest waiting first"),
                     ("Contact restrictions", "review due within 30 days, or asked for"),
                     ("Complaints by due date", "overdue, due today, due within 2 business days")]
            .map { MenuScreen.Area(title: $0.0, summary: $0.1) { AnyScreen(MenuScreen(areas: [])) } }
        let env = F.env(agent: "sam", role: .supervisor)
        let console = F.console(MenuScreen(title: "Supervisor review", intro: "Queues to work through, most urgent first.", areas: areas),
                                port: InMemoryConduct(), env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines.contains { $0.contains("1  Conduct incidents") && $0.contains("reported, to decide, longest waiting first") })
        #expect(lines.contains { $0.contains("2  Contact restrictions") && $0.contains("review due within 30 days, or asked for") })
        #expect(lines.contains { $0.contains("3  Complaints by due date") && $0.contains("overdue, due today") })
        #expect(!lines.contains { $0.contains("…") })
    }
}

