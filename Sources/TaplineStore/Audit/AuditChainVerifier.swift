/// Checks the audit trail one entry at a time, in sequence order, against the recorded head:
/// both stores stream their rows through it, so neither holds the trail in memory and both
/// judge a break the same way.
///
/// An entry is sound when its number is the next one, it links to the previous entry's hash,
/// and its contents hash to its own. At the end the last sound entry must be the head.
public struct AuditChainVerifier {
    public let head: AuditChainHead
    public private(set) var checked = 0
    public private(set) var firstBreak: AuditChainBreak?
    private var encoder = AuditChain.Encoder()
    private var lastSequence: Int64 = 0
    private var lastHash = AuditChain.genesis

    public init(head: AuditChainHead) { self.head = head }

    /// Checks the next entry; false once the trail is found broken (read no further).
    public mutating func check(_ record: AuditChainRecord) -> Bool {
        guard firstBreak == nil else { return false }
        if let problem = problem(with: record) {
            firstBreak = problem
            return false
        }
        lastSequence = record.sequence ?? lastSequence
        lastHash.withUnsafeMutableBytes { $0.copyMemory(from: record.hash) }
        checked += 1
        return true
    }

    /// The verdict once every entry has been checked (or the first break found).
    public mutating func finish() -> AuditVerification {
        if firstBreak == nil {
            if lastSequence < head.sequence {
                firstBreak = .deleted(first: lastSequence + 1, last: head.sequence)
            } else if lastHash != head.hash {
                // The newest entry was rewritten with a fresh hash: nothing after it to break.
                firstBreak = .altered(sequence: lastSequence)
            }
        }
        return AuditVerification(checked: checked, head: head, firstBreak: firstBreak)
    }

    private mutating func problem(with record: AuditChainRecord) -> AuditChainBreak? {
        guard let sequence = record.sequence, sequence > lastSequence, sequence <= head.sequence else {
            return .insertedOutOfOrder(sequence: record.sequence, id: record.id)
        }
        if sequence > lastSequence + 1 { return .deleted(first: lastSequence + 1, last: sequence - 1) }
        guard record.previousHash.elementsEqual(lastHash) else { return .brokenLink(sequence: sequence) }
        let hash = encoder.hash(sequence: sequence, previous: record.previousHash, at: record.at, who: record.who,
                                action: record.action, account: record.accountNumber, detail: record.detail)
        guard hash.elementsEqual(record.hash) else { return .altered(sequence: sequence) }
        return nil
    }
}
