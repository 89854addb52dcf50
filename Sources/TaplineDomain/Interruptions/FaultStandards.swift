/// What a caller reporting a fault is promised (Charter 8.2, 9.2 and the Attachment), so the
/// agent can say it: how soon the crew attends, how soon supply is back, and for low flow the
/// minimum the property's service pipe must deliver.
public enum FaultKind: String, Hashable, Sendable, Codable, CaseIterable {
    case burstOrLeak = "burst-or-leak"
    case noWater = "no-water"
    case lowPressureOrFlow = "low-flow"
    case waterQuality = "water-quality"
    case sewerBlockage = "sewer-blockage"
    case sewerSpillInside = "sewer-spill-inside"
    case sewerSpillOutside = "sewer-spill-outside"

    public var service: UtilityService {
        switch self {
        case .burstOrLeak, .noWater, .lowPressureOrFlow, .waterQuality: return .water
        case .sewerBlockage, .sewerSpillInside, .sewerSpillOutside: return .sewer
        }
    }

    /// Bursts, supply off and spills are attended first; a quality or flow concern is tested
    /// (8.3) rather than attended as an emergency.
    public var priority: FaultPriority {
        switch self {
        case .burstOrLeak, .noWater, .sewerSpillInside, .sewerSpillOutside, .sewerBlockage: return .high
        case .lowPressureOrFlow, .waterQuality: return .lowest
        }
    }
}

public enum FaultPriority: String, Hashable, Sendable, Codable {
    case high, lowest
}

/// The standards a fault is attended and put right by (9.2(b)–(d)); averages, as the charter
/// gives them, except the five hours for a spill, which is a limit.
public struct FaultStandards: Hashable, Sendable {
    /// 9.2(b): high-priority water bursts and leaks attended within 25 minutes on average.
    public var attendWaterMinutes = 25
    /// 9.2(b): high-priority sewer spills and blockages attended within 30 minutes on average.
    public var attendSewerMinutes = 30
    /// 9.2(b): the lowest-priority events within 95 minutes on average.
    public var attendLowestMinutes = 95
    /// 9.2(c): water supply restored within 90 minutes on average.
    public var restoreWaterMinutes = 90
    /// 9.2(c): a sewer blockage in the utility's pipes cleared within 103 minutes on average.
    public var clearBlockageMinutes = 103
    /// 9.2(d): every sewer spill contained within five hours.
    public var containSpillMinutes = 300
    /// 8.2: minimum flow, litres a minute, by service pipe diameter in mm.
    public var minimumFlow: [Int: Int] = [20: 20, 25: 35, 32: 60, 40: 90, 50: 160]

    public init() {}

    public static let victoria = FaultStandards()

    /// How soon a crew attends this kind of fault, on average (9.2(b)).
    public func attendanceMinutes(_ kind: FaultKind) -> Int {
        switch (kind.priority, kind.service) {
        case (.lowest, _): return attendLowestMinutes
        case (.high, .water): return attendWaterMinutes
        case (.high, .sewer): return attendSewerMinutes
        }
    }

    /// The minimum flow at the meter for a service pipe of `diameter` mm (8.2); nil for a size
    /// the charter's table does not list.
    public func minimumFlowLitresPerMinute(pipeDiameter diameter: Int) -> Int? { minimumFlow[diameter] }

    /// What the agent tells the caller, clause cited.
    public func promise(for kind: FaultKind, pipeDiameter: Int? = nil) -> [String] {
        var lines = ["A crew attends within \(attendanceMinutes(kind)) minutes on average (Charter 9.2(b))."]
        switch kind {
        case .burstOrLeak, .noWater:
            lines.append("Supply is restored within \(restoreWaterMinutes) minutes on average (9.2(c)).")
        case .sewerBlockage:
            lines.append("A blockage in our pipes is cleared within \(clearBlockageMinutes) minutes on average (9.2(c)).")
        case .sewerSpillInside, .sewerSpillOutside:
            lines.append("Every spill is contained within \(containSpillMinutes / 60) hours (9.2(d)).")
        case .lowPressureOrFlow:
            if let diameter = pipeDiameter, let flow = minimumFlowLitresPerMinute(pipeDiameter: diameter) {
                lines.append("A \(diameter) mm service must deliver at least \(flow) litres a minute at the meter (8.2).")
            } else {
                lines.append("The charter sets no minimum flow for this service pipe's size (8.2).")
            }
            lines.append("A flow test can be asked for; it may be charged for if the flow meets the standard (8.3).")
        case .waterQuality:
            lines.append("The water can be tested; it may be charged for if it meets the standard (8.3).")
        }
        return lines
    }
}
