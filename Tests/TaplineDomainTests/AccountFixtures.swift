@testable import TaplineDomain

/// Values the account tests share.
enum AccountFixtures {
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static let sunbury = Address(lines: ["18 Evans Street"], suburb: "Sunbury", postcode: "3429")

    static func account(occupancy: Occupancy = .owner, concession: Concession = .none,
                        specialNeeds: SpecialNeedsRegistration? = nil, customers: [Customer]? = nil) -> Account {
        Account(accountNumber: "1000000001", billingAddress: sunbury,
                concession: concession,
                customers: customers ?? [Customer(name: "Zoë Ng", phone: "0491 570 156", isPrimary: true)],
                property: Property(address: sunbury, servicePipeSizeMillimetres: 20, occupancy: occupancy),
                specialNeeds: specialNeeds)
    }

    static func usage(_ start: String, _ end: String, litres: Int, read: MeterRead? = nil, neighbourhood: Int? = nil) -> UsagePeriod {
        UsagePeriod(start: date(start), end: date(end), litres: litres, meterRead: read ?? .actual(date(end)),
                    neighbourhoodAverageLitres: neighbourhood)
    }

    static let charges = [
        Charge(kind: .serviceCharge, service: .water, description: "Water service charge", amount: Money(cents: 7_092)),
        Charge(kind: .serviceCharge, service: .sewerage, description: "Sewerage service charge", amount: Money(cents: 17_480)),
        Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(cents: 15_840)),
        Charge(kind: .other, service: nil, description: "Waterways and drainage charge", amount: Money(cents: 12_628)),
    ]

    static func bill(issued: String = "2025-04-05", due: String = "2025-05-03", previous: Money = .zero, paid: Money = .zero,
                     charges: [Charge] = charges, concession: Money = .zero, usage: UsagePeriod? = nil) throws(BillError) -> Bill {
        try Bill(issueDate: date(issued), dueDate: date(due), accountNumber: "1000000001", billingAddress: sunbury,
                 propertyAddress: sunbury, usage: usage ?? self.usage("2024-12-01", "2025-03-31", litres: 48_000),
                 previousBillAmount: previous, paymentsSinceLastBill: paid, charges: charges, concessionApplied: concession)
    }
}
