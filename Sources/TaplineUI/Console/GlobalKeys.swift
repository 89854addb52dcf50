/// Keys that work on every screen, unless the screen uses the key itself.
enum GlobalAction: Sendable {
    case help, back, quit, forceQuit, commandLine, panel(Int), mode(Int)
}

/// A console-wide key that opens a panel about the current customer (F9: conduct incident).
///
/// With `openWithoutCustomer`, the key also works on screens about no customer (Home, the
/// lookup), except over another panel: an abusive caller can be recorded before they are
/// identified.
public struct PanelBinding: Sendable {
    public let key: Key
    public let help: String
    public let open: @Sendable (CustomerContext) -> AnyScreen
    public let openWithoutCustomer: (@Sendable () -> AnyScreen)?

    public init(key: Key, help: String, openWithoutCustomer: (@Sendable () -> AnyScreen)? = nil,
                open: @escaping @Sendable (CustomerContext) -> AnyScreen) {
        self.key = key
        self.help = help
        self.open = open
        self.openWithoutCustomer = openWithoutCustomer
    }

    /// Whether the key works with `top` on top of the console.
    func applies(over top: AnyScreen) -> Bool {
        top.customerContext != nil || (openWithoutCustomer != nil && !top.isOverlay)
    }
}
