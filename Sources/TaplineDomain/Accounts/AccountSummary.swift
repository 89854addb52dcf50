/// One row of a lookup: enough to tell accounts apart and pick the right one.
public struct AccountSummary: Hashable, Sendable, Codable {
    public var accountNumber: String
    public var primaryName: String
    /// The property's address on one line: "18 Evans Street, Sunbury VIC 3429".
    public var addressLine: String
    public var phone: String?
    /// Positive is owed, negative is a credit.
    public var balance: Money
    /// In display order (`AccountFlag` declaration order).
    public var flags: [AccountFlag]

    public init(accountNumber: String, primaryName: String, addressLine: String, phone: String?,
                balance: Money, flags: [AccountFlag]) {
        self.accountNumber = accountNumber
        self.primaryName = primaryName
        self.addressLine = addressLine
        self.phone = phone
        self.balance = balance
        self.flags = flags.sorted()
    }
}
