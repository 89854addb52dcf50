import TaplineDomain

/// Fixed, memorable accounts that every synthetic database starts with, for training scripts
/// and demonstrations: the same names, addresses and histories whatever the seed or size.
///
/// Their phone numbers are from the ranges ACMA reserves for fiction (0491 570 xxx,
/// 03 5550 xxxx), so a trainee who dials one reaches nobody.
public enum DemoAccounts {
    /// Zoë Ng, with 水野健 on the account, at an address with a wide-character name (Sunbury).
    public static let zoeNg = "1000000001"
    /// John Smith in Bacchus Marsh, behind on his bills.
    public static let johnSmith = "1000000002"
    /// Margaret O'Brien in Gisborne, registered for life support (Charter 9.5(a)), pensioner.
    public static let margaretOBrien = "1000000003"
    /// José García, a tenant in Melton South paying by Centrepay with a Health Care Card.
    public static let joseGarcia = "1000000004"
    /// Thảo Nguyễn in Caroline Springs, her son authorised to act for her, in credit.
    public static let thaoNguyen = "1000000005"

    /// The demo households, in account-number order.
    static func households(today: CivilDate) -> [SyntheticHousehold] {
        func suburb(_ name: String) -> SyntheticPlaces.Suburb { SyntheticPlaces.suburbs.items.first { $0.name == name }! }
        func household(_ number: String, _ customers: [Customer], _ line: [String], _ suburbName: String, occupancy: Occupancy = .owner,
                       concession: Concession = .none, specialNeeds: SpecialNeedsRegistration? = nil,
                       habit: SyntheticHousehold.PaymentHabit, occupants: Int) -> SyntheticHousehold {
            let place = suburb(suburbName)
            let address = Address(lines: line, suburb: place.name, postcode: place.postcode)
            let account = Account(accountNumber: number, billingAddress: address, electronicAddress: customers[0].email,
                                  concession: concession, customers: customers,
                                  property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: occupancy),
                                  specialNeeds: specialNeeds)
            return SyntheticHousehold(account: account, suburb: place, occupants: occupants, sewered: true, habit: habit, cycleOffsetDays: 30)
        }
        return [
            household(zoeNg, [Customer(name: "Zoë Ng", phone: "0491 570 156", email: "zoe.ng@example.com", isPrimary: true),
                              Customer(name: "水野健", phone: "0491 570 006", email: nil, isPrimary: false)],
                      ["Unit 4, 水野 House", "18 Evans Street"], "Sunbury", habit: .prompt, occupants: 2),
            household(johnSmith, [Customer(name: "John Smith", phone: "0491 570 157", email: "john.smith@example.net", isPrimary: true)],
                      ["27 Main Street"], "Bacchus Marsh", habit: .struggling, occupants: 4),
            household(margaretOBrien, [Customer(name: "Margaret O'Brien", phone: "03 5550 1234", email: nil, isPrimary: true)],
                      ["5 Hamilton Street"], "Gisborne", concession: .card(.pensionerConcessionCard, number: "412 345 678K"),
                      specialNeeds: SpecialNeedsRegistration(need: .lifeSupport, registeredOn: today.adding(days: -400),
                                                             evidence: "letter from her renal physician, Dr Anand, received \(today.adding(days: -401).display)",
                                                             notes: "Home haemodialysis machine"),
                      habit: .directDebit, occupants: 1),
            household(joseGarcia, [Customer(name: "José García", phone: "0491 570 158", email: "jose.garcia@example.org", isPrimary: true),
                                   Customer(name: "Lucía García", phone: nil, email: nil, isPrimary: false)],
                      ["41 Station Road"], "Melton South", occupancy: .tenant,
                      concession: .card(.healthCareCard, number: "208 114 395B"), habit: .centrepay, occupants: 3),
            household(thaoNguyen, [Customer(name: "Thảo Nguyễn", phone: "0491 570 159", email: "thao.nguyen@example.org", isPrimary: true,
                                            authorisedThirdParty: AuthorisedThirdParty(name: "Minh Nguyễn", relationship: "Son"))],
                      ["9 Lake Street"], "Caroline Springs",
                      specialNeeds: SpecialNeedsRegistration(need: .other, registeredOn: today.adding(days: -200),
                                                             notes: "Uses a wheelchair: needs notice to store water"),
                      habit: .inAdvance, occupants: 1),
        ]
    }

    /// Demo histories come from this seed, not the caller's, so they never change.
    static let seed: UInt64 = 20_250_417
}
