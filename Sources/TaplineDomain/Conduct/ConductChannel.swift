/// How the person was in contact with staff when the behaviour happened.
///
/// Conduct policy, "Key principles": unacceptable behaviour is not tolerated during a phone
/// call, face to face, on the road, in an email, on Live Chat, over social media "or any
/// other form of communication".
public enum ConductChannel: String, Sendable, Codable, CaseIterable {
    case phone
    case faceToFace
    case onTheRoad
    case email
    case liveChat
    case socialMedia
    case other

    public var label: String {
        switch self {
        case .phone: "phone call"
        case .faceToFace: "face to face"
        case .onTheRoad: "with staff on the road"
        case .email: "email"
        case .liveChat: "live chat"
        case .socialMedia: "social media"
        case .other: "other contact"
        }
    }

    /// Written channels, where a request to stop is typed rather than said.
    public var isWritten: Bool { self == .email || self == .liveChat || self == .socialMedia }
}
