/// What a cell means, not what colour it is: themes map roles to colours.
///
/// Every state colour also has a word or glyph beside it on screen (STYLE: "every state
/// colour has a text or glyph"), so a monochrome terminal or a colour-blind agent loses nothing.
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
    case text
    case muted
    case accent
    case title
    case header
    case border
    case selection
    case input
    case inputFocused = "input-focused"
    case warning
    case danger
    case success
    case info
    case badge
    case keyHint = "key-hint"
    case keyHintKey = "key-hint-key"
    case status
    case error
    case demoBanner = "demo-banner"
    case chartBar = "chart-bar"
    case chartCompare = "chart-compare"
    case chartAverage = "chart-average"
    case dialog
    case tabActive = "tab-active"
    case tabInactive = "tab-inactive"

    /// The role a theme falls back to when it leaves this one out (helix-style inheritance).
    public var fallback: StyleRole? {
        switch self {
        case .text: return nil
        case .muted, .accent, .title, .header, .border, .input, .badge, .status, .dialog, .info: return .text
        case .inputFocused: return .input
        case .selection, .tabActive: return .accent
        case .tabInactive: return .muted
        case .keyHint: return .status
        case .keyHintKey: return .accent
        case .warning, .danger, .success: return .accent
        case .error: return .danger
        case .demoBanner: return .warning
        case .chartBar: return .accent
        case .chartCompare: return .muted
        case .chartAverage: return .info
        }
    }
}
