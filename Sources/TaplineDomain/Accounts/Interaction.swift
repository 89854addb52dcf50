/// A contact with the customer: a call, a letter, an email, a visit.
///
/// Kept so the next agent knows what was said and promised, and so complaint and collection
/// rules can see what contact was made and when.
public struct Interaction: Hashable, Sendable, Codable {
    public var channel: InteractionChannel
    public var at: LocalDateTime
    /// The user name of the agent who handled it.
    public var agent: String
    public var summary: String

    public init(channel: InteractionChannel, at: LocalDateTime, agent: String, summary: String) {
        self.channel = channel
        self.at = at
        self.agent = agent
        self.summary = summary
    }
}

/// How a contact was made.
public enum InteractionChannel: String, Hashable, Sendable, Codable, CaseIterable {
    case phone
    case email
    case letter
    case inPerson
    case sms
    case webChat

    public var displayName: String {
        switch self {
        case .phone: return "Phone"
        case .email: return "Email"
        case .letter: return "Letter"
        case .inPerson: return "In person"
        case .sms: return "SMS"
        case .webChat: return "Web chat"
        }
    }
}
