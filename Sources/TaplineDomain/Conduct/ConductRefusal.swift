/// Why a conduct incident, step, decision, restriction or letter was refused.
///
/// `message` is shown to the agent or supervisor as it is, so it says why, in the conduct
/// policy's words where the policy is the reason, and what to do instead. No refusal names
/// only the stage the incident is at.
public enum ConductRefusal: Error, Hashable, Sendable {
    // MARK: - Raising an incident
    case idRequired
    case authorRequired
    case personNotDescribed

    // MARK: - Steps of the conversation
    case stepBeforeLastStep(last: LocalDateTime)
    case nothingUnacceptableRecorded
    case noBehaviourChosen
    case behaviourAfterRequestToStop
    case requestWordsRequired
    case alreadyAskedToStop
    case askToStopBeforeOutcome
    case alreadyStopped
    case endAfterContinuedBehaviour
    case endAfterViolence
    case askToStopBeforeEnding
    case outcomeBeforeEnding
    case turnedViolentNeedsViolence
    case contactAlreadyEnded

    // MARK: - Reporting and closing
    case askToStopBeforeReporting
    case outcomeBeforeReporting
    case alreadyReported
    case alreadyDecided
    case violenceMustBeReported
    case continuedBehaviourMustBeReported
    case closeOnlyWhenStoppedWhenAsked
    case alreadyClosed
    case closeReasonRequired

    // MARK: - What the record holds
    case whatHappenedRequired
    case evidenceValueRequired
    case complaintIdRequired
    case complaintAlreadyLinked(String)
    case accountNumberInvalid(String)
    case accountAlreadyLinked(String)
    case memberOfPublicHasNoAccount

    // MARK: - Decisions
    case reportBeforeDecision
    case reasonsRequired
    case policeReferenceRequired
    case noFurtherActionForViolence
    case employeeRoutedToHR(SupervisorDecisionKind)
    case hrReferralOnlyForEmployees
    case closedAsNoFurtherAction
    case noFurtherActionAfterOtherDecisions
    case restrictionStartsBeforeDecision

    // MARK: - Restrictions
    case restrictionNeedsAKind
    case restrictionPointOfContactNameRequired
    case restrictionCallTimesRequired
    case restrictionReviewDateOutOfRange(start: CivilDate, review: CivilDate)
    case noActiveRestriction(on: CivilDate)
    case reviewRequestAfterRecording

    // MARK: - Permissions
    case onlySupervisorsDecide
    case onlySupervisorsAssign
    case notYourIncident
    case assigneeRequired
    case alreadyOwnedBy(String)
    case trainersHaveNoAccess

    // MARK: - Letters
    case letterDoesNotMatchDecision(expected: String)
    case decisionNotOnIncident
    case letterDetailsRequired

    public var message: String {
        switch self {
        case .idRequired:
            "The incident needs an id."
        case .authorRequired:
            "Say who is recording this: the user name is blank."
        case .personNotDescribed:
            "Describe the person: a name, or what you know about them."
        case .stepBeforeLastStep(let last):
            "Steps are recorded in time order: this one is earlier than the last step at \(last.display)."
        case .nothingUnacceptableRecorded:
            "Nothing unacceptable is recorded yet. Customers have every right to voice frustration; record the behaviour first if it has become unacceptable."
        case .noBehaviourChosen:
            "Choose at least one behaviour."
        case .behaviourAfterRequestToStop:
            "You have already asked the person to stop, so this is the behaviour continuing: record that it continued (c) or turned violent (v)."
        case .requestWordsRequired:
            "Record the words you used to ask the person to stop."
        case .alreadyAskedToStop:
            "You have already asked the person to stop. “If the behaviour continues and/or turns violent”, record that (c or v) and end the contact (e)."
        case .askToStopBeforeOutcome:
            "Ask the person politely to stop first (s): whether the behaviour stopped, continued or turned violent is what happened after the request."
        case .alreadyStopped:
            "It is already recorded that the behaviour stopped when asked."
        case .endAfterContinuedBehaviour:
            "The behaviour continued after the request to stop: the policy says staff “will end the conversation and remove themselves from the situation” (e), and report it (r)."
        case .endAfterViolence:
            "It turned violent: there is no asking again. End the contact and remove yourself from the situation (e); “any actual or threat of physical harm or violence … will always be reported” (r)."
        case .askToStopBeforeEnding:
            "Ask the person politely to stop first. A contact may be ended without asking only for violence or threats of violence."
        case .outcomeBeforeEnding:
            "Record whether the behaviour stopped, continued or turned violent before ending the contact."
        case .turnedViolentNeedsViolence:
            "Choose physical violence or a threat of it: “turned violent” needs one of them."
        case .contactAlreadyEnded:
            "The contact has already ended: staff “end the conversation and remove themselves from the situation”, so nothing more happens in it. Anything new is a new incident."
        case .askToStopBeforeReporting:
            "Ask the person politely to stop first (s), and record what happened then: the policy asks staff to “politely and respectfully ask the customer … to stop”. Only violence or threats of it are reported without asking."
        case .outcomeBeforeReporting:
            "Record whether the behaviour stopped (o), continued (c) or turned violent (v) after the request to stop, then report it: the supervisor decides on what happened."
        case .alreadyReported:
            "This incident is already reported: it is waiting for a supervisor's decision. You can still add evidence or write what happened."
        case .alreadyDecided:
            "A supervisor has already decided this incident. Anything new the person does is a new incident; evidence can still be added."
        case .violenceMustBeReported:
            "Actual or threatened physical harm is always reported: report this incident for supervisor review."
        case .continuedBehaviourMustBeReported:
            "The behaviour did not stop when asked: report this incident for supervisor review."
        case .closeOnlyWhenStoppedWhenAsked:
            "An incident is closed without a report only when the behaviour stopped when asked: ask the person politely to stop (s) and record that it stopped (o), or report it (r)."
        case .alreadyClosed:
            "This incident is already closed without a report. If the behaviour started again, record that it continued (c); to have a supervisor look at it, report it (r)."
        case .closeReasonRequired:
            "Give a reason for closing without a report."
        case .whatHappenedRequired:
            "Write what happened, in your own words: it is what the supervisor reads."
        case .evidenceValueRequired:
            "Enter the evidence reference: an id, a link or the note's text."
        case .complaintIdRequired:
            "Enter the complaint's id."
        case .complaintAlreadyLinked(let id):
            "This incident is already linked to complaint \(id)."
        case .accountNumberInvalid(let number):
            "“\(number)” is not an account number: account numbers are 6 to 12 digits."
        case .accountAlreadyLinked(let number):
            "This incident is already linked to account \(number)."
        case .memberOfPublicHasNoAccount:
            "The person is recorded as a member of the public, who has no account with us: there is no account to link."
        case .reportBeforeDecision:
            "Only a reported incident is decided: the agent reports it for supervisor review first."
        case .reasonsRequired:
            "Give at least one reason for the decision."
        case .policeReferenceRequired:
            "Enter the police reference number for the referral."
        case .noFurtherActionForViolence:
            "Actual or threatened physical harm is always reported: this incident can't be closed as no further action. Record the police referral."
        case .employeeRoutedToHR(let kind):
            "The customer is also an employee, so their conduct goes to HR: record an HR referral, not a \(kind.label)."
        case .hrReferralOnlyForEmployees:
            "An HR referral is only for a customer who is also an employee."
        case .closedAsNoFurtherAction:
            "This incident was closed as no further action."
        case .noFurtherActionAfterOtherDecisions:
            "Other decisions are already recorded, so this incident can't be closed as no further action."
        case .restrictionStartsBeforeDecision:
            "A contact restriction can't start before the day it is decided."
        case .restrictionNeedsAKind:
            "Choose at least one contact restriction."
        case .restrictionPointOfContactNameRequired:
            "Name the single point of contact."
        case .restrictionCallTimesRequired:
            "Describe the set call times."
        case .restrictionReviewDateOutOfRange(let start, let review):
            "The review date \(review.display) must be 1 to 24 months after the start \(start.display) (usually 6 to 12)."
        case .noActiveRestriction(let day):
            "There is no contact restriction in force on \(day.display) to review."
        case .reviewRequestAfterRecording:
            "The customer's review request can't be dated after the day it is recorded."
        case .onlySupervisorsDecide:
            "Only a supervisor can record a decision."
        case .onlySupervisorsAssign:
            "Only a supervisor can give an incident to someone."
        case .notYourIncident:
            "Agents can only open and update incidents they raised or were given. Ask a supervisor."
        case .assigneeRequired:
            "Choose who the incident goes to."
        case .alreadyOwnedBy(let owner):
            "The incident is already \(owner)'s."
        case .trainersHaveNoAccess:
            "Trainers can't open conduct incidents: they hold sensitive personal details."
        case .letterDoesNotMatchDecision(let expected):
            "This letter needs a \(expected) decision."
        case .decisionNotOnIncident:
            "That decision is not one recorded on this incident."
        case .letterDetailsRequired:
            "Enter the customer's name and the utility's name for the letter."
        }
    }
}
