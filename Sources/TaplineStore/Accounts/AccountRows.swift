import Foundation
import GRDB
import TaplineDomain

/// Writes and reads an account's own rows (account, its addresses, its customers).
public enum AccountRows {
    /// The row id and saved version of an account, or nil when there is none.
    static func identity(of accountNumber: String, _ db: Database) throws -> (id: Int64, version: Int)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, version FROM account WHERE number = ?"), arguments: [accountNumber])
            .map { ($0[0], $0[1]) }
    }

    /// The row id of an account, or `StoreError.accountNotFound`.
    static func id(of accountNumber: String, _ db: Database) throws -> Int64 {
        guard let identity = try identity(of: accountNumber, db) else { throw StoreError.accountNotFound(accountNumber) }
        return identity.id
    }

    /// Refuses an account that could not be shown or looked up properly: the one check every
    /// store makes before it writes an account.
    public static func validate(_ account: Account) throws {
        func refuse(_ reason: String) -> StoreError { .invalidAccount(accountNumber: account.accountNumber, reason: reason) }
        if let problem = AccountNumber.problem(with: account.accountNumber) { throw refuse(problem) }
        guard !account.customers.isEmpty else { throw refuse("it names no customer") }
        guard account.customers.filter(\.isPrimary).count == 1 else { throw refuse("exactly one customer must be primary") }
        guard account.customers.allSatisfy({ !$0.name.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw refuse("every customer needs a name")
        }
        guard account.property.servicePipeSizeMillimetres > 0 else { throw refuse("the service pipe size must be positive") }
    }

    /// Inserts a new account (version 1) with its customers and lookup index; returns its row id.
    static func insert(_ account: Account, _ db: Database) throws -> Int64 {
        let writer = AccountWriter(db)
        let propertyID = try writer.insert(account.property.address)
        let billingID = account.billingAddress == account.property.address ? propertyID : try writer.insert(account.billingAddress)
        var first = account
        first.version = 1
        let id = try writer.insert(first, id: nil, billingAddressID: billingID, propertyAddressID: propertyID)
        try SearchIndex.add(SearchDocument(account: account), accountID: id, db)
        return id
    }
}
