/// How keys change a choice (a `◂ … ▸` field): ←/→ step through it, Space steps forward, and
/// nothing else does.
///
/// Typing on a choice used to pick the next value starting with the letter, so words meant for
/// another field ("Jane Doe") silently recorded a choice nobody made. Every choice in the
/// console goes through this one rule.
public enum ChoiceKeys {
    /// What an edit does to a choice of `count` values now at `current`.
    public enum Outcome: Equatable, Sendable {
        /// The choice moves to this index.
        case moved(to: Int)
        /// A character was typed: the choice stays, and the screen says how to change it.
        case typingIgnored
        /// Not a key for choices (Backspace, Home…): nothing happens.
        case unchanged
    }

    /// What an agent is told after typing on a choice.
    public static let typingNotice = "not changed: this is a choice — use ←/→ or Space"

    public static func outcome(of edit: TextField.Edit, current: Int, count: Int) -> Outcome {
        guard count > 0 else { return .unchanged }
        switch edit {
        case .right, .insert(" "): return .moved(to: (current + 1) % count)
        case .left: return .moved(to: (current + count - 1) % count)
        case .insert: return .typingIgnored
        default: return .unchanged
        }
    }
}
