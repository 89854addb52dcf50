/// Why a change to a complaint was refused; `message` is shown to the agent as it is.
public enum ComplaintRefusal: Error, Hashable, Sendable {
    case missingAccountNumber
    case missingDescription
    case missingAgent
    /// Only supervisors (and admins) give a complaint to someone (issue 12 item 4).
    case onlySupervisorsAssign(role: Role)
    /// The complaint is already theirs.
    case alreadyOwnedBy(String)
    /// An assignment with nobody named.
    case missingAssignee
    case disputedAmountNotPositive(Money)
    case loggedBeforeReceipt(received: LocalDateTime)
    case earlierThanLastEvent(LocalDateTime)
    case closed
    case notAHigherLevel(current: EscalationLevel, requested: EscalationLevel)
    case nothingToReview
    case missingResponseText
    case missingReasons
    case alreadyDecided
    case promisedDateTooEarly(promised: CivilDate, notice: CivilDate)
    case claimAlreadyOpen(forum: ExternalForum, lodgedOn: CivilDate)
    case noOpenClaim
    case claimDateOutOfRange(CivilDate)
    case noResponseYet
    case reviewPending(since: LocalDateTime)
    case claimOpen(forum: ExternalForum, lodgedOn: CivilDate)
    case notResolved([UnresolvedReason])
    case letterDetailsRequired
    /// Charter Part C, 3.1(b): a date promised to a customer must be a business day.
    case notABusinessDay(CivilDate, why: String, next: CivilDate)
    /// Charter 3.1(e): the amount held from collection cannot be more than is owed.
    case disputedAmountExceedsOwed(amount: Money, owed: Money)
    /// Charter 3.1(e): nothing is owed, so there is nothing to hold from collection.
    case nothingOwed(balance: Money)
    /// A disputed amount was given without the amount owed to check it against.
    case amountOwedUnknown
    /// The same fact is already on the record (recorded once, not again).
    case alreadyRecorded(String, at: LocalDateTime)
    /// Charter 3.1(d)(1): a decision at a higher level is made by that level (or on its behalf).
    case notAuthorisedAtLevel(EscalationLevel, role: Role)

    public var message: String {
        switch self {
        case .missingAccountNumber: return "enter the account number"
        case .missingDescription: return "describe the complaint"
        case .missingAgent: return "the agent's name is missing"
        case .onlySupervisorsAssign(let role):
            return "only a supervisor gives a complaint to someone, and you are \(RoleChange.article(role)) \(role.rawValue)"
        case .alreadyOwnedBy(let owner): return "the complaint is already \(owner)'s"
        case .missingAssignee: return "choose who the complaint goes to"
        case .disputedAmountNotPositive(let amount):
            return "a disputed amount must be more than $0.00 (got \(amount.formatted)); leave it empty if none"
        case .loggedBeforeReceipt(let received):
            return "cannot be logged before it was received (\(received.display))"
        case .earlierThanLastEvent(let last):
            return "the time is before the last entry on the complaint (\(last.display))"
        case .closed: return "the complaint is closed"
        case .notAHigherLevel(let current, let requested):
            return "\(requested.title) is not above \(current.title): a complaint can only be raised to a higher level (Charter 3.1(d)(1))"
        case .nothingToReview: return "no decision has been given yet, so there is nothing to review"
        case .missingResponseText: return "write the response the customer was given"
        case .missingReasons: return "give the reasons for the decision (Charter 3.1(c))"
        case .alreadyDecided: return "a decision has already been given; record a further review instead"
        case .promisedDateTooEarly(let promised, let notice):
            return "the reply date \(promised.display) must be after the day the customer is told (\(notice.display)) (Charter 3.1(b))"
        case .claimAlreadyOpen(let forum, let lodged):
            return "\(forum.withArticle) claim lodged \(lodged.display) is still open"
        case .noOpenClaim: return "there is no open external claim to finalise"
        case .claimDateOutOfRange(let date):
            return "\(date.display) is outside the complaint's dates (after receipt, before the time recorded)"
        case .noResponseYet:
            return "give the customer a response with reasons before closing (Charter 3.1(a), 3.1(c))"
        case .reviewPending(let since):
            return "the customer asked for a further review on \(since.display); respond to it before closing"
        case .claimOpen(let forum, let lodged):
            return "\(forum.withArticle) claim lodged \(lodged.display) is open; wait until it is finalised (Charter 3.2)"
        case .notResolved(let reasons):
            return "not resolved: " + reasons.map(\.message).joined(separator: "; ")
        case .letterDetailsRequired: return "a letter needs the customer's name and the utility's name"
        case let .notABusinessDay(date, why, next):
            return "\(LetterFrame.longDate(date)) is \(why), not a business day; dates promised to customers are business days (the next is \(LetterFrame.longDate(next)))"
        case let .disputedAmountExceedsOwed(amount, owed):
            return "the disputed amount \(amount.formatted) is more than the \(owed.formatted) owed on the account; it cannot exceed what is owed (Charter 3.1(e))"
        case .nothingOwed(let balance):
            let owing = balance < .zero ? "the account is in credit (\(Money(cents: -balance.cents).formatted))" : "nothing is owed on the account"
            return "\(owing), so no amount can be held from collection (Charter 3.1(e)); leave the disputed amount empty"
        case .amountOwedUnknown:
            return "the amount owed on the account is not known, so a disputed amount cannot be checked; try again"
        case let .alreadyRecorded(fact, at):
            return "\(fact) is already recorded (\(at.display)); a fact is recorded once"
        case let .notAuthorisedAtLevel(level, role):
            return "a decision at \(level.title) level is recorded by the \(level.title), or by a supervisor on their behalf; you are \(role == .agent ? "an" : "a") \(role.rawValue) (Charter 3.1(d)(1))"
        }
    }
}
