extension ConductIncident {
    /// The incident after a step, or the reason the conduct policy refuses it.
    ///
    /// Conduct policy, "The policy in action", as a state machine:
    /// frustration only → unacceptable behaviour → asked to stop → stopped | continued |
    /// turned violent → (contact ended) → reported → awaiting supervisor review → decided.
    /// - A request to stop needs unacceptable behaviour: frustration is the customer's right.
    /// - A contact may be ended without a request to stop only for violence or threats of it.
    /// - Reporting (and closing without a report) does not wait for the contact to end: a
    ///   call that carried on calmly after "it stopped" is reported as it is. A report comes
    ///   after the request to stop and its outcome, except for violence or threats.
    /// - Violence or threats are always reported: never closed without a report.
    /// - The conversation may go on after a report (`conversation`): it can still continue,
    ///   turn violent or be ended, and the incident stays with the supervisor.
    /// - Every refusal says why (`ConductRefusal.message`), never only the stage.
    /// - Steps are in time order; evidence and a linked complaint may be added at any stage.
    /// Decisions follow `ConductIncident+Decisions.swift`. Permissions are not checked here:
    /// use `applying(_:at:by:role:)` for a signed-in user.
    public func applying(_ step: ConductStep, at time: LocalDateTime, by author: String) throws(ConductRefusal) -> ConductIncident {
        let author = author.trimmingCharactersWhitespace()
        guard !author.isEmpty else { throw .authorRequired }
        let last = timeline.last?.at ?? raisedAt
        guard time >= last else { throw .stepBeforeLastStep(last: last) }
        var next = self
        let recorded = try next.apply(step, at: time, by: author)
        next.timeline.append(ConductTimelineEntry(step: recorded, at: time, by: author))
        return next
    }

    /// Changes self for one step and returns the step as recorded (trimmed text).
    private mutating func apply(_ step: ConductStep, at time: LocalDateTime, by author: String) throws(ConductRefusal) -> ConductStep {
        switch step {
        case .behaviourObserved(let seen):
            guard !seen.isEmpty else { throw .noBehaviourChosen }
            try checkConversationGoesOn()
            guard conversation == .frustrationOnly || conversation == .unacceptableBehaviour else {
                throw conversation == .turnedViolent ? .endAfterViolence : .behaviourAfterRequestToStop
            }
            behaviours.formUnion(seen)
            moveConversation(to: .unacceptableBehaviour)
            return step

        case .askedToStop(let words):
            let words = words.trimmingCharactersWhitespace()
            try checkConversationGoesOn()
            switch conversation {
            case .frustrationOnly: throw .nothingUnacceptableRecorded
            case .unacceptableBehaviour: break
            case .turnedViolent: throw .endAfterViolence
            default: throw .alreadyAskedToStop
            }
            guard !words.isEmpty else { throw .requestWordsRequired }
            moveConversation(to: .askedToStop)
            return .askedToStop(words: words)

        case .behaviourStopped:
            try checkConversationGoesOn()
            switch conversation {
            case .askedToStop: break
            case .behaviourStopped: throw .alreadyStopped
            case .behaviourContinued: throw .endAfterContinuedBehaviour
            case .turnedViolent: throw .endAfterViolence
            default: throw isFrustrationOnly ? .nothingUnacceptableRecorded : .askToStopBeforeOutcome
            }
            moveConversation(to: .behaviourStopped)
            return step

        case .behaviourContinued(let seen):
            // From "stopped" too: the behaviour can start again later in the same contact.
            try checkConversationGoesOn()
            switch conversation {
            case .askedToStop, .behaviourStopped, .behaviourContinued: break
            case .turnedViolent: throw .endAfterViolence
            default: throw isFrustrationOnly ? .nothingUnacceptableRecorded : .askToStopBeforeOutcome
            }
            behaviours.formUnion(seen)
            moveConversation(to: .behaviourContinued)
            return step

        case .turnedViolent(let seen):
            guard seen.contains(where: \.isViolentOrThreatening) else { throw .turnedViolentNeedsViolence }
            try checkConversationGoesOn()
            behaviours.formUnion(seen)
            moveConversation(to: .turnedViolent)
            return step

        case .contactEnded:
            try checkConversationGoesOn()
            try checkContactMayEnd()
            moveConversation(to: .contactEnded)
            return step

        case .reported:
            try checkMayReport()
            stage = .awaitingSupervisorReview
            return step

        case .closedWithoutReport(let reason):
            let reason = reason.trimmingCharactersWhitespace()
            try checkMayCloseWithoutReport()
            guard !reason.isEmpty else { throw .closeReasonRequired }
            stage = .closedWithoutReport
            return .closedWithoutReport(reason: reason)

        case .whatHappenedWritten(let text):
            let text = text.trimmingCharactersWhitespace()
            guard !text.isEmpty else { throw .whatHappenedRequired }
            guard decisions.isEmpty else { throw .alreadyDecided }
            whatHappened = text
            return .whatHappenedWritten(text)

        case .accountLinked(let number):
            let number = number.filter { !$0.isWhitespace }
            if let linked = accountNumber { throw .accountAlreadyLinked(linked) }
            guard personKind.mayHaveAccount else { throw .memberOfPublicHasNoAccount }
            guard (6...12).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .accountNumberInvalid(number)
            }
            accountNumber = number
            return .accountLinked(number)

        case .evidenceAdded(let evidence):
            return .evidenceAdded(try Self.trimmed(evidence))

        case .complaintLinked(let id):
            let id = id.trimmingCharactersWhitespace()
            guard !id.isEmpty else { throw .complaintIdRequired }
            if let linked = linkedComplaintId { throw .complaintAlreadyLinked(linked) }
            linkedComplaintId = id
            return .complaintLinked(id: id)

        case .supervisorDecided(let kind, let reasons):
            return try decide(kind, reasons: reasons, by: author, at: time)

        case .customerRequestedRestrictionReview(let day):
            guard day <= time.date else { throw .reviewRequestAfterRecording }
            guard let index = currentRestrictionIndex, restriction(at: index).customerMayRequestReview(on: day) else {
                throw .noActiveRestriction(on: day)
            }
            var restriction = restriction(at: index)
            restriction.recordCustomerReviewRequest(on: day)
            decisions[index].kind = .contactRestriction(restriction)
            return step

        case .assigned(let owner):
            let login = owner.trimmingCharactersWhitespace()
            guard !login.isEmpty else { throw .assigneeRequired }
            guard login != self.owner else { throw .alreadyOwnedBy(login) }
            return .assigned(to: login)
        }
    }

    /// Moves the conversation on. While the incident is being recorded its stage follows the
    /// conversation; once reported it stays with the supervisor whatever happens next in the
    /// call; closed without a report, it opens again (the premise of closing, "it stopped
    /// when asked", no longer holds).
    private mutating func moveConversation(to next: ConductStage) {
        if stage != .awaitingSupervisorReview && stage != .decided { stage = next }
    }

    /// The conversation can go on after a report or a close (the policy asks staff to report
    /// what happened, not to end a call that carried on), but not after it ended or after a
    /// supervisor decided.
    private func checkConversationGoesOn() throws(ConductRefusal) {
        if stage == .decided || !decisions.isEmpty { throw .alreadyDecided }
        if conversation == .contactEnded { throw .contactAlreadyEnded }
    }

    /// Conduct policy: ask to stop first; "if the behaviour continues and/or turns violent,
    /// they will end the conversation". Violence or threats may be walked away from at once.
    private func checkContactMayEnd() throws(ConductRefusal) {
        switch conversation {
        case .frustrationOnly:
            throw .nothingUnacceptableRecorded
        case .unacceptableBehaviour:
            guard isViolentOrThreatening else { throw .askToStopBeforeEnding }
        case .askedToStop:
            guard isViolentOrThreatening else { throw .outcomeBeforeEnding }
        case .behaviourStopped, .behaviourContinued, .turnedViolent:
            return
        case .contactEnded, .closedWithoutReport, .awaitingSupervisorReview, .decided:
            throw .contactAlreadyEnded
        }
    }

    /// Reporting, whether or not the contact has ended. Conduct policy, "The policy in action":
    /// staff ask the person to stop first, so a report says what happened after the request;
    /// "any actual or threat of physical harm or violence … will always be reported", so it
    /// can be reported at once.
    private func checkMayReport() throws(ConductRefusal) {
        switch stage {
        case .awaitingSupervisorReview: throw .alreadyReported
        case .decided: throw .alreadyDecided
        case .closedWithoutReport: return
        default: break
        }
        switch conversation {
        case .frustrationOnly:
            throw .nothingUnacceptableRecorded
        case .unacceptableBehaviour:
            guard isViolentOrThreatening else { throw .askToStopBeforeReporting }
        case .askedToStop:
            guard isViolentOrThreatening else { throw .outcomeBeforeReporting }
        default:
            return
        }
    }

    /// Closing without a report, whether or not the contact has ended: only frustration, or
    /// behaviour that stopped when asked, and never violence ("will always be reported").
    private func checkMayCloseWithoutReport() throws(ConductRefusal) {
        switch stage {
        case .closedWithoutReport: throw .alreadyClosed
        case .awaitingSupervisorReview: throw .alreadyReported
        case .decided: throw .alreadyDecided
        default: break
        }
        guard !isViolentOrThreatening else { throw .violenceMustBeReported }
        if isFrustrationOnly { return }
        switch conversation {
        case .behaviourStopped: return
        case .behaviourContinued: throw .continuedBehaviourMustBeReported
        case .contactEnded:
            guard stoppedWhenAsked else { throw .continuedBehaviourMustBeReported }
        default:
            throw .closeOnlyWhenStoppedWhenAsked
        }
    }

    /// Whether the last outcome recorded after the request to stop was that it stopped.
    private var stoppedWhenAsked: Bool {
        let outcome = timeline.last { entry in
            switch entry.step {
            case .behaviourStopped, .behaviourContinued, .turnedViolent: true
            default: false
            }
        }
        return outcome?.step == .behaviourStopped
    }

    private static func trimmed(_ evidence: ConductEvidence) throws(ConductRefusal) -> ConductEvidence {
        let value = evidence.value.trimmingCharactersWhitespace()
        guard !value.isEmpty else { throw .evidenceValueRequired }
        switch evidence {
        case .callRecording: return .callRecording(id: value)
        case .emailTranscript: return .emailTranscript(id: value)
        case .chatTranscript: return .chatTranscript(id: value)
        case .socialMediaPost: return .socialMediaPost(link: value)
        case .videoFootage: return .videoFootage(reference: value)
        case .writtenNote: return .writtenNote(value)
        }
    }
}
