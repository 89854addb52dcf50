/// How keys change a choice (a `◂ … ▸` field): ←/→ step through it, and nothing else does.
///
/// Typing on a choice used to pick the next value starting with the letter, so words meant for
/// another field ("Jane Doe") silently recorded a choice nobody made. Space is a printable key
/// too: it once stepped the choice forward, so the space in "Jane Doe" still changed it. Every
/// choice in the console goes through this one rule.
public enum ChoiceKeys {
    /// What an edit does to a choice of `count` values now at `current`.
    public enum Outcome: Equatable, Sendable {
        /// The choice moves to this index.
        case moved(to: Int)
        /// A character (Space too) was typed: the choice stays, and the screen says how to change it.
        case typingIgnored
        /// Not a key for choices (Backspace, Home…): nothing happens.
        case unchanged
    }

    /// What an agent is told after typing on a choice.
    public static let typingNotice = "a choice: not changed, use ←/→"

    public static func outcome(of edit: TextField.Edit, current: Int, count: Int) -> Outcome {
        guard count > 0 else { return .unchanged }
        switch edit {
        case .right: return .moved(to: (current + 1) % count)
        case .left: return .moved(to: (current + count - 1) % count)
        case .insert: return .typingIgnored
        default: return .unchanged
        }
    }
}
