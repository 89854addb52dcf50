/// One screen of the console, Elm style: the value is its state, `reduce` is its update.
///
/// A screen maps keys to its own `Action`s (named after what the agent did), changes itself in
/// `reduce` and returns an `Effect` for anything outside it (a query, a save, navigation), and
/// draws itself in `render` without deciding anything. Tests drive screens with actions and
/// compare the rendered canvas as text; no terminal is needed.
public protocol Screen: Sendable {
    associatedtype Action: Sendable

    /// The screen's name in the title bar: "Account lookup", "Account 1002003004".
    var title: String { get }
    /// The keys this screen answers, in the order help lists them.
    var bindings: [KeyBinding<Action>] { get }
    /// Help for keys handled outside `bindings`, such as a text field's editing keys.
    var extraHelp: [KeyHint] { get }
    /// Whether leaving now would lose something the agent typed (quit asks first).
    var hasUnsavedInput: Bool { get }
    /// The customer this screen is about, so console-wide keys (F9 incident) know who.
    var customerContext: CustomerContext? { get }
    /// Whether this screen is drawn over the one beneath it (a panel) rather than replacing it.
    var isOverlay: Bool { get }
    /// The record this screen has open for changing (a complaint's or incident's number), so
    /// colleagues opening it hear that someone else may be changing it (`PresencePort`).
    var presenceSubject: String? { get }
    /// Whether this screen shows the customer's badges and special-needs registration itself
    /// (the account screen); on every other screen about a customer the console draws the
    /// registration in a strip above it (Charter 9.5).
    var showsCustomerFlags: Bool { get }

    /// The action a key means here, or nil to let the console handle it (Esc, F1, q…).
    func action(for key: Key) -> Action?
    /// Bindings that depend on the environment (the areas' actions on the account screen);
    /// tried after `action(for:)`, and listed in help and the key-hint bar like the others.
    func environmentBindings(env: ScreenEnvironment) -> [KeyBinding<Action>]
    /// Called when the screen is shown and each time the agent comes back to it.
    func appear(env: ScreenEnvironment) -> Effect<Action>
    /// Called while the screen is shown when someone (a colleague's console or this one) may
    /// have changed the shared store: a screen showing shared work reloads it, keeping the
    /// selection and anything typed (`StoreChangesPort`).
    func storeChanged(env: ScreenEnvironment) -> Effect<Action>
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action>
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment)
}

extension Screen {
    public var extraHelp: [KeyHint] { [] }
    public var hasUnsavedInput: Bool { false }
    public var customerContext: CustomerContext? { nil }
    public var isOverlay: Bool { false }
    public var presenceSubject: String? { nil }
    public var showsCustomerFlags: Bool { false }
    public func action(for key: Key) -> Action? { bindings.action(for: key) }
    public func appear(env: ScreenEnvironment) -> Effect<Action> { .none }
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { .none }
    public func environmentBindings(env: ScreenEnvironment) -> [KeyBinding<Action>] { [] }
}

/// Who the current screen is about: an account and the name to show.
public struct CustomerContext: Equatable, Sendable {
    public var accountNumber: String
    public var customerName: String

    public init(accountNumber: String, customerName: String) {
        self.accountNumber = accountNumber
        self.customerName = customerName
    }
}
