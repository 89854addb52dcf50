import Testing
@testable import TaplineDomain

/// Issue 13 item 2: what an agent may type as a customer's contact details, and what a change
/// says in the audit trail.
@Suite("Contact details: each rule in words, each change old → new")
struct ContactDetailsTests {
    static let sunbury = Address(lines: ["18 Evans Street"], suburb: "Sunbury", postcode: "3429")

    static func details(phone: String? = "0412 345 678", email: String? = "zoe.ng@example.com") -> ContactDetails {
        ContactDetails(people: [.init(name: "Zoë Ng", phone: phone, email: email), .init(name: "水野健")], billingAddress: sunbury)
    }

    // MARK: - Phones

    @Test(arguments: ["0412 345 678", "0412345678", "+61 412 345 678", "03 5555 1234", "(03) 5555-1234", "9123 4567", ""])
    func anAustralianPhoneIsAccepted(phone: String) {
        #expect(ContactRules.phoneProblem(phone) == nil)
    }

    @Test func aPhoneWithALetterIsRefusedNamingTheLetter() {
        #expect(ContactRules.phoneProblem("04l2 345 678") == "a phone number has digits only, not letters (“l”)")
    }

    @Test func aPhoneOfTheWrongLengthSaysHowManyDigitsItHas() {
        #expect(ContactRules.phoneProblem("0412 345") == "an Australian phone number has 8 to 10 digits (0412 345 678, 03 5555 1234 or +61 412 345 678); this has 7")
        #expect(ContactRules.phoneProblem("0412 345 678 9")?.hasSuffix("this has 11") == true)
    }

    @Test func onlyPlus61MayStartANumber() {
        #expect(ContactRules.phoneProblem("+44 20 7946 0000") == "only +61 may start an Australian number")
        #expect(ContactRules.phoneProblem("0412+345678") == "+ only as +61 at the start")
        #expect(ContactRules.phoneProblem("0412.345.678") == "a phone number has digits and spaces only, not “.”")
    }

    @Test func plus61IsReadAsTheLeadingZero() {
        #expect(ContactRules.nationalDigits("+61 412 345 678") == "0412345678")
        #expect(ContactRules.nationalDigits("0412 345 678") == "0412345678")
    }

    // MARK: - Email

    @Test(arguments: ["zoe.ng@example.com", "a@b.co", ""])
    func anEmailIsAccepted(email: String) {
        #expect(ContactRules.emailProblem(email) == nil)
    }

    @Test func anEmailIsRefusedWithWhatWouldBeRight() {
        #expect(ContactRules.emailProblem("zoe ng@example.com") == "an email address has no spaces")
        #expect(ContactRules.emailProblem("zoe.example.com") == "an email address has one @ (name@example.com)")
        #expect(ContactRules.emailProblem("zoe@@example.com") == "an email address has one @ (name@example.com)")
        #expect(ContactRules.emailProblem("@example.com") == "an email address needs a name before the @ (name@example.com)")
        #expect(ContactRules.emailProblem("zoe@localhost") == "the part after the @ needs a dot inside it (example.com)")
        #expect(ContactRules.emailProblem("zoe@example.") == "the part after the @ needs a dot inside it (example.com)")
    }

    // MARK: - Names and addresses

    @Test func aNameIsRequiredAndAThousandCharacterOneIsRefusedNotCut() {
        #expect(ContactRules.nameProblem("  ") == "a name is required")
        #expect(ContactRules.nameProblem(String(repeating: "x", count: 1_000)) == "a name can be at most 120 characters; this has 1,000")
        #expect(ContactRules.nameProblem(String(repeating: "水", count: 120)) == nil, "characters, not bytes")
    }

    @Test func aPostalAddressNeedsAStreetSuburbStateAndFourDigitPostcode() {
        #expect(ContactRules.streetProblem("") == "the street line is required (18 Evans Street, PO Box 12)")
        #expect(ContactRules.suburbProblem(" ") == "the suburb or town is required")
        #expect(ContactRules.stateProblem("vic") == nil)
        #expect(ContactRules.stateProblem("Victoria") == "the state is one of ACT, NSW, NT, QLD, SA, TAS, VIC, WA")
        #expect(ContactRules.postcodeProblem("3429") == nil)
        #expect(ContactRules.postcodeProblem("342") == "a postcode is 4 digits (3429)")
        #expect(ContactRules.postcodeProblem("34a9") == "a postcode is 4 digits (3429)")
    }

    @Test func theFirstProblemNamesItsField() {
        var details = Self.details(phone: "04l2")
        #expect(details.firstProblem == "phone of Zoë Ng: a phone number has digits only, not letters (“l”)")
        details.people[0].phone = nil
        details.billingAddress.postcode = "12"
        #expect(details.firstProblem == "billing postcode: a postcode is 4 digits (3429)")
        #expect(Self.details().problems.isEmpty)
    }

    @Test func normalisingTrimsMakesEmptyNoneAndCapitalisesTheState() {
        let typed = ContactDetails(people: [.init(name: " Zoë Ng ", phone: " ", email: "")],
                                   billingAddress: Address(lines: [" 18 Evans Street", ""], suburb: "Sunbury ", postcode: "3429", state: "vic"))
        #expect(typed.normalised == ContactDetails(people: [.init(name: "Zoë Ng")], billingAddress: Self.sunbury))
    }

    // MARK: - Changes

    @Test func aChangeSaysOldAndNew() {
        var after = Self.details()
        after.people[0].phone = "0499 111 222"
        after.people[1].email = "ken@example.jp"
        after.billingAddress = Address(lines: ["PO Box 12"], suburb: "Sunbury", postcode: "3429")
        #expect(after.changes(from: Self.details()) == [
            "phone 0412 345 678 → 0499 111 222",
            "email of 水野健 (none) → ken@example.jp",
            "billing address 18 Evans Street, Sunbury VIC 3429 → PO Box 12, Sunbury VIC 3429",
        ])
        #expect(Self.details().changes(from: Self.details()).isEmpty)
    }

    @Test func applyingChangesOnlyTheContactDetails() {
        let account = Account(accountNumber: "1000000001", billingAddress: Self.sunbury, concession: .none,
                              customers: [Customer(name: "Zoë Ng", phone: "0412 345 678", isPrimary: true,
                                                   authorisedThirdParty: AuthorisedThirdParty(name: "Mai Ng", relationship: "Daughter"))],
                              property: Property(address: Self.sunbury, servicePipeSizeMillimetres: 20, occupancy: .tenant), version: 3)
        var details = ContactDetails(of: account)
        details.people[0].phone = "0499 111 222"
        let changed = details.applied(to: account)
        #expect(changed.customers[0].phone == "0499 111 222")
        #expect(changed.customers[0].isPrimary && changed.customers[0].authorisedThirdParty?.name == "Mai Ng")
        #expect(changed.property == account.property && changed.version == 3)
    }

    /// Issue 12 item 3: Ctrl-R after a stale refusal makes the agent's changes on the fresh
    /// copy and keeps what the colleague changed in other fields.
    @Test func reapplyingMakesOnlyTheAgentsChangesOnTheFreshCopy() {
        let read = Self.details()
        var typed = read
        typed.people[0].phone = "0499 111 222"
        var fresh = read
        fresh.people[0].email = "zoe@example.net"
        let merged = fresh.reapplying(changesFrom: read, to: typed)
        #expect(merged.people[0].phone == "0499 111 222")
        #expect(merged.people[0].email == "zoe@example.net")
    }
}
