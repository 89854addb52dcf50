import TaplineDomain

extension ComplaintUrgency {
    /// The theme role an urgency is drawn in; its `word` is always written beside it.
    var role: StyleRole {
        switch self {
        case .overdue: return .danger
        case .dueToday, .dueSoon: return .warning
        case .onTrack: return .success
        }
    }
}
