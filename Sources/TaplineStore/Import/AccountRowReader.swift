import TaplineDomain

/// Checks one CSV row and turns it into an account, or lists what is wrong with it.
struct AccountRowReader {
    let values: [String: String]
    let line: Int
    let today: CivilDate

    private var problems: [ImportProblem] = []

    init(values: [String: String], line: Int, today: CivilDate) {
        self.values = values
        self.line = line
        self.today = today
    }

    func account() -> Result<Account, AccountImportError> {
        var reader = self
        let account = reader.read()
        return reader.problems.isEmpty ? .success(account) : .failure(AccountImportError(problems: reader.problems))
    }

    private mutating func read() -> Account {
        let number = text("account_number")
        if let problem = AccountNumber.problem(with: number) { refuse("account_number", problem) }
        let name = required("name", maximum: AccountImporter.maximumNameLength)
        let phone = optionalPhone()
        let email = optionalEmail()
        let line1 = required("address", maximum: AccountImporter.maximumAddressLength)
        let suburb = required("suburb", maximum: AccountImporter.maximumSuburbLength)
        let postcode = text("postcode")
        if !(postcode.count == 4 && postcode.allSatisfy(\.isASCII) && postcode.allSatisfy(\.isNumber)) {
            refuse("postcode", postcode.isEmpty ? "the postcode is missing" : "postcode “\(postcode)” must be 4 digits")
        }
        let occupancy = Occupancy(rawValue: text("occupancy").lowercased())
        if occupancy == nil { refuse("occupancy", "occupancy “\(text("occupancy"))” must be owner or tenant") }
        let address = Address(lines: [line1], suburb: suburb, postcode: postcode, state: "VIC")
        return Account(accountNumber: number, billingAddress: address, electronicAddress: nil, concession: concession(),
                       customers: [Customer(name: name, phone: phone, email: email, isPrimary: true)],
                       property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: occupancy ?? .owner),
                       balance: balance(), specialNeeds: lifeSupport())
    }

    private func text(_ column: String) -> String { values[column] ?? "" }

    private mutating func refuse(_ column: String, _ reason: String) {
        problems.append(ImportProblem(line: line, column: column, reason: reason))
    }

    private mutating func required(_ column: String, maximum: Int) -> String {
        let value = text(column)
        if value.isEmpty {
            refuse(column, "the \(column) is missing")
        } else if value.count > maximum {
            refuse(column, "the \(column) has \(value.count.grouped) characters; at most \(maximum) are allowed")
        } else if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            refuse(column, "the \(column) contains a control character (a line break or a tab?)")
        }
        return value
    }

    private mutating func optionalPhone() -> String? {
        let value = text("phone")
        guard !value.isEmpty else { return nil }
        let allowed = value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || " +()-".unicodeScalars.contains($0) }
        let digits = value.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        if !allowed || !(8...15).contains(digits) {
            refuse("phone", "phone “\(value)” must be 8 to 15 digits (spaces, +, brackets and dashes allowed)")
        }
        return value
    }

    private mutating func optionalEmail() -> String? {
        let value = text("email")
        guard !value.isEmpty else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !value.contains(where: \.isWhitespace) && value.count <= 254
        if !valid { refuse("email", "email “\(value)” is not an email address") }
        return value
    }

    /// Charter 5.3: a card on record, as `TYPE:NUMBER`.
    private mutating func concession() -> Concession {
        let value = text("concession")
        guard !value.isEmpty, value.lowercased() != "none" else { return .none }
        let parts = value.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let types = ConcessionCardType.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let type = ConcessionCardType(rawValue: parts[0].lowercased()), !parts[1].isEmpty, parts[1].count <= 20 else {
            refuse("concession", "concession “\(value)” must be none or TYPE:NUMBER with TYPE one of \(types)")
            return .none
        }
        return .card(type, number: parts[1])
    }

    private mutating func balance() -> Money {
        let value = text("balance")
        guard !value.isEmpty else { return .zero }
        do {
            return try Money.parse(value)
        } catch {
            refuse("balance", error.message)
            return .zero
        }
    }

    /// Charter 9.5(a): the date of registration for life support.
    private mutating func lifeSupport() -> SpecialNeedsRegistration? {
        let value = text("life_support")
        guard !value.isEmpty else { return nil }
        guard let date = CivilDate(iso: value) else {
            refuse("life_support", "life_support “\(value)” must be a date like 2024-02-29, or empty")
            return nil
        }
        if date > today { refuse("life_support", "life_support \(value) is after today") }
        return SpecialNeedsRegistration(need: .lifeSupport, registeredOn: date, notes: "")
    }
}
