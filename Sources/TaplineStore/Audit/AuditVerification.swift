/// What `tapline audit verify` found: how many entries it checked, the head it checked them
/// against, and the first break, if any.
public struct AuditVerification: Equatable, Sendable {
    /// Entries found sound, in sequence order, before the first break (all of them when none).
    public var checked: Int
    public var head: AuditChainHead
    public var firstBreak: AuditChainBreak?

    public init(checked: Int, head: AuditChainHead, firstBreak: AuditChainBreak?) {
        self.checked = checked
        self.head = head
        self.firstBreak = firstBreak
    }

    public var isSound: Bool { firstBreak == nil }
}
