import TaplineDomain

/// Who lives where and how they pay: the parts of a synthetic account chosen before its history.
struct SyntheticHousehold: Sendable {
    var account: Account
    var suburb: SyntheticPlaces.Suburb
    var occupants: Int
    var sewered: Bool
    var habit: PaymentHabit
    /// Days between the end of the latest billing period and `today` less four: spreads
    /// accounts over the billing cycle.
    var cycleOffsetDays: Int

    /// How a household pays its bills, which drives payments, arrears and credits.
    enum PaymentHabit: CaseIterable, Sendable {
        case prompt, directDebit, late, struggling, inAdvance, centrepay
    }

    static let habits = WeightedTable<PaymentHabit>([
        (.prompt, 58), (.directDebit, 12), (.late, 10), (.struggling, 11), (.inAdvance, 4), (.centrepay, 5),
    ])

    /// A random household for account `accountNumber`.
    static func random(accountNumber: String, today: CivilDate, _ random: inout SplitMix64) -> SyntheticHousehold {
        let suburb = SyntheticPlaces.suburbs.pick(&random)
        let primary = person(&random)
        var customers = [Customer(name: primary.name, phone: phone(suburb, &random), email: email(primary, &random), isPrimary: true)]
        if random.chance(percent: 35) {
            let sameSurname = random.chance(percent: 70) && !primary.cjk
            let partner = sameSurname ? person(surname: primary.surname, &random) : person(&random)
            customers.append(Customer(name: partner.name, phone: random.chance(percent: 60) ? phone(suburb, &random) : nil,
                                      email: random.chance(percent: 40) ? email(partner, &random) : nil, isPrimary: false))
        }
        if random.chance(percent: 3) {
            let helper = person(&random)
            customers[0].authorisedThirdParty = AuthorisedThirdParty(name: helper.name,
                                                                     relationship: random.pick(SyntheticNames.thirdPartyRelationships))
        }
        let occupancy: Occupancy = random.chance(percent: 28) ? .tenant : .owner
        let street = random.chance(percent: 45) ? random.pick(suburb.streets)
            : "\(random.pick(SyntheticPlaces.commonStreetNames)) \(SyntheticPlaces.streetTypes.pick(&random))"
        let number = random.inRange(1...260)
        let line = random.chance(percent: 12) ? "\(random.inRange(1...12))/\(number) \(street)" : "\(number) \(street)"
        let address = Address(lines: [line], suburb: suburb.name, postcode: suburb.postcode)
        let pipe = pipeSizes.pick(&random)
        var billing = address
        if occupancy == .owner, random.chance(percent: 4) {
            let elsewhere = SyntheticPlaces.suburbs.pick(&random)
            billing = Address(lines: ["PO Box \(random.inRange(100...9999))"], suburb: elsewhere.name, postcode: elsewhere.postcode)
        }
        let concession: Concession = random.chance(percent: 20) ? concessionCard(&random) : .none
        let specialNeeds = specialNeed(today: today, &random)
        let electronic = random.chance(percent: 40) ? customers[0].email : nil
        let account = Account(accountNumber: accountNumber, billingAddress: billing, electronicAddress: electronic,
                              concession: concession, customers: customers,
                              property: Property(address: address, servicePipeSizeMillimetres: pipe, occupancy: occupancy),
                              specialNeeds: specialNeeds)
        var habit = habits.pick(&random)
        if habit == .centrepay, !concession.isHeld { habit = .prompt }
        return SyntheticHousehold(account: account, suburb: suburb, occupants: occupantCounts.pick(&random),
                                  sewered: random.chance(percent: 88), habit: habit, cycleOffsetDays: random.below(120))
    }

    // MARK: - Parts

    struct Person {
        var name: String
        var given: String
        var surname: String
        var cjk: Bool
    }

    static func person(surname fixed: String? = nil, _ random: inout SplitMix64) -> Person {
        if fixed == nil, random.chance(percent: 1.2) {
            let name = random.pick(SyntheticNames.writtenInCJK)
            return Person(name: name, given: "", surname: name, cjk: true)
        }
        let given = SyntheticNames.givenNames.pick(&random)
        let surname = fixed ?? SyntheticNames.surnames.pick(&random)
        return Person(name: "\(given) \(surname)", given: given, surname: surname, cjk: false)
    }

    static let pipeSizes = WeightedTable<Int>([(20, 920), (25, 50), (32, 20), (40, 7), (50, 3)])
    static let occupantCounts = WeightedTable<Int>([(1, 25), (2, 35), (3, 15), (4, 17), (5, 8)])

    /// "0412 345 678", or a landline in the suburb's area: "03 9743 1234" near Melbourne,
    /// "03 5428 1234" further out.
    static func phone(_ suburb: SyntheticPlaces.Suburb, _ random: inout SplitMix64) -> String {
        if random.chance(percent: 80) {
            return "04\(random.digits(2)) \(random.digits(3)) \(random.digits(3))"
        }
        let metropolitan = suburb.postcode.hasPrefix("30") || suburb.postcode.hasPrefix("333") || suburb.postcode == "3429"
        return metropolitan ? "03 97\(random.digits(2)) \(random.digits(4))" : "03 54\(random.digits(2)) \(random.digits(4))"
    }

    /// An address at a domain reserved for examples (RFC 2606), so no real mailbox is named.
    static func email(_ person: Person, _ random: inout SplitMix64) -> String? {
        guard random.chance(percent: 75) else { return nil }
        let domain = random.pick(["example.com", "example.net", "example.org"])
        if person.cjk { return "user\(random.digits(6))@\(domain)" }
        let given = asciiLetters(person.given), surname = asciiLetters(person.surname)
        switch random.below(3) {
        case 0: return "\(given).\(surname)@\(domain)"
        case 1: return "\(given.prefix(1))\(surname)\(random.inRange(1...99))@\(domain)"
        default: return "\(given)\(surname.prefix(1))\(random.digits(2))@\(domain)"
        }
    }

    private static func asciiLetters(_ text: String) -> String {
        String(SearchText.fold(text).unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    }

    static func concessionCard(_ random: inout SplitMix64) -> Concession {
        switch random.below(10) {
        case 0..<6: return .card(.pensionerConcessionCard, number: "\(random.digits(3)) \(random.digits(3)) \(random.digits(3))\(letter(&random))")
        case 6..<9: return .card(.healthCareCard, number: "\(random.digits(3)) \(random.digits(3)) \(random.digits(3))\(letter(&random))")
        default: return .card(.veteransAffairsGoldCard, number: "V\(letter(&random))\(random.digits(6))")
        }
    }

    private static func letter(_ random: inout SplitMix64) -> Character {
        Character(Unicode.Scalar(UInt8(65 + random.below(26))))
    }

    static let lifeSupportNotes = ["Home haemodialysis machine", "Peritoneal dialysis at home", "Home dialysis; needs 4 days' notice",
                                   "Oxygen concentrator with humidifier"]
    static let otherNeedNotes = ["Uses a wheelchair: needs notice to store water", "Medical condition needing frequent bathing",
                                 "Elderly, lives alone: call a family contact too", "Deaf: contact by SMS"]

    static func specialNeed(today: CivilDate, _ random: inout SplitMix64) -> SpecialNeedsRegistration? {
        let roll = random.unit() * 100
        guard roll < 1.6 else { return nil }
        let registered = today.adding(days: -random.inRange(30...3_000))
        return roll < 0.6
            ? SpecialNeedsRegistration(need: .lifeSupport, registeredOn: registered, notes: random.pick(lifeSupportNotes))
            : SpecialNeedsRegistration(need: .other, registeredOn: registered, notes: random.pick(otherNeedNotes))
    }
}
