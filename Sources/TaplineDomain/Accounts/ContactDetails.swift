/// An account's contact details as an agent corrects them (issue 13 item 2): each customer's
/// name, phone and email, in the account's order, and the postal address bills go to.
///
/// The rest of the account (property, concession, balance, who is primary, an authorised third
/// party) is not here, so correcting a phone number cannot change any of it. The store saves
/// these against the account's version, audits each change old → new ("phone 0412 345 678 →
/// 0499 111 222"), and the lookup follows at once.
public struct ContactDetails: Hashable, Sendable {
    /// One customer's name and how to reach them; nil for no phone or email.
    public struct Person: Hashable, Sendable {
        public var name: String
        public var phone: String?
        public var email: String?

        public init(name: String, phone: String? = nil, email: String? = nil) {
            self.name = name
            self.phone = phone
            self.email = email
        }
    }

    /// A field of the details, for a message shown under it.
    public enum Field: Hashable, Sendable {
        case name(Int), phone(Int), email(Int)
        case street, secondLine, suburb, state, postcode
    }

    public var people: [Person]
    /// Where paper bills go (Charter 4.4(a)).
    public var billingAddress: Address

    public init(people: [Person], billingAddress: Address) {
        self.people = people
        self.billingAddress = billingAddress
    }

    /// The details as the account holds them.
    public init(of account: Account) {
        self.init(people: account.customers.map { Person(name: $0.name, phone: $0.phone, email: $0.email) },
                  billingAddress: account.billingAddress)
    }

    // MARK: - Rules

    /// Every field's problem (`ContactRules`); empty when the details may be saved.
    public var problems: [Field: String] {
        var found: [Field: String] = [:]
        for (index, person) in people.enumerated() {
            found[.name(index)] = ContactRules.nameProblem(person.name)
            found[.phone(index)] = ContactRules.phoneProblem(person.phone ?? "")
            found[.email(index)] = ContactRules.emailProblem(person.email ?? "")
        }
        let lines = billingAddress.lines
        found[.street] = ContactRules.streetProblem(lines.first ?? "")
        found[.secondLine] = lines.dropFirst().compactMap(ContactRules.secondLineProblem).first
        found[.suburb] = ContactRules.suburbProblem(billingAddress.suburb)
        found[.state] = ContactRules.stateProblem(billingAddress.state)
        found[.postcode] = ContactRules.postcodeProblem(billingAddress.postcode)
        return found
    }

    /// The first problem in form order, in words that say which field: "phone of Zoë Ng: …".
    public var firstProblem: String? {
        let found = problems
        var order: [Field] = people.indices.flatMap { [Field.name($0), .phone($0), .email($0)] }
        order += [.street, .secondLine, .suburb, .state, .postcode]
        guard let field = order.first(where: { found[$0] != nil }), let message = found[field] else { return nil }
        return "\(describe(field)): \(message)"
    }

    /// "phone of Zoë Ng", "billing postcode": a field named for a message or the audit trail.
    public func describe(_ field: Field) -> String {
        func of(_ index: Int) -> String { people.indices.contains(index) && !people[index].name.isEmpty ? " of \(people[index].name)" : "" }
        switch field {
        case .name(let index): return "name" + (index == 0 ? "" : " \(index + 1)")
        case .phone(let index): return "phone" + of(index)
        case .email(let index): return "email" + of(index)
        case .street: return "billing street line"
        case .secondLine: return "billing second line"
        case .suburb: return "billing suburb"
        case .state: return "billing state"
        case .postcode: return "billing postcode"
        }
    }

    /// The details as they are saved: each field trimmed, an empty phone or email none, the
    /// state in capitals, empty street lines after the first dropped.
    public var normalised: ContactDetails {
        func optional(_ text: String?) -> String? {
            guard let text = text?.contactTrimmed, !text.isEmpty else { return nil }
            return text
        }
        let lines = billingAddress.lines.map(\.contactTrimmed)
        let kept = (lines.first.map { [$0] } ?? []) + lines.dropFirst().filter { !$0.isEmpty }
        return ContactDetails(
            people: people.map { Person(name: $0.name.contactTrimmed, phone: optional($0.phone), email: optional($0.email)) },
            billingAddress: Address(lines: kept, suburb: billingAddress.suburb.contactTrimmed,
                                    postcode: billingAddress.postcode.contactTrimmed,
                                    state: billingAddress.state.contactTrimmed.uppercased()))
    }

    // MARK: - Applying

    /// `account` with these details in place of its own; customers beyond these are kept.
    public func applied(to account: Account) -> Account {
        var changed = account
        for (index, person) in people.enumerated() where changed.customers.indices.contains(index) {
            changed.customers[index].name = person.name
            changed.customers[index].phone = person.phone
            changed.customers[index].email = person.email
        }
        changed.billingAddress = billingAddress
        return changed
    }

    /// What changed from `before`, old → new, for the audit trail and a refusal's words:
    /// ["phone 0412 345 678 → 0499 111 222", "billing address 18 Evans Street, Sunbury VIC 3429 → PO Box 12, Sunbury VIC 3429"].
    /// The first customer's phone and email are named plainly, another's with whose they are;
    /// a name's old → new says whose it is.
    public func changes(from before: ContactDetails) -> [String] {
        func shown(_ text: String?) -> String { text.map { $0.isEmpty ? "(none)" : $0 } ?? "(none)" }
        var changes: [String] = []
        for (index, person) in people.enumerated() {
            let old = before.people.indices.contains(index) ? before.people[index] : Person(name: "")
            let whose = index == 0 ? "" : " of \(old.name.isEmpty ? person.name : old.name)"
            if old.name != person.name { changes.append("name \(shown(old.name)) → \(shown(person.name))") }
            if old.phone != person.phone { changes.append("phone\(whose) \(shown(old.phone)) → \(shown(person.phone))") }
            if old.email != person.email { changes.append("email\(whose) \(shown(old.email)) → \(shown(person.email))") }
        }
        if before.billingAddress != billingAddress {
            changes.append("billing address \(before.billingAddress.oneLine) → \(billingAddress.oneLine)")
        }
        return changes
    }

    /// These (fresh) details with what an agent changed from `base` to `typed` made again:
    /// a field the agent left alone keeps its fresh value, so reapplying a refused save never
    /// undoes a colleague's change to another field (issue 12 item 3).
    public func reapplying(changesFrom base: ContactDetails, to typed: ContactDetails) -> ContactDetails {
        var result = self
        for index in result.people.indices where base.people.indices.contains(index) && typed.people.indices.contains(index) {
            let (old, new) = (base.people[index], typed.people[index])
            if old.name != new.name { result.people[index].name = new.name }
            if old.phone != new.phone { result.people[index].phone = new.phone }
            if old.email != new.email { result.people[index].email = new.email }
        }
        if base.billingAddress != typed.billingAddress { result.billingAddress = typed.billingAddress }
        return result
    }
}
