/// One stored audit entry as the chain sees it, its values borrowed from the row being read.
///
/// Values are the stored bytes, not domain types: a tampered row may hold anything, and
/// hashing the bytes straight from SQLite's or libpq's buffers lets `verify` stream ten
/// million rows without making a string of each. The pointers are valid only for the call
/// the record is passed to.
public struct AuditChainRecord {
    /// The row's own key, which names an entry that has no sequence number.
    public var id: Int64
    /// Nil for a row written around the chain (its trigger dropped).
    public var sequence: Int64?
    public var previousHash: UnsafeRawBufferPointer
    public var hash: UnsafeRawBufferPointer
    /// `YYYY-MM-DDTHH:MM:SS`, the chain's text form of the time.
    public var at: UnsafeRawBufferPointer
    public var who: UnsafeRawBufferPointer
    public var action: UnsafeRawBufferPointer
    public var accountNumber: UnsafeRawBufferPointer?
    public var detail: UnsafeRawBufferPointer

    public init(id: Int64, sequence: Int64?, previousHash: UnsafeRawBufferPointer, hash: UnsafeRawBufferPointer,
                at: UnsafeRawBufferPointer, who: UnsafeRawBufferPointer, action: UnsafeRawBufferPointer,
                accountNumber: UnsafeRawBufferPointer?, detail: UnsafeRawBufferPointer) {
        self.id = id
        self.sequence = sequence
        self.previousHash = previousHash
        self.hash = hash
        self.at = at
        self.who = who
        self.action = action
        self.accountNumber = accountNumber
        self.detail = detail
    }
}
