/// A key, what it does, and the words that describe it, kept together.
///
/// Help (F1) and the key-hint bar are generated from the same bindings that handle the keys,
/// so what the agent reads can never drift from what the keys do (bubbles' key.Binding).
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    /// What the key-hint bar shows for the key, e.g. "F2" or "Enter".
    public let label: String
    /// What the key does, in a few words: "save", "open account".
    public let help: String
    /// Whether the bottom key-hint bar shows it (help always lists it).
    public let showsInBar: Bool
    public let action: Action

    public init(_ keys: [Key], label: String? = nil, help: String, bar: Bool = true, action: Action) {
        self.keys = keys
        self.label = label ?? keys.map(\.name).joined(separator: "/")
        self.help = help
        self.showsInBar = bar
        self.action = action
    }

    public init(_ key: Key, label: String? = nil, help: String, bar: Bool = true, action: Action) {
        self.init([key], label: label, help: help, bar: bar, action: action)
    }

    public var hint: KeyHint { KeyHint(label: label, help: help, showsInBar: showsInBar) }
}

/// The description of a binding, without its action: what help and the hint bar list.
public struct KeyHint: Equatable, Sendable {
    public let label: String
    public let help: String
    public let showsInBar: Bool

    public init(label: String, help: String, showsInBar: Bool = true) {
        self.label = label
        self.help = help
        self.showsInBar = showsInBar
    }
}

extension Array {
    /// The action bound to a key, the first binding winning.
    public func action<A>(for key: Key) -> A? where Element == KeyBinding<A> {
        first(where: { $0.keys.contains(key) })?.action
    }

    public func hints<A>() -> [KeyHint] where Element == KeyBinding<A> { map(\.hint) }
}
