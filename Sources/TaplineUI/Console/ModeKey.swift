/// A console-wide key that belongs to a mode rather than a screen: F8 finishes a training
/// call from whichever screen the trainee is on.
///
/// While `isActive` says so, the key works on every screen that does not use it itself, and
/// help and the key-hint bar list it. Pressing it goes back to the screen of type `S` that is
/// in charge of the mode (the screens above it close, as with Esc) and sends it `action`.
public struct ModeKey: Sendable {
    public let key: Key
    public let help: String
    public let isActive: @Sendable () -> Bool
    let perform: @Sendable (Console, ScreenEnvironment) -> Void

    public init<S: Screen>(key: Key, help: String, isActive: @escaping @Sendable () -> Bool,
                           backTo type: S.Type, send action: S.Action) {
        self.key = key
        self.help = help
        self.isActive = isActive
        self.perform = { console, env in
            guard console.popBack(to: type, env: env) else { return }
            console.send(action, to: type, env: env)
        }
    }
}
