import TaplineDomain

/// A save refused because someone changed the record first, and the change to make again on
/// the fresh copy (issue 12 item 3).
///
/// A screen that gets `ChangedSinceRead` from its port keeps what was typed, reloads the
/// record, and holds one of these until the agent presses `key` (which runs `change` again,
/// through the domain rule, on the fresh copy), cancels, or saves something else. Every area's
/// screen offers it with the same key and words, so agents learn it once.
public struct ReapplyOffer<Change: Sendable>: Sendable {
    public let refusal: ChangedSinceRead
    /// What the agent did, to do again on the fresh copy.
    public let change: Change

    public init(refusal: ChangedSinceRead, change: Change) {
        self.refusal = refusal
        self.change = change
    }

    /// Ctrl-R: free on every screen, and typed into no form field.
    public static var key: Key { .ctrl("r") }

    /// The refusal, and what the key does: shown until the offer is taken or dropped.
    public var message: String { "\(refusal.message). Ctrl-R: reapply your change on the fresh copy" }

    /// The key-hint bar's entry while the offer stands.
    public static func binding<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding(key, help: "reapply your change on the fresh copy", action: action)
    }
}

extension Optional {
    /// Ctrl-R pressed: the change the standing offer holds, taken once (the offer is gone
    /// after), or nil when none stands.
    public mutating func takeChange<Change>() -> Change? where Wrapped == ReapplyOffer<Change> {
        defer { self = nil }
        return self?.change
    }
}
