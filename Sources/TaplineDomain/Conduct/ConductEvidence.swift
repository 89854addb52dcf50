/// A reference to evidence of the behaviour, kept for the supervisor and the police.
///
/// Conduct policy, "The policy in action": "We will provide any evidence, such as video
/// footage, audio recordings, written information, or comments or posts made on social media
/// to assist in any police investigation." Tapline stores references, not the media itself.
public enum ConductEvidence: Hashable, Sendable, Codable {
    case callRecording(id: String)
    case emailTranscript(id: String)
    case chatTranscript(id: String)
    case socialMediaPost(link: String)
    case videoFootage(reference: String)
    case writtenNote(String)

    /// The id, link or text the reference holds.
    public var value: String {
        switch self {
        case .callRecording(let v), .emailTranscript(let v), .chatTranscript(let v),
             .socialMediaPost(let v), .videoFootage(let v), .writtenNote(let v):
            v
        }
    }

    public var kindLabel: String {
        switch self {
        case .callRecording: "call recording"
        case .emailTranscript: "email transcript"
        case .chatTranscript: "chat transcript"
        case .socialMediaPost: "social media post"
        case .videoFootage: "video footage"
        case .writtenNote: "written note"
        }
    }

    /// "call recording REC-123".
    public var label: String { "\(kindLabel) \(value)" }
}
