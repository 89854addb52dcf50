import TaplineDomain

/// The lookup tokens of one account, split by what they say about it.
///
/// "Who" tokens (account number, names, phones, emails) are listed before "where" tokens
/// (street, suburb, postcode), so a lookup shows the people a word names before the people who
/// merely live on a street of that name. Stored as one string — `" who… | where… "`, each token
/// preceded by a space — so a multi-word lookup can test "does any token start with w" with
/// one `instr(doc, ' w')`.
struct SearchDocument: Hashable, Sendable {
    /// Index kinds as stored in `search_token.kind`: who before where.
    enum Kind: Int, CaseIterable {
        case who = 0
        case place = 1
    }

    private(set) var who: [String] = []
    private(set) var place: [String] = []
    /// The order the account is listed in (`SearchText.sortKey`).
    let sortKey: String

    init(sortKey: String) { self.sortKey = sortKey }

    /// The tokens of an account as it stands.
    init(account: Account) {
        self.init(sortKey: SearchText.sortKey(name: account.primaryCustomer?.name ?? "", accountNumber: account.accountNumber))
        add(.who, account.accountNumber)
        for customer in account.customers {
            for word in SearchText.words(customer.name) { add(.who, word) }
            if let phone = customer.phone.flatMap(SearchText.phoneDigits) { add(.who, phone) }
            if let email = customer.email.flatMap(SearchText.emailToken) { add(.who, email) }
        }
        if let email = account.electronicAddress.flatMap(SearchText.emailToken) { add(.who, email) }
        let address = account.property.address
        for word in SearchText.words((address.lines + [address.suburb]).joined(separator: " ")) { add(.place, word) }
        add(.place, address.postcode)
    }

    /// Reads a stored document back (to remove its tokens).
    init(stored doc: String, sortKey: String) {
        self.sortKey = sortKey
        let halves = doc.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        who = halves.first.map { $0.split(separator: " ").map(String.init) } ?? []
        place = halves.count > 1 ? halves[1].split(separator: " ").map(String.init) : []
    }

    /// Adds a token once per kind.
    mutating func add(_ kind: Kind, _ token: String) {
        guard !token.isEmpty else { return }
        switch kind {
        case .who: if !who.contains(token) { who.append(token) }
        case .place: if !place.contains(token) { place.append(token) }
        }
    }

    func tokens(_ kind: Kind) -> [String] { kind == .who ? who : place }

    /// The stored form: " a b c | d e ".
    var text: String {
        " " + who.joined(separator: " ") + (who.isEmpty ? "" : " ") + "| " + place.joined(separator: " ") + (place.isEmpty ? "" : " ")
    }
}
