/// Keys that work on every screen, unless the screen uses the key itself.
enum GlobalAction: Sendable {
    case help, back, quit, forceQuit, panel(Int), mode(Int)
}

/// A console-wide key that opens a panel about the current customer (F9: conduct incident).
public struct PanelBinding: Sendable {
    public let key: Key
    public let help: String
    public let open: @Sendable (CustomerContext) -> AnyScreen

    public init(key: Key, help: String, open: @escaping @Sendable (CustomerContext) -> AnyScreen) {
        self.key = key
        self.help = help
        self.open = open
    }
}
