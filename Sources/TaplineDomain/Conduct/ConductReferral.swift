/// A referral some incidents must have before they can be decided.
///
/// Conduct policy: actual or threatened physical harm "will always be reported" (police),
/// and an employee's conduct as a customer "will be addressed through the appropriate human
/// resources policies and procedures" (HR).
public enum ConductReferral: String, Sendable, Codable, CaseIterable {
    case police
    case hr

    public var label: String {
        switch self {
        case .police: "police referral"
        case .hr: "HR referral"
        }
    }
}
