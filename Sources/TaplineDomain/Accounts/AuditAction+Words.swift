extension AuditAction {
    /// How the trail says it, after the user's name: "asmith viewed the account".
    public var words: String {
        switch self {
        case .viewed: return "viewed"
        case .created: return "created"
        case .changed: return "changed"
        case .imported: return "imported"
        case .noteAdded: return "added a note"
        case .interactionRecorded: return "recorded a contact"
        case .refused: return "was refused"
        }
    }
}
