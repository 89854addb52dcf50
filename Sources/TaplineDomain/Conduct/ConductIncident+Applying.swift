extension ConductIncident {
    /// The incident after a step, or the reason the conduct policy refuses it.
    ///
    /// Conduct policy, "The policy in action", as a state machine:
    /// frustration only → unacceptable behaviour → asked to stop → stopped | continued |
    /// turned violent → contact ended → reported → awaiting supervisor review → decided.
    /// - A request to stop needs unacceptable behaviour: frustration is the customer's right.
    /// - A contact may be ended without a request to stop only for violence or threats of it.
    /// - Violence or threats are always reported: never closed without a report.
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
        let refused = ConductRefusal.notAllowedNow(step: step.label, stage: stage)
        switch step {
        case .behaviourObserved(let seen):
            guard !seen.isEmpty else { throw .noBehaviourChosen }
            guard stage == .frustrationOnly || stage == .unacceptableBehaviour else { throw refused }
            behaviours.formUnion(seen)
            stage = .unacceptableBehaviour
            return step

        case .askedToStop(let words):
            let words = words.trimmingCharactersWhitespace()
            guard stage != .frustrationOnly else { throw .nothingUnacceptableRecorded }
            guard stage == .unacceptableBehaviour else { throw refused }
            guard !words.isEmpty else { throw .requestWordsRequired }
            stage = .askedToStop
            return .askedToStop(words: words)

        case .behaviourStopped:
            guard stage == .askedToStop else { throw refused }
            stage = .behaviourStopped
            return step

        case .behaviourContinued(let seen):
            // From "stopped" too: the behaviour can start again later in the same contact.
            guard stage == .askedToStop || stage == .behaviourStopped else { throw refused }
            behaviours.formUnion(seen)
            stage = .behaviourContinued
            return step

        case .turnedViolent(let seen):
            guard seen.contains(where: \.isViolentOrThreatening) else { throw .turnedViolentNeedsViolence }
            let before: Set<ConductStage> = [.frustrationOnly, .unacceptableBehaviour, .askedToStop, .behaviourStopped, .behaviourContinued]
            guard before.contains(stage) else { throw refused }
            behaviours.formUnion(seen)
            stage = .turnedViolent
            return step

        case .contactEnded:
            try checkContactMayEnd()
            stage = .contactEnded
            return step

        case .reported:
            guard stage == .contactEnded || stage == .closedWithoutReport else { throw refused }
            stage = .awaitingSupervisorReview
            return step

        case .closedWithoutReport(let reason):
            let reason = reason.trimmingCharactersWhitespace()
            guard stage == .contactEnded || stage == .frustrationOnly else { throw refused }
            guard !isViolentOrThreatening else { throw .violenceMustBeReported }
            guard isFrustrationOnly || stoppedWhenAsked else { throw .continuedBehaviourMustBeReported }
            guard !reason.isEmpty else { throw .closeReasonRequired }
            stage = .closedWithoutReport
            return .closedWithoutReport(reason: reason)

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
        }
    }

    /// Conduct policy: ask to stop first; "if the behaviour continues and/or turns violent,
    /// they will end the conversation". Violence or threats may be walked away from at once.
    private func checkContactMayEnd() throws(ConductRefusal) {
        switch stage {
        case .frustrationOnly:
            throw .nothingUnacceptableRecorded
        case .unacceptableBehaviour:
            guard isViolentOrThreatening else { throw .askToStopBeforeEnding }
        case .askedToStop:
            guard isViolentOrThreatening else { throw .outcomeBeforeEnding }
        case .behaviourStopped, .behaviourContinued, .turnedViolent:
            return
        case .contactEnded, .closedWithoutReport, .awaitingSupervisorReview, .decided:
            throw .notAllowedNow(step: ConductStep.contactEnded.label, stage: stage)
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
