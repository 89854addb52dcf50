/// A record of who looked at or changed what, and when.
///
/// Every view and change of an account is recorded (opening an account records who viewed it
/// and when), so a customer's privacy question — "who has seen my account?" — has an answer.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// The user name of the person who acted.
    public var who: String
    public var at: LocalDateTime
    public var action: AuditAction
    /// The account concerned, when there is one.
    public var accountNumber: String?
    /// What exactly: "changed phone", "note added".
    public var detail: String

    public init(who: String, at: LocalDateTime, action: AuditAction, accountNumber: String?, detail: String = "") {
        self.who = who
        self.at = at
        self.action = action
        self.accountNumber = accountNumber
        self.detail = detail
    }
}

/// The kind of act an audit entry records. Areas add cases as they need them; raw values are
/// stored, so they never change.
public enum AuditAction: String, Hashable, Sendable, Codable, CaseIterable {
    case viewed
    case created
    case changed
    case imported
    case noteAdded
    case interactionRecorded
    /// Something asked for and refused (a role change by someone who may not make it).
    case refused
}
