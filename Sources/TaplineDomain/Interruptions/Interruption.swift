/// A time a service was off at a property: a burst or planned works on the water main, or a
/// blocked sewer (Charter 9.2–9.4). What a Guaranteed Service Level is judged on (13).
public struct Interruption: Hashable, Sendable, Codable {
    public let id: String
    public let service: UtilityService
    public let planning: Planning
    public let start: LocalDateTime
    /// When supply came back; nil while it is still off.
    public let end: LocalDateTime?
    /// Who or what caused it: no GSL is paid for what the customer or a third party caused (13).
    public let cause: InterruptionCause

    public init(id: String, service: UtilityService, planning: Planning, start: LocalDateTime, end: LocalDateTime?,
                cause: InterruptionCause = .utility) {
        self.id = id
        self.service = service
        self.planning = planning
        self.start = start
        self.end = end
        self.cause = cause
    }

    /// Planned, with the notice given (9.4), or not.
    public enum Planning: Hashable, Sendable, Codable {
        /// `notifiedMinutes`: how long the written notice said it would last.
        case planned(notifiedMinutes: Int)
        case unplanned
    }

    /// How long it lasted, in minutes; nil while it is still off.
    public var minutes: Int? { end.map { $0.minutesSinceEpoch - start.minutesSinceEpoch } }
}

/// The services an interruption can cut.
public enum UtilityService: String, Hashable, Sendable, Codable, CaseIterable {
    case water, sewer
}

/// Charter 13: a GSL is paid only when the event "is not caused by, or is the responsibility
/// of the customer or a third party".
public enum InterruptionCause: String, Hashable, Sendable, Codable, CaseIterable {
    case utility, customer, thirdParty = "third-party"

    public var excludesRebate: Bool { self != .utility }
}

/// A sewage spill inside a customer's house, from when the utility was told to when it was
/// contained (Attachment: "not contained within one hour of notification").
public struct SewageSpill: Hashable, Sendable, Codable {
    public let id: String
    public let notifiedAt: LocalDateTime
    /// When it was contained; nil while it is not.
    public let containedAt: LocalDateTime?
    public let cause: InterruptionCause

    public init(id: String, notifiedAt: LocalDateTime, containedAt: LocalDateTime?, cause: InterruptionCause = .utility) {
        self.id = id
        self.notifiedAt = notifiedAt
        self.containedAt = containedAt
        self.cause = cause
    }
}
