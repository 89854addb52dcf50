/// How a complaint reached the utility.
///
/// Charter Part C: a complaint is "a written or verbal expression of dissatisfaction", so
/// every channel counts and the 10-business-day clock (3.1(a)) starts whichever one is used.
public enum ComplaintChannel: String, Sendable, CaseIterable, Codable {
    case phone, email, letter
    case inPerson = "in-person"
    case web
    case socialMedia = "social-media"

    /// "Social media": how the channel is shown to a person.
    public var displayName: String {
        switch self {
        case .phone: return "Phone"
        case .email: return "Email"
        case .letter: return "Letter"
        case .inPerson: return "In person"
        case .web: return "Web form"
        case .socialMedia: return "Social media"
        }
    }
}
