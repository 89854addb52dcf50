import TaplineDomain

/// What saving contact details over the account as stored does, the same on both stores: the
/// account afterwards and the audit entry's words ("contact details: phone … → …").
public struct ContactDetailsChange: Sendable {
    public let after: Account
    public let auditDetail: String

    /// The change, or nil when nothing differs; refuses details for another number of
    /// customers than the account names (a form read before a holder was added or removed).
    public static func make(_ details: ContactDetails, over before: Account) throws -> ContactDetailsChange? {
        guard details.people.count == before.customers.count else {
            throw StoreError.invalidAccount(accountNumber: before.accountNumber,
                                            reason: "it names \(before.customers.count) customers, not \(details.people.count)")
        }
        let changes = details.changes(from: ContactDetails(of: before))
        guard !changes.isEmpty else { return nil }
        return ContactDetailsChange(after: details.applied(to: before), auditDetail: "contact details: " + changes.joined(separator: "; "))
    }
}
