import Testing
@testable import TaplineDomain

@Suite("Accounts: flags, summary, number, property")
struct AccountTests {
    typealias F = AccountFixtures

    @Test func flagsShowSpecialNeedsConcessionAndTenancyInOrder_9_5_5_3() {
        let registration = SpecialNeedsRegistration(need: .lifeSupport, registeredOn: F.date("2024-01-01"), notes: "Home dialysis")
        let account = F.account(occupancy: .tenant, concession: .card(.healthCareCard, number: "123 456 789A"), specialNeeds: registration)
        #expect(account.flags == [.lifeSupport, .concession, .tenant])
        #expect(account.summary.flags.map(\.label) == ["LIFE SUPPORT", "CONCESSION", "TENANT"])
    }

    @Test func otherSpecialNeedIsItsOwnFlag_9_5b() {
        let registration = SpecialNeedsRegistration(need: .other, registeredOn: F.date("2024-01-01"), notes: "Wheelchair")
        #expect(F.account(specialNeeds: registration).flags == [.specialNeeds])
        #expect(F.account().flags.isEmpty)
    }

    @Test func flagsSortInDeclarationOrder() {
        #expect([AccountFlag.tenant, .lifeSupport, .concession].sorted() == [.lifeSupport, .concession, .tenant])
        let summary = AccountSummary(accountNumber: "1", primaryName: "A", addressLine: "", phone: nil, balance: .zero,
                                     flags: [.tenant, .lifeSupport])
        #expect(summary.flags == [.lifeSupport, .tenant])
    }

    @Test func summaryNamesThePrimaryCustomerAndTheProperty() {
        let account = F.account(customers: [Customer(name: "水野健", isPrimary: false),
                                            Customer(name: "Zoë Ng", phone: "0491 570 156", isPrimary: true)])
        #expect(account.summary.primaryName == "Zoë Ng")
        #expect(account.summary.phone == "0491 570 156")
        #expect(account.summary.addressLine == "18 Evans Street, Sunbury VIC 3429")
    }

    @Test func withoutAMarkedPrimaryTheFirstCustomerIsShown() {
        let account = F.account(customers: [Customer(name: "A One", isPrimary: false), Customer(name: "B Two", isPrimary: false)])
        #expect(account.primaryCustomer?.name == "A One")
    }

    @Test func addressOnOneLineSkipsEmptyLines() {
        let address = Address(lines: ["Unit 4, 水野 House", "", "18 Evans Street"], suburb: "Sunbury", postcode: "3429")
        #expect(address.oneLine == "Unit 4, 水野 House, 18 Evans Street, Sunbury VIC 3429")
    }

    @Test("a special reading is chargeable only for a 32 mm meter or larger", arguments: [(20, false), (25, false), (32, true), (50, true)])
    func specialReadingChargeableFrom32mm_4_3(pipe: Int, chargeable: Bool) {
        let property = Property(address: F.sunbury, servicePipeSizeMillimetres: pipe, occupancy: .owner)
        #expect(property.specialReadingIsChargeable == chargeable)
    }

    @Test("account numbers are 6 to 12 digits", arguments: [
        ("1000000001", true), ("123456", true), ("123456789012", true),
        ("12345", false), ("1234567890123", false), ("10000a0001", false), ("", false), ("１２３４５６", false),
    ])
    func accountNumberRule(text: String, valid: Bool) {
        #expect((AccountNumber.problem(with: text) == nil) == valid)
    }

    @Test func concessionCardsHaveDisplayNames_5_3() {
        #expect(ConcessionCardType.allCases.map(\.displayName) == ["Pensioner Concession Card", "Health Care Card", "DVA Gold Card"])
        #expect(Concession.card(.healthCareCard, number: "1").isHeld && !Concession.none.isHeld)
    }

    @Test func everyPaymentMethodOfTheCharterIsOffered_5_2() {
        #expect(PaymentMethod.allCases.count == 8)
        #expect(Set(PaymentMethod.allCases.map(\.displayName)).count == 8)
    }
}
