import TaplineDomain

/// Why the conduct store refused something; `message` is shown to the user as it is.
///
/// The conduct policy's own refusals (steps, decisions, permissions) are `ConductRefusal`s
/// from the domain and pass through unchanged; these are the store's.
public enum ConductStoreError: Error, Hashable, Sendable {
    case incidentNotFound(String)
    /// An account linked to an incident later must be one the utility has.
    case accountNotFound(String)
    /// The review queue and the restrictions due for review are supervisors' work.
    case reviewIsForSupervisors
    /// A letter goes to the account holder at the billing address: an incident without an
    /// account has no one to address it to.
    case noAccountForLetter(incidentId: String)
    case letterNotNeeded(SupervisorDecisionKind)
    case cannotWriteLetter(path: String, reason: String)
    /// On the shared store the user is the login the server authenticated; work in another
    /// name is refused before it is tried.
    case notTheSignedInUser(claimed: String, signedIn: String)
    /// The shared store's grants, row-level security or decision trigger said no.
    case refusedByTheDatabase(String)

    public var message: String {
        switch self {
        case .incidentNotFound(let id):
            "There is no conduct incident \(id)."
        case .accountNotFound(let number):
            "There is no account \(number): check the number with the caller, or look it up first."
        case .reviewIsForSupervisors:
            "Only supervisors review conduct incidents and contact restrictions."
        case .noAccountForLetter(let id):
            "Incident \(id) has no account, so there is no address for a letter: link the account on the incident first (a)."
        case .letterNotNeeded(let kind):
            "A \(kind.label) decision has no letter to the customer."
        case let .cannotWriteLetter(path, reason):
            "The letter could not be written to \(path): \(reason)."
        case let .notTheSignedInUser(claimed, signedIn):
            "You are signed in to the database as \(signedIn), so nothing can be saved or read as \(claimed)."
        case .refusedByTheDatabase(let reason):
            "The database refused: \(reason)."
        }
    }
}
