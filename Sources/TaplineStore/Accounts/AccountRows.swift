import Foundation
import GRDB
import TaplineDomain

/// Writes and reads an account's own rows (account, its addresses, its customers).
enum AccountRows {
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

    /// Refuses an account that could not be shown or looked up properly.
    static func validate(_ account: Account) throws {
        func refuse(_ reason: String) -> StoreError { .invalidAccount(accountNumber: account.accountNumber, reason: reason) }
        if let problem = AccountNumber.problem(with: account.accountNumber) { throw refuse(problem) }
        guard !account.customers.isEmpty else { throw refuse("it names no customer") }
        guard account.customers.filter(\.isPrimary).count == 1 else { throw refuse("exactly one customer must be primary") }
        guard account.customers.allSatisfy({ !$0.name.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw refuse("every customer needs a name")
        }
        guard account.property.servicePipeSizeMillimetres > 0 else { throw refuse("the service pipe size must be positive") }
    }

    /// Inserts a new account with its customers and lookup index; returns its row id.
    static func insert(_ account: Account, _ db: Database) throws -> Int64 {
        let propertyID = try AddressRows.id(for: account.property.address, reusing: [], db)
        let billingID = try AddressRows.id(for: account.billingAddress, reusing: [propertyID], db)
        try db.execute(sql: """
            INSERT INTO account(number, billing_address_id, property_address_id, balance_cents, \(detailColumns.joined(separator: ", ")), version)
            VALUES (?, ?, ?, ?, \(sqlPlaceholders(detailColumns.count)), 1)
            """, arguments: [account.accountNumber, billingID, propertyID, account.balance] + detailArguments(account))
        let id = db.lastInsertedRowID
        try insertCustomers(account.customers, accountID: id, db)
        try SearchIndex.add(SearchDocument(account: account), accountID: id, db)
        return id
    }

    /// The account columns an agent's edit may change (not the balance, which only bills and
    /// payments move), in the order `detailArguments` gives their values.
    static let detailColumns = ["electronic_address", "concession_card", "concession_number", "pipe_size_mm", "occupancy",
                                "special_need", "special_need_registered", "special_need_notes"]

    static func detailArguments(_ account: Account) -> StatementArguments {
        let card: (type: String?, number: String?) = switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
        return [account.electronicAddress, card.type, card.number, account.property.servicePipeSizeMillimetres,
                account.property.occupancy.rawValue, account.specialNeeds?.need.rawValue,
                account.specialNeeds?.registeredOn, account.specialNeeds?.notes]
    }

    static func insertCustomers(_ customers: [Customer], accountID: Int64, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO customer(account_id, position, name, phone, email, is_primary, third_party_name, third_party_relationship)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, customer) in customers.enumerated() {
            try insert.execute(arguments: [accountID, position, customer.name, customer.phone, customer.email, customer.isPrimary,
                                           customer.authorisedThirdParty?.name, customer.authorisedThirdParty?.relationship])
        }
    }
}
