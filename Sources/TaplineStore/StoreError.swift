import Foundation

/// Why the store refused or failed; `message` is shown to the agent as it is (and is also the
/// error's description, so a command line that prints the error prints the message).
public enum StoreError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    case accountNotFound(String)
    case accountAlreadyExists(String)
    case invalidAccount(accountNumber: String, reason: String)
    case cannotOpenFile(path: String, reason: String)
    /// Synthetic data goes only into a database without accounts.
    case notEmpty(accounts: Int)
    /// A newer Tapline has migrated the database: this build does not know its schema.
    case schemaTooNew(unknownMigrations: [String])
    /// The store refused what the user asked (the refusal is in the audit log).
    case refused(String)
    /// The database server cannot be reached now (stopped, restarting, network down):
    /// nothing was saved, and the same save can be made again once it is back.
    case unreachable(reason: String)
    /// A stored word this build does not know (a newer build wrote it, or a hand edit).
    case unreadable(String)

    public var message: String {
        switch self {
        case .accountNotFound(let number):
            return "no account \(number)"
        case .accountAlreadyExists(let number):
            return "account \(number) already exists"
        case let .invalidAccount(number, reason):
            return "account \(number) cannot be saved: \(reason)"
        case let .cannotOpenFile(path, reason):
            return "cannot open the database file \(path): \(reason)"
        case .schemaTooNew(let unknown):
            return "this database was changed by a newer version of Tapline (schema \(unknown.joined(separator: ", ")) "
                + "is unknown to this one); nothing was changed — run the newer tapline, or upgrade this one"
        case .refused(let reason):
            return "refused: \(reason)"
        case .unreachable:
            return "the database cannot be reached just now (nothing was saved); try again when RECONNECTING clears"
        case .unreadable(let what):
            return "the store holds something this version of Tapline cannot read (\(what)); nothing was changed"
        case .notEmpty(let accounts):
            return "the database already holds \(accounts) accounts; synthetic data goes only into an empty database"
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
