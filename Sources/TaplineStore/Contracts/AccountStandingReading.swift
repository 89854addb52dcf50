import TaplineDomain

/// An account with its bills and payments: what complaints, collections, hardship and payment
/// plans read of an account (letters' addressee, the amount owed, the payment history behind
/// 5.6(a)(1) and 7.2(a), a plan's charges in the last year).
public struct AccountStanding: Hashable, Sendable {
    public var account: Account
    /// Oldest first.
    public var bills: [Bill]
    /// Oldest first.
    public var payments: [Payment]

    public init(account: Account, bills: [Bill], payments: [Payment]) {
        self.account = account
        self.bills = bills
        self.payments = payments
    }

    /// The primary customer's name and the postal address, one line each, as letters give them.
    public var letterAddressee: (name: String, lines: [String]) {
        let address = account.billingAddress
        let lastLine = [address.suburb, address.state, address.postcode].filter { !$0.isEmpty }.joined(separator: " ")
        return (account.primaryCustomer?.name ?? "", address.lines + [lastLine])
    }
}

/// Reads an account's standing; the complaints, collections, hardship and plans adapters and
/// their letters use it instead of the whole accounts store.
///
/// It is its own small contract so those areas do not depend on everything the accounts
/// store offers (lookups, edits, notes), and so a store can serve it from one query.
public protocol AccountStandingReading: Sendable {
    /// The account with its bills and payments, or nil when there is no such account.
    func standing(ofAccount accountNumber: String) throws -> AccountStanding?
}
