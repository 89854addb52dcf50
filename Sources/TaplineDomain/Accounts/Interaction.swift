/// A contact with the customer: a call, a letter, an email, a visit.
///
/// Kept so the next agent knows what was said and promised, and so complaint and collection
/// rules can see what contact was made and when. A call taken at the console (issue 13 item 1)
/// also carries its wrap-up: why the customer called (`reason`), how it ended (`outcome`),
/// when it ended and what was done on it ("note added", "complaint C-2026-000001 logged"),
/// as codes from `WrapUpCodes`. Contacts recorded before wrap-ups existed have none of these.
public struct Interaction: Hashable, Sendable, Codable {
    public var channel: InteractionChannel
    /// When the contact started (a call: when the account was opened for it).
    public var at: LocalDateTime
    /// The user name of the agent who handled it.
    public var agent: String
    public var summary: String
    /// The wrap-up's reason code ("billing-enquiry"), when the contact had a wrap-up.
    public var reason: String?
    /// The wrap-up's outcome code ("resolved"), when the contact had a wrap-up.
    public var outcome: String?
    /// When the call ended (the wrap-up was saved).
    public var endedAt: LocalDateTime?
    /// What was done on the call, one line each, as the wrap-up found it.
    public var done: [String]

    public init(channel: InteractionChannel, at: LocalDateTime, agent: String, summary: String,
                reason: String? = nil, outcome: String? = nil, endedAt: LocalDateTime? = nil, done: [String] = []) {
        self.channel = channel
        self.at = at
        self.agent = agent
        self.summary = summary
        self.reason = reason
        self.outcome = outcome
        self.endedAt = endedAt
        self.done = done
    }

    private enum CodingKeys: String, CodingKey { case channel, at, agent, summary, reason, outcome, endedAt, done }

    /// Reads contacts written before wrap-ups existed (no reason, outcome, end or `done`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(channel: try c.decode(InteractionChannel.self, forKey: .channel), at: try c.decode(LocalDateTime.self, forKey: .at),
                  agent: try c.decode(String.self, forKey: .agent), summary: try c.decode(String.self, forKey: .summary),
                  reason: try c.decodeIfPresent(String.self, forKey: .reason), outcome: try c.decodeIfPresent(String.self, forKey: .outcome),
                  endedAt: try c.decodeIfPresent(LocalDateTime.self, forKey: .endedAt),
                  done: try c.decodeIfPresent([String].self, forKey: .done) ?? [])
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
