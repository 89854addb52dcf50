import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Conduct incident panel (F9): one keystroke per step, refusals with the policy's reason")
struct ConductPanelTests {
    typealias F = ConductUIFixtures

    @Test func f9OpensThePanelOverTheCustomerAndEscGoesBackToTheSameState() {
        // Given an account screen with a half-typed note
        let port = InMemoryConduct()
        let env = F.env()
        let console = Console(root: AnyScreen(CustomerStandIn()), panels: F.panels())
        console.start(env: env)
        F.type("rang about", into: console, env: env)
        // When the agent presses F9
        console.handle(.function(9), env: env)
        console.settle(services: F.services(port), env: env)
        // Then the panel is drawn over the account, whose header stays in view
        let lines = F.render(console, env: env).lines
        #expect(lines[1].contains("Pat Smith  ·  Account 1002003004"))
        #expect(lines[3].contains("Conduct incident — Pat Smith 1002003004"))
        #expect(lines[0].contains("Account 1002003004 › Conduct incident"))
        // When Esc is pressed, the note is still there
        console.handle(.escape, env: env)
        #expect(console.stack.count == 1)
        #expect(console.top.state(as: CustomerStandIn.self)?.note.text == "rang about")
    }

    @Test func askContinueEndAndReportEachRecordTheirTimeAndTheTraineeActions() throws {
        // Given the panel open and abuse ticked
        let port = InMemoryConduct()
        var env = F.env("2026-03-02T10:00")
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        console.handle(.character(" "), env: env)
        // When the agent asks to stop at 10:01, it continues at 10:02, ends at 10:03, reports at 10:04
        for (key, minute) in [("s", 1), ("c", 2), ("e", 3), ("r", 4)] {
            env.now = F.time(String(format: "2026-03-02T10:%02d", minute))
            F.press([.character(Character(key))], on: console, port: port, env: env)
        }
        // Then one incident was raised, with each step at the time its key was pressed
        let incident = try #require(port.all.first)
        #expect(port.all.count == 1)
        #expect(incident.id == "CI-2026-000001")
        #expect(incident.stage == .awaitingSupervisorReview)
        #expect(incident.raisedAt == F.time("2026-03-02T10:01"), "raised with the first step")
        #expect(incident.timeline.map(\.at) == ["10:01", "10:01", "10:02", "10:03", "10:04"].map { F.time("2026-03-02T" + $0) })
        #expect(incident.requestToStop?.words == ConductChannel.phone.suggestedRequestWords[0])
        #expect(console.traineeActions.map(\.action) == [.conductRequestToStop, .conductContactEnded, .conductReported])
        // And the panel shows the stage and the last steps
        let text = F.render(console, env: env).text
        #expect(text.contains("CI-2026-000001 · phone call · Pat Smith (account holder)"))
        #expect(text.contains("● awaiting supervisor review"))
        #expect(text.contains("10:03  Ended the contact"))
        #expect(text.contains("10:04  Reported for supervisor review"))
        #expect(text.contains("✔ Incident CI-2026-000001 reported for supervisor review"))
    }

    /// Issue 12 item 3: a step refused because a colleague changed the incident since the panel
    /// read it names who and when, and Ctrl-R records it on the fresh copy at the time its key
    /// was pressed (the policy's record is of when it happened, not when it was saved).
    @Test func aStepRefusedAfterAColleaguesChangeIsReappliedWithCtrlRAtItsOwnTime() throws {
        // Given the agent has asked the caller to stop at 10:01
        let port = InMemoryConduct()
        var env = F.env("2026-03-02T10:01")
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        console.handle(.character(" "), env: env)
        F.press([.character("s")], on: console, port: port, env: env)
        let id = try #require(port.all.first?.id)
        // And meanwhile sam added a written note to it at 10:01
        let note = ConductStep.evidenceAdded(.writtenNote("Caller known to the team"))
        _ = try port.apply([note], to: id, readVersion: port.version(of: id), by: "sam", role: .supervisor, at: F.time("2026-03-02T10:01"))
        // When the agent records at 10:02 that the abuse continued
        env.now = F.time("2026-03-02T10:02")
        F.press([.character("c")], on: console, port: port, env: env)
        // Then it is refused naming sam, nothing is recorded, and Ctrl-R is offered
        #expect(port.all[0].conversation == .askedToStop)
        let text = F.render(console, env: env).text
        #expect(text.contains("was changed by sam at 10:01"))
        #expect(text.contains("Ctrl-R reapply your change on the fresh copy"))
        #expect(console.top.state(as: ConductIncidentPanel.self)?.incident?.evidence == [.writtenNote("Caller known to the team")],
                "the fresh incident is shown")
        // When Ctrl-R is pressed a minute later, Then it is recorded at 10:02, after sam's note
        env.now = F.time("2026-03-02T10:03")
        F.press([.ctrl("r")], on: console, port: port, env: env)
        #expect(port.all[0].conversation == .behaviourContinued)
        #expect(port.all[0].timeline.last?.at == F.time("2026-03-02T10:02"))
        #expect(console.top.state(as: ConductIncidentPanel.self)?.reapply == nil)
    }

    @Test func endingWithoutAskingFirstIsRefusedWithTheReasonAndNothingIsRaised() {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .insultingIntelligenceOrCharacter, on: console, env: env)
        F.press([.character(" "), .character("e")], on: console, port: port, env: env)
        #expect(port.all.isEmpty)
        let text = F.render(console, env: env).text
        #expect(text.contains("✖ Ask the person politely to stop first. A contact may be ended without asking"))
        #expect(text.contains("only for violence or threats of violence."))
        #expect(F.panel(console)?.problem == ConductRefusal.askToStopBeforeEnding.message)
        #expect(console.traineeActions.isEmpty, "a refused step scores nothing")
    }

    @Test func frustrationAloneIsNotAReasonToAskSomeoneToStop() {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.press([.character("s")], on: console, port: port, env: env)
        #expect(port.all.isEmpty)
        #expect(F.panel(console)?.problem == ConductRefusal.nothingUnacceptableRecorded.message)
    }

    @Test func aThreatMayBeWalkedAwayFromAtOnceAndIsReported() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .threatOfViolenceOrUnwantedContact, on: console, env: env)
        F.press([.character(" "), .character("e"), .character("r")], on: console, port: port, env: env)
        let incident = try #require(port.all.first)
        #expect(incident.stage == .awaitingSupervisorReview)
        #expect(incident.requestToStop == nil)
        #expect(F.render(console, env: env).text.contains("⚠ violence or threats: always reported"))
    }

    @Test func turningViolentNeedsAViolentBehaviourTicked() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("v")], on: console, port: port, env: env)
        #expect(F.panel(console)?.problem == ConductRefusal.turnedViolentNeedsViolence.message)
        F.moveCursor(to: .physicalViolenceOrUnwantedContact, on: console, env: env)
        F.press([.character(" "), .character("v")], on: console, port: port, env: env)
        let incident = try #require(port.all.first)
        #expect(incident.stage == .turnedViolent)
        #expect(incident.behaviours.contains(.physicalViolenceOrUnwantedContact))
    }

    @Test func keysPressedWhileAStepIsSavingAreAppliedInOrderWithTheirOwnTimes() throws {
        // Given abuse ticked
        let port = InMemoryConduct()
        var env = F.env("2026-03-02T10:00")
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        console.handle(.character(" "), env: env)
        // When s, c, e and r are pressed a minute apart before any save finishes
        for (key, minute) in [("s", 1), ("c", 2), ("e", 3), ("r", 4)] {
            env.now = F.time(String(format: "2026-03-02T10:%02d", minute))
            console.handle(.character(Character(key)), env: env)
        }
        console.settle(services: F.services(port), env: env)
        // Then they were applied one after the other to one incident
        let incident = try #require(port.all.first)
        #expect(port.all.count == 1)
        #expect(incident.timeline.dropFirst().map(\.at.minute) == [1, 2, 3, 4])
        #expect(incident.stage == .awaitingSupervisorReview)
    }

    @Test func theWordsAreASuggestionOrTheAgentsOwn() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        console.handle(.character(" "), env: env)
        console.handle(.character("2"), env: env)
        #expect(F.render(console, env: env).text.contains("(suggestion 2 of 3)"))
        console.handle(.character("w"), env: env)
        F.type("Please stop swearing at me, Mr Smith.", into: console, env: env)
        F.press([.enter, .character("s")], on: console, port: port, env: env)
        #expect(try #require(port.all.first).requestToStop?.words == "Please stop swearing at me, Mr Smith.")
    }

    @Test func channelWhoAndNameAreSetWithTabBeforeTheFirstStep() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        // Tab to Channel, → to "live chat", Tab to Who, → to "someone acting…"
        F.press([.tab, .right, .right, .right, .right, .tab, .right], on: console, port: port, env: env)
        #expect(F.panel(console)?.focus == .details)
        #expect(F.render(console, env: env).text.contains("Words to ask them to stop"))
        // Tab follows the drawn order: Channel, Who, then Name (left to right, top to bottom)
        F.press([.tab], on: console, port: port, env: env)
        #expect(F.panel(console)?.form.focus == .name)
        F.press([.ctrl("u")], on: console, port: port, env: env)
        F.type("Kim Smith", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        let incident = try #require(port.all.first)
        #expect(incident.channel == .liveChat)
        #expect(incident.personKind == .someoneActingForThem)
        #expect(incident.person.name == "Kim Smith")
        #expect(incident.requestToStop?.words == ConductChannel.liveChat.suggestedRequestWords[0])
    }

    @Test func evidenceIsAddedFromThePrompt() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("x")], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("Add evidence"))
        // The cursor starts on the first field drawn (Kind), and Tab goes down to the reference
        // (issue 10, item 1: it started on the reference and Tab went back up to Kind)
        #expect(F.panel(console)?.prompt?.form.focus == .kind)
        F.press([.tab], on: console, port: port, env: env)
        #expect(F.panel(console)?.prompt?.form.focus == .text)
        F.type("REC-2026-0042", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        #expect(try #require(port.all.first).evidence == [.callRecording(id: "REC-2026-0042")])
        #expect(F.panel(console)?.prompt == nil)
    }

    @Test func aReferenceTypedOnKindFirstLeavesTheReferenceFieldInViewAndTypedIntoIt() throws {
        // Given the evidence prompt, and the agent types the reference before moving off Kind
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("x")], on: console, port: port, env: env)
        F.type("REC 7", into: console, env: env)
        // Then Kind is unchanged and says so beside itself, and the reference field is still drawn
        let before = F.render(console, env: env)
        #expect(before.lines.contains { $0.contains("◂ call recording ▸ ✖ a choice: not changed, use ←/→") })
        #expect(before.lines.contains { $0.contains("Id, link or note") })
        // When Tab goes to the reference and it is typed
        F.press([.tab], on: console, port: port, env: env)
        F.type("REC-2026-0042", into: console, env: env)
        // Then what is typed shows, with the cursor at its end
        let after = F.render(console, env: env)
        let row = try #require(after.lines.firstIndex { $0.contains("Id, link or note") })
        #expect(after.lines[row].contains("REC-2026-0042"))
        #expect(after.cursor?.y == row)
    }

    @Test func theComplaintOfferOpensTheComplaintFormWhenThereIsOne() {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env) { context in
            AnyScreen(MenuScreen(title: "Log complaint", intro: "for \(context.accountNumber)", areas: []))
        }
        #expect(F.render(console, env: env).text.contains("Is the grievance itself a complaint? Customers may complain: l log it too"))
        F.press([.character("l")], on: console, port: port, env: env)
        #expect(console.top.title == "Log complaint")
        F.press([.escape], on: console, port: port, env: env)
        #expect(F.panel(console) != nil, "back on the panel")
    }

    @Test func withoutAComplaintFormTheAgentNotesTheComplaintsNumber() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("l")], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("Link the complaint the customer made"))
        F.type("C-2026-000007", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        #expect(try #require(port.all.first).linkedComplaintId == "C-2026-000007")
    }

    @Test func theAgentsUnfinishedIncidentIsCarriedOnWhenThePanelOpensAgain() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let first = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: first, env: env)
        F.press([.character(" "), .character("s")], on: first, port: port, env: env)
        let again = F.panelOpen(port, env: F.env("2026-03-02T10:05"))
        #expect(F.panel(again)?.incident?.id == "CI-2026-000001")
        F.press([.character("c")], on: again, port: port, env: F.env("2026-03-02T10:05"))
        #expect(port.all.count == 1)
        #expect(port.all.first?.stage == .behaviourContinued)
    }

    @Test func aRestrictionOnTheAccountShowsAndTheCustomersReviewRequestIsRecorded() throws {
        // Given a written-contact-only restriction on the account, decided by the supervisor
        let port = InMemoryConduct()
        let reported = try F.reported(port, at: "2026-01-05T09:00")
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: F.date("2026-01-06"), reviewDate: F.date("2026-07-06"))
        _ = try port.apply([.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse continued"])], to: reported.id, readVersion: port.version(of: reported.id),
                           by: "sam", role: .supervisor, at: F.time("2026-01-06T09:00"))
        // When another agent opens the panel on that account
        let env = F.env(agent: "bob")
        let console = F.panelOpen(port, env: env)
        // Then the restriction shows, and u records the customer's request for a review
        let text = F.render(console, env: env).text
        #expect(text.contains("▲ CONTACT RESTRICTED until 2026-07-06 — written contact only (CI-2026-000001)"))
        #expect(text.contains("u the customer asks for a review of the restriction · l a complaint too"))
        F.press([.character("u")], on: console, port: port, env: env)
        #expect(port.all.first?.currentRestriction?.customerReviewRequests == [F.date("2026-03-02")])
        #expect(F.render(console, env: env).text.contains("● The customer asked for a review on 2026-03-02"))
    }

    @Test func trainersAreToldTheyHaveNoAccess() {
        let port = InMemoryConduct()
        let env = F.env(agent: "tina", role: .trainer)
        let console = F.panelOpen(port, env: env)
        #expect(F.render(console, env: env).text.contains("✖ Trainers can't open conduct incidents"))
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        #expect(port.all.isEmpty)
    }

    @Test func theStepKeysAreInTheBarAndInHelp() {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        let lines = F.render(console, env: env).lines
        #expect(lines[23].contains("s ask to stop  o stopped  c continued  v violent  e end contact  r report"))
        console.handle(.function(1), env: env)
        let help = F.render(console, env: env).text
        #expect(help.contains("tick or untick the behaviour"))
        #expect(help.contains("add evidence"))
    }

    @Test func thePanelFitsEightyByTwentyFour() {
        // Given the panel after a request to stop
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        // Then every part is on screen, inside the border
        let lines = F.render(console, env: env).lines
        #expect(lines[3].hasPrefix("┌ Conduct incident CI-2026-000001 — Pat Smith 1002003004 "))
        #expect(lines[4].contains("CI-2026-000001 · phone call · Pat Smith (account holder)"))
        #expect(lines[5].contains("Raised by alice at 10:00 · ▸ asked to stop"))
        #expect(lines[8].contains("Behaviour — ↑↓ move · Space ticks · [✔] recorded"))
        #expect(lines.contains { $0.contains("▸ [✔] hurtful, aggressive or abusive language, including swearing") })
        #expect(lines[13].contains("Words to ask them to stop (suggestion 1 of 3)"))
        #expect(lines[14].contains("“I can hear you're frustrated and I want to help sort this out"))
        // The words the agent reads aloud show whole at 80x24 (they were cut at "I'll have t…")
        #expect(lines[16].contains("end the call.”"))
        #expect(!lines[13...16].joined().contains("…"))
        #expect(lines[17].contains("Timeline (last 2 of 2)"))
        #expect(lines[19].contains("10:00  Asked politely to stop"))
        #expect(lines[20].contains("Is the grievance itself a complaint?"))
        #expect(lines[21].hasPrefix("└") && lines[21].hasSuffix("┘"))
        #expect(lines.allSatisfy { $0.count == 80 })
    }

    // MARK: - Issue 10, item 2: report or close whether or not the contact ended

    @Test func itStoppedSoTheAgentReportsWithoutEndingTheCall_policyInAction() throws {
        // Given abuse, a polite request to stop, and it stopped (the call carries on)
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("o")], on: console, port: port, env: env)
        // When the agent reports it (r) without ending the contact (e)
        F.press([.character("r")], on: console, port: port, env: env)
        // Then it is reported, and nothing says the contact ended
        let incident = try #require(port.all.first)
        #expect(incident.stage == .awaitingSupervisorReview)
        #expect(!incident.timeline.contains { $0.step == .contactEnded })
        let text = F.render(console, env: env).text
        #expect(text.contains("● awaiting supervisor review"))
        #expect(!text.contains("Ended the contact"))
    }

    @Test func itStoppedSoTheAgentClosesWithoutAReportWhileTheCallGoesOn_policyInAction() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("o"), .character("k")], on: console, port: port, env: env)
        F.type("Apologised and we sorted the bill out", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        let incident = try #require(port.all.first)
        #expect(incident.stage == .closedWithoutReport)
        #expect(incident.contactEndedAt == nil)
    }

    @Test func aReportBeforeTheOutcomeIsRefusedWithThePolicysReason() throws {
        // Given a request to stop whose outcome is not recorded
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("r")], on: console, port: port, env: env)
        // Then the refusal says why and what to do, not only the stage
        let text = F.render(console, env: env).text
        #expect(F.panel(console)?.problem == ConductRefusal.outcomeBeforeReporting.message)
        #expect(text.contains("✖ Record whether the behaviour stopped (o), continued (c) or turned violent"))
        #expect(!text.contains("the incident is at"))
        #expect(try #require(port.all.first).stage == .askedToStop)
    }

    // MARK: - Issue 10, item 3: what happened, and who the person was

    @Test func whatHappenedAndWhoThePersonWasAreLabelledAndSavedApart() throws {
        // Given the panel before the first step: both fields are there, labelled for what they are
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        let before = F.render(console, env: env).text
        #expect(before.contains("Who the person was (if not the holder)"))
        #expect(before.contains("What happened (your words)"))
        #expect(!before.contains("Description"))
        // When the agent Tabs down to them (in the order drawn), types, then asks the person to stop
        F.press([.tab, .tab, .tab, .tab, .tab], on: console, port: port, env: env)
        #expect(F.panel(console)?.form.focus == .whoThePersonWas)
        F.type("Her son, on speaker", into: console, env: env)
        F.press([.tab], on: console, port: port, env: env)
        #expect(F.panel(console)?.form.focus == .whatHappened)
        F.type("Swore at me when I said the bill was right", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        // Then the incident keeps each in its place, and the panel shows what happened
        let incident = try #require(port.all.first)
        #expect(incident.whatHappened == "Swore at me when I said the bill was right")
        #expect(incident.person.description == "Her son, on speaker")
        #expect(F.render(console, env: env).text.contains("What happened: Swore at me when I said the bill was right"))
    }

    @Test func whatHappenedIsWrittenAfterTheFirstStepToo() throws {
        // Given an incident raised with nothing written about what happened
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s"), .character("o")], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("What happened: not written yet — h to write it"))
        // When the agent presses h and writes it
        F.press([.character("h")], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("What happened, in your words — the supervisor reads this"))
        F.type("Called me a useless idiot, then calmed down when asked", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        // Then it is saved on the incident and shown
        #expect(try #require(port.all.first).whatHappened == "Called me a useless idiot, then calmed down when asked")
        #expect(F.render(console, env: env).text.contains("What happened: Called me a useless idiot"))
    }

    // MARK: - Issue 10, item 22: F9 where no account is open

    /// Home: a screen about no customer.
    static let home = MenuScreen(areas: [MenuScreen.Area(title: "Account lookup", summary: "find a customer") { AnyScreen(MenuScreen(areas: [])) }])

    @Test func f9WithNoAccountOpenRecordsTheCallerAndTheAccountIsLinkedLater() throws {
        // Given Home, about no customer
        let port = InMemoryConduct()
        let env = F.env()
        let console = Console(root: AnyScreen(Self.home), panels: F.panelsAnywhere())
        console.start(env: env)
        #expect(console.currentHints(env: env).contains { $0.label == "F9" })
        // When the agent presses F9
        F.press([.function(9)], on: console, port: port, env: env)
        // Then the panel opens, saying there is no account yet
        #expect(F.panel(console) != nil)
        #expect(F.render(console, env: env).lines.contains { $0.contains("┌ Conduct incident — no account yet") })
        // And F9 over the panel opens no second one
        F.press([.function(9)], on: console, port: port, env: env)
        #expect(console.stack.count == 2)
        // When they describe the caller, tick the abuse and ask them to stop
        F.press([.tab, .tab, .tab], on: console, port: port, env: env)
        F.type("Man, number withheld", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        // Then the incident is saved without an account
        #expect(try #require(port.all.first).accountNumber == nil)
        #expect(F.render(console, env: env).text.contains("no account yet: a links it"))
        // When the caller is identified and the agent links the account (a)
        F.press([.character("a")], on: console, port: port, env: env)
        F.type("1002003004", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        // Then the incident is about that account
        #expect(try #require(port.all.first).accountNumber == "1002003004")
        #expect(F.render(console, env: env).text.contains("Linked account 1002003004"))
    }

    @Test func aMistypedAccountNumberIsRefusedWithTheReason() throws {
        let port = InMemoryConduct()
        let env = F.env()
        let console = Console(root: AnyScreen(Self.home), panels: F.panelsAnywhere())
        console.start(env: env)
        F.press([.function(9), .tab, .tab, .tab], on: console, port: port, env: env)
        F.type("Caller", into: console, env: env)
        F.press([.enter, .character(" "), .character("s"), .character("a")], on: console, port: port, env: env)
        F.type("12-34", into: console, env: env)
        F.press([.enter], on: console, port: port, env: env)
        #expect(F.render(console, env: env).text.contains("is not an account number: account numbers are 6 to 12 digits"))
        #expect(try #require(port.all.first).accountNumber == nil)
    }

    @Test func aPanelWithoutOpeningWithoutACustomerStaysOffScreensAboutNoCustomer() {
        // The binding as before: F9 does nothing (and is not offered) where there is no customer
        let env = F.env()
        let console = Console(root: AnyScreen(Self.home), panels: F.panels())
        console.start(env: env)
        #expect(!console.currentHints(env: env).contains { $0.label == "F9" })
        console.handle(.function(9), env: env)
        #expect(console.stack.count == 1)
    }

    // MARK: - Issue 10, item 19: the panel during a training call

    /// Stands in for the training caller's panel: a column on wide terminals, a strip at 80.
    struct CallerStandIn: ConsoleCompanion {
        var preferredWidth: Int { 38 }
        var stripHeight: Int { 7 }
        func render(into canvas: inout Canvas, area: Rect, actions: [TimedTraineeAction], env: ScreenEnvironment) {
            canvas.write("Caller · Gary Pascoe", x: area.x, y: area.y, width: area.width, role: .title)
        }
    }

    @Test("the panel draws beside the training caller", arguments: [(80, 24), (100, 30), (120, 40)])
    func thePanelDrawsBesideTheTrainingCaller(width: Int, height: Int) {
        // Given a training call: the caller's panel takes a strip (80, 100 columns) or a column (120)
        let port = InMemoryConduct()
        let env = F.env()
        let console = F.panelOpen(port, env: env)
        console.companion = CallerStandIn()
        F.moveCursor(to: .hurtfulViolentOrAbusiveSpeech, on: console, env: env)
        F.press([.character(" "), .character("s")], on: console, port: port, env: env)
        // When it is drawn
        var canvas = Canvas(width: width, height: height)
        console.render(into: &canvas, env: env)
        let lines = canvas.lines
        // Then the caller and every part of the panel are legible, inside the border
        #expect(lines.contains { $0.contains("Caller · Gary Pascoe") })
        #expect(lines.contains { $0.contains("┌ Conduct incident CI-2026-000001 — Pat Smith 1002003004") })
        #expect(lines.contains { $0.contains("Raised by alice at 10:00 · ▸ asked to stop") })
        #expect(lines.contains { $0.contains("Behaviour — ↑↓ move · Space ticks") })
        #expect(lines.contains { $0.contains("▸ [✔] hurtful, aggressive or abusive language") })
        #expect(lines.contains { $0.contains("Words to ask them to stop") })
        #expect(lines.contains { $0.contains("Asked politely to stop") })
        #expect(lines.contains { $0.contains("└") && $0.contains("┘") })
        // And the evidence prompt fits too, both its fields
        F.press([.character("x")], on: console, port: port, env: env)
        var prompted = Canvas(width: width, height: height)
        console.render(into: &prompted, env: env)
        #expect(prompted.text.contains("Kind"))
        #expect(prompted.text.contains("Id, link or note"))
        #expect(prompted.text.contains("Enter save · Esc cancel"))
        #expect(prompted.text.contains("Caller · Gary Pascoe"))
    }
}
