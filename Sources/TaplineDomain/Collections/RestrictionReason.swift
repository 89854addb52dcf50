/// One reason supply may not be restricted, with the clause that gives it.
public struct RestrictionReason: Codable, Sendable, Hashable {
    /// The charter clause, such as "7.3(a)".
    public let clause: String
    /// A sentence for the agent, shown as it is.
    public let message: String

    public init(clause: String, message: String) {
        self.clause = clause
        self.message = message
    }
}
