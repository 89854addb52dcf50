/// The last link of the chain as the store recorded it when the entry was written: its
/// sequence number and hash, kept in a one-row table beside the trail.
///
/// Without it, removing the newest entries or appending one around the chain would leave a
/// trail that still links up; against the head, both show.
public struct AuditChainHead: Equatable, Sendable {
    public var sequence: Int64
    public var hash: [UInt8]

    public init(sequence: Int64, hash: [UInt8]) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The head of an empty trail.
    public static let empty = AuditChainHead(sequence: 0, hash: AuditChain.genesis)
}
