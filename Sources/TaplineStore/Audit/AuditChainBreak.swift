/// The first thing wrong with the audit trail, naming the entry by its sequence number.
public enum AuditChainBreak: Equatable, Sendable {
    /// The entry's contents no longer hash to what was recorded when it was written.
    case altered(sequence: Int64)
    /// Entries `first…last` are missing: a gap in the numbers, or the newest ones gone
    /// (the trail ends before the recorded head).
    case deleted(first: Int64, last: Int64)
    /// The entry does not link to the one before it: entries between them were removed and
    /// the rest renumbered, or the one before was rewritten with a fresh hash.
    case brokenLink(sequence: Int64)
    /// The entry was put in out of the chain's order: a number already taken, past the
    /// recorded head, or none at all (row `id`).
    case insertedOutOfOrder(sequence: Int64?, id: Int64)

    /// One line for `tapline audit verify`.
    public var message: String {
        switch self {
        case .altered(let sequence):
            return "entry \(sequence) was altered: its contents do not match the hash recorded when it was written"
        case .deleted(let first, let last):
            return first == last ? "entry \(first) was deleted" : "entries \(first)–\(last) were deleted"
        case .brokenLink(let sequence):
            return "entry \(sequence) does not follow entry \(sequence - 1): entries between them were deleted, or entry \(sequence - 1) was rewritten"
        case .insertedOutOfOrder(let sequence?, let id):
            return "entry \(sequence) (row \(id)) was inserted out of order, around the chain"
        case .insertedOutOfOrder(nil, let id):
            return "row \(id) was inserted out of order: it has no place in the chain"
        }
    }
}
