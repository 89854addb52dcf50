import TaplineDomain

/// Something an area offers on the account screen: a key, its words, and the screen it opens.
///
/// Areas register actions (log a complaint, assess hardship, set up a plan, check restriction)
/// through the environment, so the account screen lists them in its key bar and help without
/// knowing the areas, and a new area is one line of wiring. An action may be for some roles
/// only (the audit trail is for supervisors): the others get neither the key nor its help.
public struct AccountAction: Sendable {
    public let key: Key
    public let help: String
    /// Whether someone in this role is offered the action.
    public let isOffered: @Sendable (Role) -> Bool
    public let open: @Sendable (AccountContext) -> AnyScreen

    public init(key: Key, help: String, offeredTo isOffered: @escaping @Sendable (Role) -> Bool = { _ in true },
                open: @escaping @Sendable (AccountContext) -> AnyScreen) {
        self.key = key
        self.help = help
        self.isOffered = isOffered
        self.open = open
    }
}

/// The account an action is about, as the account screen knows it.
public struct AccountContext: Equatable, Sendable {
    public var accountNumber: String
    public var customerName: String

    public init(accountNumber: String, customerName: String) {
        self.accountNumber = accountNumber
        self.customerName = customerName
    }
}
