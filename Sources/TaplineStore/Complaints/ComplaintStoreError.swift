/// Why the complaints register refused a save; `message` is shown to the agent as it is.
public enum ComplaintStoreError: Error, Hashable, Sendable {
    case notFound(String)
    /// `log` is for a complaint that has no number yet; a numbered one is saved with `save`.
    case alreadyNumbered(String)
    /// `save` needs the number the register gave the complaint when it was logged.
    case notNumbered
    /// The copy's fixed details (account, receipt, description…) differ from the stored ones.
    case detailsDiffer(number: String)
    case cannotWriteLetter(path: String, reason: String)
    /// A new decision names a decider other than the one the register knows its author as (Charter 3.1(d)(1)).
    case deciderNotRecognised(number: String, recorded: String?, expected: String)

    public var message: String {
        switch self {
        case .notFound(let number):
            return "no complaint \(number)"
        case .alreadyNumbered(let number):
            return "complaint \(number) is already in the register"
        case .notNumbered:
            return "the complaint has no number: log it first"
        case .detailsDiffer(let number):
            return "complaint \(number) cannot be saved: its logged details cannot change"
        case let .cannotWriteLetter(path, reason):
            return "cannot write the letter \(path): \(reason)"
        case let .deciderNotRecognised(number, recorded, expected):
            return "complaint \(number): the decision is recorded as made by \(recorded ?? "nobody named"), "
                + "but the register knows its author as \(expected) (Charter 3.1(d)(1)); nothing was saved"
        }
    }
}
