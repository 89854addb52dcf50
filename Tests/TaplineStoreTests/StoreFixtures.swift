import Foundation
@testable import TaplineDomain
@testable import TaplineStore

/// Values and databases the store tests share.
enum StoreFixtures {
    static let today = CivilDate(year: 2025, month: 4, day: 17)!
    static let morning = LocalDateTime(date: today, hour: 9, minute: 30)

    static func at(_ hour: Int, _ minute: Int = 0, second: Int = 0) -> LocalDateTime {
        LocalDateTime(date: today, hour: hour, minute: minute, second: second)
    }

    /// A fresh empty database in memory, set up by "root" (its admin).
    static func memory() throws -> AppDatabase { try AppDatabase.inMemory(admin: "root") }

    /// A folder of its own under the temporary directory, removed by the caller.
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tapline-store-\(UUID().uuidString)")
    }

    static func address(_ line: String, _ suburb: String, _ postcode: String) -> Address {
        Address(lines: [line], suburb: suburb, postcode: postcode)
    }

    static func account(_ number: String, _ name: String, phone: String? = nil, email: String? = nil,
                        address: Address = address("27 Main Street", "Bacchus Marsh", "3340"),
                        occupancy: Occupancy = .owner, others: [Customer] = []) -> Account {
        Account(accountNumber: number, billingAddress: address, electronicAddress: nil, concession: .none,
                customers: [Customer(name: name, phone: phone, email: email, isPrimary: true)] + others,
                property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: occupancy))
    }

    /// Creates accounts in a database, as agent "setup".
    @discardableResult
    static func create(_ accounts: [Account], in database: AppDatabase) throws -> [Account] {
        try accounts.map { try database.accounts.create($0, by: "setup", at: morning) }
    }
}
