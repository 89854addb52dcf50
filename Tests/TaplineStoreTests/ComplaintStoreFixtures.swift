import Foundation
@testable import TaplineDomain
@testable import TaplineStore

/// Givens the complaint store tests share: a database with two accounts, and complaints to log.
enum ComplaintStoreFixtures {
    static let calendar = BusinessCalendar.victoria
    static let account = "1000000002"
    static let otherAccount = "1000000003"

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// An in-memory database holding John Smith's and Mei Chen's accounts.
    static func database() throws -> AppDatabase {
        let database = try StoreFixtures.memory()
        try seed(database)
        return database
    }

    static func seed(_ database: AppDatabase) throws {
        try StoreFixtures.create([StoreFixtures.account(account, "John Smith"),
                                  StoreFixtures.account(otherAccount, "Mei Chen")], in: database)
        try setBalance(owed, in: database)
    }

    /// What both accounts owe: a disputed amount cannot exceed it (Charter 3.1(e)).
    static let owed = Money(dollars: 2_016, cents: 80)

    /// Sets both accounts' balance as bills and payments would have left it.
    static func setBalance(_ balance: Money, in database: AppDatabase) throws {
        try database.writer.write { db in try db.execute(sql: "UPDATE account SET balance_cents = ?", arguments: [balance.cents]) }
    }

    /// A complaint as the log form makes it, not yet numbered.
    static func complaint(account: String = account, receivedAt: String = "2025-04-17T10:30",
                          disputed: Money? = nil, by agent: String = "asmith",
                          description: String = "The bill is double the usual.") throws -> Complaint {
        try Complaint.log(accountNumber: account, receivedAt: time(receivedAt), channel: .phone,
                          category: disputed == nil ? .billing : .disputedAmount, description: description,
                          disputedAmount: disputed, amountOwed: disputed.map { _ in owed }, loggedBy: agent, calendar: calendar)
    }

    /// A response with reasons, as the detail screen records one.
    static func responding(_ complaint: Complaint, at iso: String, by agent: String = "asmith", role: Role = .agent,
                           holds: EscalationLevel? = nil, name: String? = nil) throws -> Complaint {
        try complaint.responding(at: time(iso), by: ComplaintResponder(user: agent, name: name, role: role, holds: holds), text: "The meter was read again; the bill stands.",
                                 reasons: "Two readings agree.", policyBasis: "Charter 4.2")
    }
}
