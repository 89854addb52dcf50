import TaplineDomain

/// What a screen asks the console to do after `reduce`: run work, navigate, or say something.
///
/// Work runs off the input thread against `Services` and feeds its result back as an action,
/// so typing never waits on the store. Work with a `key` supersedes earlier work with the
/// same key on the same screen: a stale search result is dropped, never shown.
public struct Effect<Action: Sendable>: Sendable {
    enum Step: Sendable {
        case run(key: String?, work: @Sendable (Services) -> Action)
        case navigate(Navigation)
        case message(StatusMessage)
        case trainee(TraineeAction)
    }

    let steps: [Step]

    public static var none: Effect { Effect(steps: []) }

    /// Runs `work` in the background and sends its result back to this screen.
    public static func run(_ key: String? = nil, _ work: @escaping @Sendable (Services) -> Action) -> Effect {
        Effect(steps: [.run(key: key, work: work)])
    }

    public static func navigate(_ navigation: Navigation) -> Effect { Effect(steps: [.navigate(navigation)]) }
    public static func push<S: Screen>(_ screen: S) -> Effect { .navigate(.push(AnyScreen(screen))) }
    public static func replace<S: Screen>(_ screen: S) -> Effect { .navigate(.replace(AnyScreen(screen))) }
    public static var pop: Effect { .navigate(.pop) }
    public static var quit: Effect { .navigate(.quit) }

    /// Shows a line on the status bar: confirmations, or errors in the error role.
    public static func message(_ text: String, role: StyleRole = .success) -> Effect {
        Effect(steps: [.message(StatusMessage(text: text, role: role))])
    }

    public static func error(_ text: String) -> Effect { .message(text, role: .error) }

    /// Records what the trainee did, for demo-mode scoring; the console timestamps it.
    /// Outside demo mode nobody listens, so screens can record unconditionally.
    public static func trainee(_ action: TraineeAction) -> Effect { Effect(steps: [.trainee(action)]) }

    public static func batch(_ effects: [Effect]) -> Effect { Effect(steps: effects.flatMap(\.steps)) }

    public func and(_ other: Effect) -> Effect { Effect(steps: steps + other.steps) }

    public var isNone: Bool { steps.isEmpty }
}

/// Moving between screens.
public enum Navigation: Sendable {
    case push(AnyScreen)
    case replace(AnyScreen)
    case pop
    case popToRoot
    case quit
}

/// A line for the status bar, styled by role (and worded so colour is never the only cue).
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}
