/// Why a conduct incident, step, decision, restriction or letter was refused.
///
/// `message` is shown to the agent or supervisor as it is, so it says what to do instead.
public enum ConductRefusal: Error, Hashable, Sendable {
    // MARK: - Raising an incident
    case idRequired
    case authorRequired
    case accountRequired(ConductPersonKind)
    case personNotDescribed

    // MARK: - Steps
    case stepBeforeLastStep(last: LocalDateTime)
    case notAllowedNow(step: String, stage: ConductStage)
    case nothingUnacceptableRecorded
    case noBehaviourChosen
    case requestWordsRequired
    case askToStopBeforeEnding
    case outcomeBeforeEnding
    case turnedViolentNeedsViolence
    case violenceMustBeReported
    case continuedBehaviourMustBeReported
    case closeReasonRequired
    case evidenceValueRequired
    case complaintIdRequired
    case complaintAlreadyLinked(String)

    // MARK: - Decisions
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
    case notYourIncident
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
        case .accountRequired(let kind):
            "Enter the account number: the person is the \(kind.label). Only a member of the public may have no account."
        case .personNotDescribed:
            "Describe the person: a name, or what you know about them."
        case .stepBeforeLastStep(let last):
            "Steps are recorded in time order: this one is earlier than the last step at \(last.display)."
        case .notAllowedNow(let step, let stage):
            "You can't \(step) now: the incident is at “\(stage.label)”."
        case .nothingUnacceptableRecorded:
            "Nothing unacceptable is recorded yet. Customers have every right to voice frustration; record the behaviour first if it has become unacceptable."
        case .noBehaviourChosen:
            "Choose at least one behaviour."
        case .requestWordsRequired:
            "Record the words you used to ask the person to stop."
        case .askToStopBeforeEnding:
            "Ask the person politely to stop first. A contact may be ended without asking only for violence or threats of violence."
        case .outcomeBeforeEnding:
            "Record whether the behaviour stopped, continued or turned violent before ending the contact."
        case .turnedViolentNeedsViolence:
            "Choose physical violence or a threat of it: “turned violent” needs one of them."
        case .violenceMustBeReported:
            "Actual or threatened physical harm is always reported: report this incident for supervisor review."
        case .continuedBehaviourMustBeReported:
            "The behaviour did not stop when asked: report this incident for supervisor review."
        case .closeReasonRequired:
            "Give a reason for closing without a report."
        case .evidenceValueRequired:
            "Enter the evidence reference: an id, a link or the note's text."
        case .complaintIdRequired:
            "Enter the complaint's id."
        case .complaintAlreadyLinked(let id):
            "This incident is already linked to complaint \(id)."
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
        case .notYourIncident:
            "Agents can only open and update incidents they raised. Ask a supervisor."
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
