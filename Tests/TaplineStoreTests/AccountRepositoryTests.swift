import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("Accounts: round trips, audited views, optimistic locking")
struct AccountRepositoryTests {
    typealias F = StoreFixtures

    static let zoe: Account = {
        let property = Address(lines: ["Unit 4, 水野 House", "18 Evans Street"], suburb: "Sunbury", postcode: "3429")
        return Account(
            accountNumber: "1000000001",
            billingAddress: Address(lines: ["PO Box 2371"], suburb: "Sunbury", postcode: "3429"),
            electronicAddress: "zoe.ng@example.com",
            concession: .card(.pensionerConcessionCard, number: "412 345 678K"),
            customers: [
                Customer(name: "Zoë Ng", phone: "0491 570 156", email: "zoe.ng@example.com", isPrimary: true,
                         authorisedThirdParty: AuthorisedThirdParty(name: "Minh Ng", relationship: "Son")),
                Customer(name: "水野健", phone: nil, email: nil, isPrimary: false),
            ],
            property: Property(address: property, servicePipeSizeMillimetres: 25, occupancy: .tenant),
            balance: Money(cents: 12_345),
            specialNeeds: SpecialNeedsRegistration(need: .lifeSupport, registeredOn: CivilDate(iso: "2024-02-29")!, notes: "Home dialysis"))
    }()

    @Test func anAccountRoundTripsWithEveryDetail() throws {
        let database = try F.memory()
        // When an account is created and read back
        let created = try database.accounts.create(Self.zoe, by: "asmith", at: F.morning)
        let read = try #require(try database.accounts.account("1000000001"))
        // Then it is the same account, at version 1
        #expect(read == Self.zoe)
        #expect(created.version == 1)
        #expect(read.flags == [.lifeSupport, .concession, .tenant])
    }

    @Test func billsChargesAndPaymentsRoundTripAndMoveTheBalance() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        let account = try #require(try database.accounts.account("1000000002"))
        // Given a bill with itemised charges, an estimated reading and a concession
        let usage = UsagePeriod(start: CivilDate(iso: "2024-12-01")!, end: CivilDate(iso: "2025-03-31")!, litres: 48_400,
                                meterRead: .estimated, neighbourhoodAverageLitres: 50_000)
        let charges = [
            Charge(kind: .serviceCharge, service: .water, description: "Water service charge", amount: Money(cents: 7_092)),
            Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(cents: 15_972)),
            Charge(kind: .other, service: nil, description: "Waterways and drainage charge", amount: Money(cents: 12_628)),
        ]
        let bill = try Bill(issueDate: CivilDate(iso: "2025-04-04")!, dueDate: CivilDate(iso: "2025-05-02")!,
                            accountNumber: "1000000002", billingAddress: account.billingAddress,
                            propertyAddress: account.property.address, usage: usage, previousBillAmount: Money(cents: 10_000),
                            paymentsSinceLastBill: Money(cents: 10_000), charges: charges, concessionApplied: Money(cents: 2_000))
        // When it is recorded, and a payment after it
        try database.accounts.addBill(bill)
        let payment = Payment(date: CivilDate(iso: "2025-04-20")!, amount: Money(cents: 20_000), method: .centrepay)
        try database.accounts.addPayment(payment, to: "1000000002", by: "asmith", at: F.at(10))
        // Then both read back as recorded, and the balance moved by charges less concession less payment
        let detail = try #require(try database.accounts.detail("1000000002"))
        #expect(detail.bills == [bill])
        #expect(detail.bills[0].meterRead == .estimated)
        #expect(detail.payments == [payment])
        #expect(detail.account.balance == Money(cents: 35_692 - 2_000 - 20_000))
        #expect(detail.usageComparison?.neighbourhoodAverageDailyLitres == 413)
    }

    @Test func openingAnAccountRecordsWhoViewedItAndWhen() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        // When two agents open the account
        _ = try database.accounts.open("1000000002", by: "asmith", at: F.at(10, 15))
        _ = try database.accounts.open("1000000002", by: "bnguyen", at: F.at(11, 40))
        // Then the audit log names both, newest first
        let views = try database.audit.entries(forAccount: "1000000002").filter { $0.action == .viewed }
        #expect(views.map(\.who) == ["bnguyen", "asmith"])
        #expect(views.map(\.at) == [F.at(11, 40), F.at(10, 15)])
    }

    @Test func openingAnUnknownAccountIsRefused() throws {
        let database = try F.memory()
        #expect(throws: StoreError.accountNotFound("999999")) { try database.accounts.open("999999", by: "asmith", at: F.morning) }
        #expect(try database.accounts.detail("999999") == nil)
        #expect(StoreError.accountNotFound("999999").message == "no account 999999")
    }

    @Test func recentlyViewedListsAnAgentsLatestAccountsOnce() throws {
        let database = try F.memory()
        try F.create([F.account("1000000001", "Zoë Ng"), F.account("1000000002", "John Smith")], in: database)
        for (number, minute) in [("1000000001", 1), ("1000000002", 2), ("1000000001", 3)] {
            _ = try database.accounts.open(number, by: "asmith", at: F.at(9, minute))
        }
        _ = try database.accounts.open("1000000002", by: "bnguyen", at: F.at(9, 4))
        #expect(try database.accounts.recentlyViewed(by: "asmith").map(\.accountNumber) == ["1000000001", "1000000002"])
    }

    @Test func anUpdateSavesChangesBumpsTheVersionAndIsAudited() throws {
        let database = try F.memory()
        var account = try database.accounts.create(F.account("1000000002", "John Smith", phone: "0491 570 157"), by: "setup", at: F.morning)
        // When an agent changes the phone and the billing address
        account.customers[0].phone = "0491 570 006"
        account.billingAddress = Address(lines: ["PO Box 12"], suburb: "Bacchus Marsh", postcode: "3340")
        let saved = try database.accounts.update(account, by: "asmith", at: F.at(10))
        // Then the change is saved at version 2 and the audit says what changed
        #expect(saved.version == 2)
        #expect(try database.accounts.account("1000000002")?.customers[0].phone == "0491 570 006")
        let change = try #require(try database.audit.entries(forAccount: "1000000002").first)
        #expect(change.action == .changed && change.who == "asmith")
        #expect(change.detail.hasPrefix("phone 0491 570 157 → 0491 570 006; billing address "))
        #expect(change.detail.hasSuffix(" → PO Box 12, Bacchus Marsh VIC 3340"))
    }

    @Test func aStaleSaveIsRefusedAndLosesNothing() throws {
        // Given two agents who opened the same account at version 1
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith", phone: "0491 570 157")], in: database)
        var first = try #require(try database.accounts.account("1000000002"))
        var second = first
        // When the first saves a new phone, and the second then saves a new email from their old copy
        first.customers[0].phone = "0491 570 006"
        _ = try database.accounts.update(first, by: "asmith", at: F.at(10))
        second.customers[0].email = "john@example.net"
        // Then the second save is refused with a clear reason, and the first agent's phone is kept
        let conflict = ChangedSinceRead(record: "Account 1000000002", by: "asmith", at: F.at(10),
                                        change: "phone 0491 570 157 → 0491 570 006")
        #expect(throws: conflict) { try database.accounts.update(second, by: "bnguyen", at: F.at(10, 1)) }
        #expect(conflict.message.contains("changed by asmith") && conflict.message.contains("nothing was saved"))
        let stored = try #require(try database.accounts.account("1000000002"))
        #expect(stored.customers[0].phone == "0491 570 006" && stored.customers[0].email == nil)
    }

    @Test func anEditNeverUndoesAPaymentThatArrivedMeanwhile() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        var copy = try #require(try database.accounts.account("1000000002"))
        try database.accounts.addPayment(Payment(date: F.today, amount: Money(cents: 5_000), method: .internet),
                                         to: "1000000002", by: "billing", at: F.at(9))
        copy.customers[0].phone = "0491 570 006"
        let saved = try database.accounts.update(copy, by: "asmith", at: F.at(10))
        #expect(saved.balance == Money(cents: -5_000))
    }

    @Test func aDuplicateOrInvalidAccountIsRefused() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        #expect(throws: StoreError.accountAlreadyExists("1000000002")) { try F.create([F.account("1000000002", "Jane Smith")], in: database) }
        #expect(throws: StoreError.invalidAccount(accountNumber: "12AB", reason: "account number “12AB” must be digits only")) {
            try F.create([F.account("12AB", "Jane Smith")], in: database)
        }
        var twoPrimaries = F.account("1000000003", "Jane Smith")
        twoPrimaries.customers.append(Customer(name: "Joe Smith", isPrimary: true))
        #expect(throws: StoreError.invalidAccount(accountNumber: "1000000003", reason: "exactly one customer must be primary")) {
            try F.create([twoPrimaries], in: database)
        }
    }

    @Test func detailListsRecentContactsAndNotesNewestFirst() throws {
        let database = try F.memory()
        try F.create([F.account("1000000002", "John Smith")], in: database)
        for minute in 0..<5 {
            try database.notes.add(Note(text: "note \(minute)", agent: "asmith", at: F.at(9, minute)), to: "1000000002")
            try database.interactions.record(Interaction(channel: .phone, at: F.at(10, minute), agent: "asmith", summary: "call \(minute)"),
                                             on: "1000000002")
        }
        let detail = try #require(try database.accounts.detail("1000000002", recent: 3))
        #expect(detail.notes.map(\.text) == ["note 4", "note 3", "note 2"])
        #expect(detail.interactions.map(\.summary) == ["call 4", "call 3", "call 2"])
    }
}
