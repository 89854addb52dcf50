import Testing
@testable import TaplineDomain

@Suite("Conduct incident steps (Conduct policy, “The policy in action”)")
struct ConductIncidentApplyingTests {
    enum Expected: Sendable, CustomTestStringConvertible {
        case moves(to: ConductStage)
        case refused(ConductRefusal)

        var testDescription: String {
            switch self {
            case .moves(let stage): "→ \(stage.rawValue)"
            case .refused(let refusal): "refused \(refusal)"
            }
        }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let from: ConductStage
        let step: ConductStep
        let expected: Expected
        var testDescription: String { "\(from.rawValue) + \(step.label) \(expected.testDescription)" }
    }

    static let insult: Set<ConductBehaviour> = [.insultingIntelligenceOrCharacter]
    static let threat: Set<ConductBehaviour> = [.threatOfViolenceOrUnwantedContact]
    static let warning = ConductStep.supervisorDecided(.warningLetter, reasons: ["Abuse continued"])

    static let transitions: [Row] = [
        // Allowed: the policy's flow.
        Row(from: .frustrationOnly, step: .behaviourObserved(insult), expected: .moves(to: .unacceptableBehaviour)),
        Row(from: .frustrationOnly, step: .turnedViolent([.physicalViolenceOrUnwantedContact]), expected: .moves(to: .turnedViolent)),
        Row(from: .frustrationOnly, step: .closedWithoutReport(reason: "Only frustrated"), expected: .moves(to: .closedWithoutReport)),
        Row(from: .unacceptableBehaviour, step: .behaviourObserved([.harassmentOrRepeatedContact]), expected: .moves(to: .unacceptableBehaviour)),
        Row(from: .unacceptableBehaviour, step: .askedToStop(words: "Please stop."), expected: .moves(to: .askedToStop)),
        Row(from: .unacceptableBehaviour, step: .turnedViolent(threat), expected: .moves(to: .turnedViolent)),
        Row(from: .askedToStop, step: .behaviourStopped, expected: .moves(to: .behaviourStopped)),
        Row(from: .askedToStop, step: .behaviourContinued([]), expected: .moves(to: .behaviourContinued)),
        Row(from: .askedToStop, step: .turnedViolent(threat), expected: .moves(to: .turnedViolent)),
        Row(from: .behaviourStopped, step: .behaviourContinued([.hurtfulViolentOrAbusiveSpeech]), expected: .moves(to: .behaviourContinued)),
        Row(from: .behaviourStopped, step: .contactEnded, expected: .moves(to: .contactEnded)),
        Row(from: .behaviourContinued, step: .behaviourContinued([.harassmentOrRepeatedContact]), expected: .moves(to: .behaviourContinued)),
        Row(from: .behaviourContinued, step: .turnedViolent(threat), expected: .moves(to: .turnedViolent)),
        Row(from: .behaviourContinued, step: .contactEnded, expected: .moves(to: .contactEnded)),
        Row(from: .turnedViolent, step: .contactEnded, expected: .moves(to: .contactEnded)),
        Row(from: .contactEnded, step: .reported, expected: .moves(to: .awaitingSupervisorReview)),
        Row(from: .contactEnded, step: .closedWithoutReport(reason: "Apologised"), expected: .moves(to: .closedWithoutReport)),
        Row(from: .closedWithoutReport, step: .reported, expected: .moves(to: .awaitingSupervisorReview)),
        Row(from: .awaitingSupervisorReview, step: warning, expected: .moves(to: .decided)),
        Row(from: .decided, step: .supervisorDecided(.contactRestriction(ConductFixture.sixMonthRestriction), reasons: ["Second time"]), expected: .moves(to: .decided)),
        // Allowed whether or not the contact has ended (issue 10, item 2): a report, or a close
        // when it stopped when asked, while the call carries on.
        Row(from: .behaviourStopped, step: .reported, expected: .moves(to: .awaitingSupervisorReview)),
        Row(from: .behaviourStopped, step: .closedWithoutReport(reason: "Apologised and calmed down"), expected: .moves(to: .closedWithoutReport)),
        Row(from: .behaviourContinued, step: .reported, expected: .moves(to: .awaitingSupervisorReview)),
        Row(from: .turnedViolent, step: .reported, expected: .moves(to: .awaitingSupervisorReview)),
        // Refused, each with the policy's reason (never only "the incident is at …").
        Row(from: .frustrationOnly, step: .askedToStop(words: "Please stop."), expected: .refused(.nothingUnacceptableRecorded)),
        Row(from: .frustrationOnly, step: .contactEnded, expected: .refused(.nothingUnacceptableRecorded)),
        Row(from: .frustrationOnly, step: .reported, expected: .refused(.nothingUnacceptableRecorded)),
        Row(from: .frustrationOnly, step: .behaviourStopped, expected: .refused(.nothingUnacceptableRecorded)),
        Row(from: .frustrationOnly, step: .behaviourObserved([]), expected: .refused(.noBehaviourChosen)),
        Row(from: .unacceptableBehaviour, step: .contactEnded, expected: .refused(.askToStopBeforeEnding)),
        Row(from: .unacceptableBehaviour, step: .askedToStop(words: "   "), expected: .refused(.requestWordsRequired)),
        Row(from: .unacceptableBehaviour, step: .behaviourStopped, expected: .refused(.askToStopBeforeOutcome)),
        Row(from: .unacceptableBehaviour, step: .behaviourContinued([]), expected: .refused(.askToStopBeforeOutcome)),
        Row(from: .unacceptableBehaviour, step: .reported, expected: .refused(.askToStopBeforeReporting)),
        Row(from: .unacceptableBehaviour, step: .closedWithoutReport(reason: "Calmed down"), expected: .refused(.closeOnlyWhenStoppedWhenAsked)),
        Row(from: .askedToStop, step: .contactEnded, expected: .refused(.outcomeBeforeEnding)),
        Row(from: .askedToStop, step: .turnedViolent(insult), expected: .refused(.turnedViolentNeedsViolence)),
        Row(from: .askedToStop, step: .askedToStop(words: "Please stop."), expected: .refused(.alreadyAskedToStop)),
        Row(from: .askedToStop, step: .behaviourObserved(insult), expected: .refused(.behaviourAfterRequestToStop)),
        Row(from: .askedToStop, step: .reported, expected: .refused(.outcomeBeforeReporting)),
        Row(from: .askedToStop, step: .closedWithoutReport(reason: "Calmed down"), expected: .refused(.closeOnlyWhenStoppedWhenAsked)),
        Row(from: .behaviourStopped, step: .behaviourStopped, expected: .refused(.alreadyStopped)),
        Row(from: .behaviourContinued, step: .behaviourStopped, expected: .refused(.endAfterContinuedBehaviour)),
        Row(from: .behaviourContinued, step: .closedWithoutReport(reason: "Fine now"), expected: .refused(.continuedBehaviourMustBeReported)),
        Row(from: .turnedViolent, step: .behaviourContinued([]), expected: .refused(.endAfterViolence)),
        Row(from: .turnedViolent, step: .askedToStop(words: "Please stop."), expected: .refused(.endAfterViolence)),
        Row(from: .turnedViolent, step: .closedWithoutReport(reason: "Calmed down"), expected: .refused(.violenceMustBeReported)),
        Row(from: .contactEnded, step: .contactEnded, expected: .refused(.contactAlreadyEnded)),
        Row(from: .contactEnded, step: .behaviourContinued([]), expected: .refused(.contactAlreadyEnded)),
        Row(from: .contactEnded, step: warning, expected: .refused(.reportBeforeDecision)),
        Row(from: .closedWithoutReport, step: warning, expected: .refused(.reportBeforeDecision)),
        Row(from: .closedWithoutReport, step: .closedWithoutReport(reason: "Again"), expected: .refused(.alreadyClosed)),
        Row(from: .awaitingSupervisorReview, step: .reported, expected: .refused(.alreadyReported)),
        Row(from: .awaitingSupervisorReview, step: .closedWithoutReport(reason: "Done"), expected: .refused(.alreadyReported)),
        Row(from: .decided, step: .askedToStop(words: "Please stop."), expected: .refused(.alreadyDecided)),
        Row(from: .decided, step: .turnedViolent(threat), expected: .refused(.alreadyDecided)),
        Row(from: .decided, step: .reported, expected: .refused(.alreadyDecided)),
    ]

    @Test("transitions follow the policy's flow", arguments: transitions)
    func transitionTable(row: Row) throws {
        // Given an incident at the row's stage
        let incident = try ConductFixture.incident(at: row.from)
        #expect(incident.stage == row.from)
        let author = if case .supervisorDecided = row.step { ConductFixture.supervisor } else { ConductFixture.agent }
        // When the step is applied
        let result = Result { () throws(ConductRefusal) in
            try incident.applying(row.step, at: ConductFixture.nextTime(after: incident), by: author)
        }
        // Then it moves to the expected stage or is refused for the expected reason
        switch (row.expected, result) {
        case (.moves(let stage), .success(let next)):
            #expect(next.stage == stage)
            #expect(next.timeline.count == incident.timeline.count + 1)
        case (.refused(let expected), .failure(let refusal)):
            #expect(refusal == expected)
        default:
            Issue.record("expected \(row.expected.testDescription), got \(result)")
        }
    }

    /// Every step the agent's keys make, tried at every stage: a refusal always says why.
    static let everyAgentStep: [ConductStep] = [
        .behaviourObserved(insult), .askedToStop(words: "Please stop."), .behaviourStopped, .behaviourContinued([]),
        .turnedViolent(threat), .contactEnded, .reported, .closedWithoutReport(reason: "Calmed down"),
    ]

    @Test("a refusal says why in the policy's words, never only the stage", arguments: ConductStage.allCases)
    func everyRefusalSaysWhy_policyInAction(stage: ConductStage) throws {
        let incident = try ConductFixture.incident(at: stage)
        for step in Self.everyAgentStep {
            do {
                _ = try incident.applying(step, at: ConductFixture.nextTime(after: incident), by: ConductFixture.agent)
            } catch {
                // The old refusal: "You can't report the incident now: the incident is at “behaviour stopped”."
                #expect(!error.message.contains("the incident is at"), "\(stage) + \(step.label): \(error.message)")
                #expect(!error.message.contains("“\(stage.label)”"), "\(stage) + \(step.label): \(error.message)")
                #expect(error.message.count > 30, "\(stage) + \(step.label): \(error.message)")
            }
        }
    }

    // MARK: - Reporting whether or not the contact ended (issue 10, item 2)

    @Test func reportedAfterItStoppedWhileTheCallCarriesOn_policyInAction() throws {
        // Given behaviour that stopped when asked, on a call that carries on
        let stopped = try ConductFixture.incident(at: .behaviourStopped)
        // When the agent reports it without ending the contact
        let reported = try ConductFixture.walk(stopped, [.reported])
        // Then it waits for a supervisor, and the timeline does not say the contact ended
        #expect(reported.stage == .awaitingSupervisorReview)
        #expect(reported.contactEndedAt == nil)
        #expect(!reported.timeline.contains { $0.step == .contactEnded })
        #expect(reported.conversation == .behaviourStopped)
    }

    @Test func closedWithoutReportWhileTheCallCarriesOn_policyInAction() throws {
        let closed = try ConductFixture.walk(try ConductFixture.incident(at: .behaviourStopped), [.closedWithoutReport(reason: "Apologised")])
        #expect(closed.stage == .closedWithoutReport)
        #expect(closed.contactEndedAt == nil)
    }

    @Test func violenceIsReportedAtOnce_alwaysReported() throws {
        // "Any actual or threat of physical harm or violence … will always be reported": no need to ask or end first
        let threatened = try ConductFixture.incident(behaviours: Self.threat)
        #expect(try ConductFixture.walk(threatened, [.reported]).stage == .awaitingSupervisorReview)
    }

    @Test func afterAReportTheCallCanStillContinueAndEnd_policyInAction() throws {
        // Given an incident reported while the call carried on after the behaviour stopped
        let reported = try ConductFixture.walk(try ConductFixture.incident(at: .behaviourStopped), [.reported])
        // When the abuse starts again, turns to a threat, and the agent ends the contact
        let ended = try ConductFixture.walk(reported, [.behaviourContinued([]), .turnedViolent(Self.threat), .contactEnded])
        // Then the incident stays with the supervisor, the end is recorded, and the threat now needs the police
        #expect(ended.stage == .awaitingSupervisorReview)
        #expect(ended.conversation == .contactEnded)
        #expect(ended.contactEndedAt == ended.timeline.last?.at)
        #expect(ended.requiredReferrals.contains(.police))
        #expect(throws: ConductRefusal.contactAlreadyEnded) {
            try ended.applying(.contactEnded, at: ConductFixture.nextTime(after: ended), by: ConductFixture.agent)
        }
    }

    @Test func behaviourStartingAgainAfterAClosureOpensItAgain_mustBeReported() throws {
        // Given an incident closed without a report once the behaviour stopped, the call going on
        let closed = try ConductFixture.walk(try ConductFixture.incident(at: .behaviourStopped), [.closedWithoutReport(reason: "Apologised")])
        // When the behaviour starts again
        let again = try ConductFixture.walk(closed, [.behaviourContinued([])])
        // Then it is open again, can't be closed without a report, and can be reported
        #expect(again.stage == .behaviourContinued)
        #expect(throws: ConductRefusal.continuedBehaviourMustBeReported) {
            try again.applying(.closedWithoutReport(reason: "Fine"), at: ConductFixture.nextTime(after: again), by: ConductFixture.agent)
        }
        #expect(try ConductFixture.walk(again, [.reported]).stage == .awaitingSupervisorReview)
    }

    // MARK: - What happened, in the agent's words (issue 10, item 3)

    @Test func whatHappenedIsWrittenAndRewritten() throws {
        let stopped = try ConductFixture.incident(at: .behaviourStopped)
        let written = try ConductFixture.walk(stopped, [.whatHappenedWritten("  He called me useless twice, then apologised.  ")])
        #expect(written.whatHappened == "He called me useless twice, then apologised.")
        #expect(written.stage == .behaviourStopped)
        let rewritten = try ConductFixture.walk(written, [.reported, .whatHappenedWritten("He called me useless twice.")])
        #expect(rewritten.whatHappened == "He called me useless twice.")
        // The timeline keeps each version
        #expect(rewritten.timeline.filter { if case .whatHappenedWritten = $0.step { true } else { false } }.count == 2)
    }

    @Test func whatHappenedRefusedBlankOrAfterADecision() throws {
        let raised = try ConductFixture.incident()
        #expect(throws: ConductRefusal.whatHappenedRequired) {
            try raised.applying(.whatHappenedWritten("  "), at: ConductFixture.nextTime(after: raised), by: ConductFixture.agent)
        }
        let decided = try ConductFixture.incident(at: .decided)
        #expect(throws: ConductRefusal.alreadyDecided) {
            try decided.applying(.whatHappenedWritten("Later thoughts"), at: ConductFixture.nextTime(after: decided), by: ConductFixture.agent)
        }
    }

    // MARK: - An account linked later (issue 10, item 22)

    @Test func anUnidentifiedCallersAccountIsLinkedLater_keyPrinciples() throws {
        // Given an incident raised with no account: the caller was not identified
        let raised = try ConductFixture.incident(account: nil, name: nil, behaviours: Self.insult)
        #expect(raised.accountNumber == nil)
        // When the account is linked (spaces typed in the number are dropped)
        let linked = try ConductFixture.walk(raised, [.accountLinked(" 1002 003 004 ")])
        // Then the incident is about that account, and the timeline says so
        #expect(linked.accountNumber == "1002003004")
        #expect(linked.timeline.last?.step == .accountLinked("1002003004"))
        #expect(throws: ConductRefusal.accountAlreadyLinked("1002003004")) {
            try linked.applying(.accountLinked("1002003005"), at: ConductFixture.nextTime(after: linked), by: ConductFixture.agent)
        }
    }

    @Test("a linked account number is 6 to 12 digits", arguments: ["12345", "1234567890123", "10020030O4", ""])
    func accountNumberIsValidated(number: String) throws {
        let raised = try ConductFixture.incident(account: nil)
        #expect(throws: ConductRefusal.accountNumberInvalid(number)) {
            try raised.applying(.accountLinked(number), at: ConductFixture.nextTime(after: raised), by: ConductFixture.agent)
        }
    }

    @Test func aMemberOfThePublicHasNoAccountToLink() throws {
        let raised = try ConductFixture.incident(account: nil, name: nil, kind: .memberOfPublic)
        #expect(throws: ConductRefusal.memberOfPublicHasNoAccount) {
            try raised.applying(.accountLinked("1002003004"), at: ConductFixture.nextTime(after: raised), by: ConductFixture.agent)
        }
    }

    @Test func everyStageIsReachable() throws {
        for stage in ConductStage.allCases {
            #expect(try ConductFixture.incident(at: stage).stage == stage)
        }
    }

    // MARK: - Ending without a request to stop

    @Test("violence or threats may be ended without asking first", arguments: [
        ConductBehaviour.physicalViolenceOrUnwantedContact, .threatOfViolenceOrUnwantedContact,
    ])
    func endingWithoutRequestAllowedOnlyForViolence_policyInAction(behaviour: ConductBehaviour) throws {
        // Given an incident raised with violence or a threat of it
        let raised = try ConductFixture.incident(behaviours: [behaviour])
        // When the agent ends the contact at once, or after asking but before any outcome
        let ended = try ConductFixture.walk(raised, [.contactEnded])
        let endedAfterAsking = try ConductFixture.walk(raised, [.askedToStop(words: ConductFixture.askWords), .contactEnded])
        // Then both are allowed
        #expect(ended.stage == .contactEnded)
        #expect(endedAfterAsking.stage == .contactEnded)
        #expect(ended.requestToStop == nil)
    }

    @Test("other behaviour needs a request to stop before ending", arguments: ConductBehaviour.all.filter { !$0.isViolentOrThreatening })
    func endingNeedsRequestForNonViolentBehaviour_policyInAction(behaviour: ConductBehaviour) throws {
        let raised = try ConductFixture.incident(behaviours: [behaviour])
        #expect(throws: ConductRefusal.askToStopBeforeEnding) {
            try raised.applying(.contactEnded, at: ConductFixture.nextTime(after: raised), by: ConductFixture.agent)
        }
    }

    // MARK: - Must report

    @Test("threats or violence can never be closed without a report", arguments: [
        [ConductStep.askedToStop(words: "Please stop."), .turnedViolent([.threatOfViolenceOrUnwantedContact]), .contactEnded],
        [ConductStep.turnedViolent([.physicalViolenceOrUnwantedContact]), .contactEnded],
    ])
    func violenceMustBeReported_policyInAction(steps: [ConductStep]) throws {
        // Given a violent incident whose contact has ended
        let ended = try ConductFixture.walk(try ConductFixture.incident(behaviours: [.insultingIntelligenceOrCharacter]), steps)
        #expect(ended.mustBeReported)
        // When the agent tries to close it without a report
        // Then it is refused, and reporting is allowed
        #expect(throws: ConductRefusal.violenceMustBeReported) {
            try ended.applying(.closedWithoutReport(reason: "Calmed down"), at: ConductFixture.nextTime(after: ended), by: ConductFixture.agent)
        }
        #expect(try ConductFixture.walk(ended, [.reported]).stage == .awaitingSupervisorReview)
    }

    @Test func continuedBehaviourMustBeReported() throws {
        // Given behaviour that continued after the request, and the contact ended
        let ended = try ConductFixture.walk(try ConductFixture.incident(at: .behaviourContinued), [.contactEnded])
        #expect(!ended.mustBeReported)
        #expect(throws: ConductRefusal.continuedBehaviourMustBeReported) {
            try ended.applying(.closedWithoutReport(reason: "Fine now"), at: ConductFixture.nextTime(after: ended), by: ConductFixture.agent)
        }
    }

    @Test func behaviourThatStartsAgainAfterStoppingMustBeReported() throws {
        let restarted = try ConductFixture.walk(try ConductFixture.incident(at: .behaviourStopped), [.behaviourContinued([]), .contactEnded])
        #expect(throws: ConductRefusal.continuedBehaviourMustBeReported) {
            try restarted.applying(.closedWithoutReport(reason: "Fine now"), at: ConductFixture.nextTime(after: restarted), by: ConductFixture.agent)
        }
    }

    @Test func closingWithoutReportNeedsAReason() throws {
        let ended = try ConductFixture.incident(at: .contactEnded)
        #expect(throws: ConductRefusal.closeReasonRequired) {
            try ended.applying(.closedWithoutReport(reason: " "), at: ConductFixture.nextTime(after: ended), by: ConductFixture.agent)
        }
    }

    // MARK: - Time, author and recorded values

    @Test func stepsMustBeInTimeOrder() throws {
        // Given an incident whose last step was at 10:02
        let asked = try ConductFixture.incident(at: .askedToStop)
        let last = try #require(asked.timeline.last?.at)
        // When a step is dated a minute earlier, it is refused; at the same minute it is accepted
        let earlier = LocalDateTime(date: last.date, hour: last.hour, minute: last.minute - 1)
        #expect(throws: ConductRefusal.stepBeforeLastStep(last: last)) {
            try asked.applying(.behaviourStopped, at: earlier, by: ConductFixture.agent)
        }
        #expect(try asked.applying(.behaviourStopped, at: last, by: ConductFixture.agent).stage == .behaviourStopped)
    }

    @Test func firstStepCannotPrecedeRaising() throws {
        let raised = try ConductFixture.incident()
        #expect(throws: ConductRefusal.stepBeforeLastStep(last: ConductFixture.raisedAt)) {
            try raised.applying(.behaviourObserved(Self.insult), at: ConductFixture.time("2026-03-02T09:59"), by: ConductFixture.agent)
        }
    }

    @Test func blankAuthorIsRefused() throws {
        let raised = try ConductFixture.incident()
        #expect(throws: ConductRefusal.authorRequired) {
            try raised.applying(.behaviourObserved(Self.insult), at: ConductFixture.nextTime(after: raised), by: "  ")
        }
    }

    @Test func timelineRecordsEachStepWithTimeAndAuthor() throws {
        // Given a walk to the end of the contact
        let ended = try ConductFixture.incident(at: .contactEnded)
        // Then every step is recorded, in order, with its author and rising times
        #expect(ended.timeline.map(\.step) == ConductFixture.steps(to: .contactEnded))
        #expect(ended.timeline.allSatisfy { $0.by == ConductFixture.agent })
        #expect(ended.timeline.map(\.at) == ended.timeline.map(\.at).sorted())
        #expect(ended.contactEndedAt == ended.timeline.last?.at)
        #expect(ended.reportedAt == nil)
    }

    @Test func requestToStopKeepsTheTrimmedWords() throws {
        let raised = try ConductFixture.incident(behaviours: Self.insult)
        let asked = try ConductFixture.walk(raised, [.askedToStop(words: "  Please stop, I want to help.  ")])
        let request = try #require(asked.requestToStop)
        #expect(request.words == "Please stop, I want to help.")
        #expect(request.by == ConductFixture.agent)
        #expect(request.at == asked.timeline.last?.at)
    }

    @Test func behavioursAccumulateAcrossSteps() throws {
        let raised = try ConductFixture.incident(behaviours: Self.insult)
        let worse = try ConductFixture.walk(raised, [
            .askedToStop(words: ConductFixture.askWords), .behaviourContinued([.derogatoryProtectedCharacteristic(.race)]),
            .turnedViolent(Self.threat),
        ])
        #expect(worse.behaviours == Self.insult.union(Self.threat).union([.derogatoryProtectedCharacteristic(.race)]))
        #expect(worse.isViolentOrThreatening)
    }

    // MARK: - Evidence and complaints

    @Test("evidence can be added at any stage", arguments: ConductStage.allCases)
    func evidenceAtAnyStage(stage: ConductStage) throws {
        let incident = try ConductFixture.incident(at: stage)
        let next = try incident.applying(.evidenceAdded(.callRecording(id: " REC-9 ")), at: ConductFixture.nextTime(after: incident), by: ConductFixture.agent)
        #expect(next.stage == stage)
        #expect(next.evidence == [.callRecording(id: "REC-9")])
    }

    @Test("blank evidence is refused", arguments: [
        ConductEvidence.callRecording(id: ""), .emailTranscript(id: " "), .chatTranscript(id: ""),
        .socialMediaPost(link: " "), .videoFootage(reference: ""), .writtenNote("  "),
    ])
    func blankEvidenceRefused(evidence: ConductEvidence) throws {
        let incident = try ConductFixture.incident()
        #expect(throws: ConductRefusal.evidenceValueRequired) {
            try incident.applying(.evidenceAdded(evidence), at: ConductFixture.nextTime(after: incident), by: ConductFixture.agent)
        }
    }

    @Test func evidenceKeepsItsOrder() throws {
        let incident = try ConductFixture.walk(try ConductFixture.incident(), [
            .evidenceAdded(.chatTranscript(id: "CH-1")), .evidenceAdded(.socialMediaPost(link: "https://example.org/p/1")),
            .evidenceAdded(.writtenNote("Caller shouted")),
        ])
        #expect(incident.evidence.map(\.label) == ["chat transcript CH-1", "social media post https://example.org/p/1", "written note Caller shouted"])
    }

    @Test func aComplaintIsLinkedOnce_policyPurpose() throws {
        // Given an incident, when a complaint is linked, then it is kept
        let linked = try ConductFixture.walk(try ConductFixture.incident(at: .decided), [.complaintLinked(id: " C-42 ")])
        #expect(linked.linkedComplaintId == "C-42")
        // And a second link is refused, as is a blank one
        #expect(throws: ConductRefusal.complaintAlreadyLinked("C-42")) {
            try linked.applying(.complaintLinked(id: "C-43"), at: ConductFixture.nextTime(after: linked), by: ConductFixture.agent)
        }
        let fresh = try ConductFixture.incident()
        #expect(throws: ConductRefusal.complaintIdRequired) {
            try fresh.applying(.complaintLinked(id: ""), at: ConductFixture.nextTime(after: fresh), by: ConductFixture.agent)
        }
    }

    // MARK: - Customer's review request

    @Test func customerReviewRequestIsRecordedOnTheRestriction() throws {
        // Given a decided restriction from 2 Mar to 2 Sep 2026
        let restricted = try ConductFixture.decide(try ConductFixture.incident(at: .decided), .contactRestriction(ConductFixture.sixMonthRestriction))
        // When the customer asks for a review on 10 Apr, recorded the same day
        let requested = try restricted.applying(
            .customerRequestedRestrictionReview(on: ConductFixture.date("2026-04-10")),
            at: ConductFixture.time("2026-04-10T09:00"), by: ConductFixture.otherAgent
        )
        // Then the restriction holds the request and the decision count is unchanged
        #expect(requested.currentRestriction?.customerReviewRequests == [ConductFixture.date("2026-04-10")])
        #expect(requested.decisions.count == restricted.decisions.count)
    }

    @Test func reviewRequestRefusedWithoutAnActiveRestriction() throws {
        let decided = try ConductFixture.incident(at: .decided)
        let day = ConductFixture.date("2026-04-10")
        #expect(throws: ConductRefusal.noActiveRestriction(on: day)) {
            try decided.applying(.customerRequestedRestrictionReview(on: day), at: ConductFixture.time("2026-04-10T09:00"), by: ConductFixture.agent)
        }
        // After the review date the restriction has lapsed
        let restricted = try ConductFixture.decide(decided, .contactRestriction(ConductFixture.sixMonthRestriction))
        let lapsed = ConductFixture.date("2026-09-03")
        #expect(throws: ConductRefusal.noActiveRestriction(on: lapsed)) {
            try restricted.applying(.customerRequestedRestrictionReview(on: lapsed), at: ConductFixture.time("2026-09-03T09:00"), by: ConductFixture.agent)
        }
    }

    @Test func reviewRequestCannotBeDatedAfterItIsRecorded() throws {
        let restricted = try ConductFixture.decide(try ConductFixture.incident(at: .decided), .contactRestriction(ConductFixture.sixMonthRestriction))
        #expect(throws: ConductRefusal.reviewRequestAfterRecording) {
            try restricted.applying(.customerRequestedRestrictionReview(on: ConductFixture.date("2026-04-11")),
                                    at: ConductFixture.time("2026-04-10T09:00"), by: ConductFixture.agent)
        }
    }
}
