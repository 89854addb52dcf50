/// Who may decide a complaint at each level, and how the decision names who made it.
///
/// Charter 3.1(d)(1) gives the customer "the opportunity to raise the complaint to a higher
/// level such as a Team Leader, Manager or General Manager". A level is a person, not a label:
/// a decision "by our General Manager" that an agent recorded herself would tell the customer
/// something that did not happen. So:
///
/// - at the first level (Customer Service Officer) any agent or supervisor decides;
/// - at a higher level, the decision is recorded by someone configured as holding that level
///   (named as such: "Sam Lee, Manager"), or by a supervisor, or the holder of a higher level,
///   on that level's behalf, named as such ("Pat Roe, supervisor, on behalf of the General
///   Manager");
/// - nobody else: an agent (or trainer) who holds no level is refused, with the reason.
///
/// Who holds which level is configuration the store keeps (`tapline complaints deciders`).
public enum ComplaintAuthority {
    /// The person deciding at `level`, or the refusal saying who may.
    public static func decider(at level: EscalationLevel, responder: ComplaintResponder) throws(ComplaintRefusal) -> ComplaintDecider {
        if level == .frontline || responder.holds == level {
            return ComplaintDecider(name: responder.name, level: level, capacity: .holder,
                                    ownTitle: (responder.holds ?? level).title)
        }
        if let held = responder.holds, held > level {
            return ComplaintDecider(name: responder.name, level: level, capacity: .onBehalf, ownTitle: held.title)
        }
        if responder.role.actsAsSupervisor {
            return ComplaintDecider(name: responder.name, level: level, capacity: .onBehalf,
                                    ownTitle: responder.holds?.title ?? ComplaintDecider.supervisorTitle)
        }
        throw .notAuthorisedAtLevel(level, role: responder.role)
    }

    /// True when `responder` may record a decision at `level`.
    public static func mayDecide(at level: EscalationLevel, responder: ComplaintResponder) -> Bool {
        (try? decider(at: level, responder: responder)) != nil
    }
}

/// The user recording a decision: their login, the name letters give them, their role, and the
/// complaint level they are configured as holding, if any.
public struct ComplaintResponder: Hashable, Sendable {
    /// The console user (the login recorded on the timeline).
    public let user: String
    /// "Sam Lee": how letters name them; the login when no name is configured.
    public let name: String
    public let role: Role
    /// The level this user holds (a Team Leader, the Manager…); nil for none.
    public let holds: EscalationLevel?

    public init(user: String, name: String? = nil, role: Role, holds: EscalationLevel? = nil) {
        self.user = user
        let trimmed = name?.trimmingCharactersWhitespace() ?? ""
        self.name = trimmed.isEmpty ? user : trimmed
        self.role = role
        self.holds = holds
    }
}

/// Who made a decision, as the response letter and the complaint screen name them.
public struct ComplaintDecider: Hashable, Sendable, Codable {
    public enum Capacity: String, Hashable, Sendable, Codable {
        /// They hold the level (or decided at the first level).
        case holder
        /// A supervisor, or the holder of a higher level, on the level's behalf.
        case onBehalf = "on-behalf"
    }

    public let name: String
    /// The level the decision was made at.
    public let level: EscalationLevel
    public let capacity: Capacity
    /// Their own title: the level they hold, or "supervisor".
    public let ownTitle: String

    static let supervisorTitle = "supervisor"

    public init(name: String, level: EscalationLevel, capacity: Capacity, ownTitle: String) {
        self.name = name
        self.level = level
        self.capacity = capacity
        self.ownTitle = ownTitle
    }

    /// "Sam Lee, Manager" or "Pat Roe, supervisor, on behalf of the General Manager".
    public var signature: String {
        switch capacity {
        case .holder: return "\(name), \(level.title)"
        case .onBehalf: return "\(name), \(ownTitle), on behalf of the \(level.title)"
        }
    }
}
