/// A free-text note an agent left on an account.
///
/// Notes are only ever added, never edited, so two agents writing at once both keep theirs.
public struct Note: Hashable, Sendable, Codable {
    public var text: String
    /// The user name of the agent who wrote it.
    public var agent: String
    public var at: LocalDateTime

    public init(text: String, agent: String, at: LocalDateTime) {
        self.text = text
        self.agent = agent
        self.at = at
    }
}
