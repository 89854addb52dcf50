/// What a complaint is about, for routing and for the complaints register.
///
/// `disputedAmount` matters for collection holds (Charter 3.1(e), 7.2(e)) whatever the
/// category; the category only describes the complaint.
public enum ComplaintCategory: String, Sendable, CaseIterable, Codable {
    case billing
    case disputedAmount = "disputed-amount"
    case waterQuality = "water-quality"
    case supplyInterruption = "supply-interruption"
    case meter
    case service
    case staffConduct = "staff-conduct"
    case other

    /// "Water quality": how the category is shown to a person.
    public var displayName: String {
        switch self {
        case .billing: return "Billing"
        case .disputedAmount: return "Disputed amount"
        case .waterQuality: return "Water quality"
        case .supplyInterruption: return "Supply interruption"
        case .meter: return "Meter"
        case .service: return "Service"
        case .staffConduct: return "Staff conduct"
        case .other: return "Other"
        }
    }
}
