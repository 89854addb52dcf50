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
    }

    /// A complaint as the log form makes it, not yet numbered.
    static func complaint(account: String = account, receivedAt: String = "2025-04-17T10:30",
                          disputed: Money? = nil, by agent: String = "asmith",
                          description: String = "The bill is double the usual.") throws -> Complaint {
        try Complaint.log(accountNumber: account, receivedAt: time(receivedAt), channel: .phone,
                          category: disputed == nil ? .billing : .disputedAmount, description: description,
                          disputedAmount: disputed, loggedBy: agent, calendar: calendar)
    }

    /// A response with reasons, as the detail screen records one.
    static func responding(_ complaint: Complaint, at iso: String, by agent: String = "asmith") throws -> Complaint {
        try complaint.responding(at: time(iso), by: agent, text: "The meter was read again; the bill stands.",
                                 reasons: "Two readings agree.", policyBasis: "Charter 4.2")
    }
}
