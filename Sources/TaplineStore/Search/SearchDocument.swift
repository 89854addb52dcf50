import TaplineDomain

/// The lookup tokens of one account, grouped by how strongly they identify it.
///
/// A lookup lists accounts in the order of these groups, so typing "smi" shows the Smiths
/// (by given name) before people whose first name is Smita, both before people who live on
/// Smith Street, and all before email addresses that happen to start "smi". Stored as one
/// string — `" key… | name… | place… | email… | pair… | other pair… | place pair… "`, each token preceded by
/// a space — so a multi-word lookup can test "does any token start with w" with one
/// `instr(doc, ' w')`, and so the index rows can be found again when the account changes.
public struct SearchDocument: Hashable, Sendable {
    /// Index kinds as stored in `search_token.kind`, in the order results are listed.
    public enum Kind: Int, CaseIterable, Sendable {
        /// Account number, phone numbers, the primary customer's surname.
        case key = 0
        /// Every other word of every customer's name.
        case name = 1
        /// Street, suburb and postcode of the property.
        case place = 2
        /// Email addresses, whole: they start with names, so they come last.
        case email = 3
        /// Two words that belong together, joined by `pairJoiner`, both ways round: the
        /// primary customer's given name and surname, and each of those with each word of the
        /// suburb. Only multi-word lookups read pairs ("john smi", "smi bacch", "marg gisb").
        case pair = 4
        /// Given name and surname pairs of the other customers on the account.
        case otherPair = 5
        /// Pairs that name the property: each street-name word with each suburb word, and each
        /// house or unit number with each street-name word ("main sunb", "27 main").
        case placePair = 6

        /// The kinds a one-word lookup lists, in order.
        public static let listed: [Kind] = [.key, .name, .place, .email]
        /// The pair kinds, in the order a multi-word lookup lists them.
        public static let pairs: [Kind] = [.pair, .otherPair, .placePair]

        public var isPair: Bool { Kind.pairs.contains(self) }
    }

    /// Joins the two words of a pair token; sorts below every letter and digit.
    public static let pairJoiner = "\u{2}"

    private(set) var groups: [[String]] = Array(repeating: [], count: Kind.allCases.count)
    /// The order the account is listed in (`SearchText.sortKey`).
    public let sortKey: String

    private init(sortKey: String) { self.sortKey = sortKey }

    /// The tokens of an account as it stands.
    public init(account: Account) {
        let names = account.customers.map { SearchText.words($0.name) }
        let primaryIndex = account.customers.firstIndex(where: \.isPrimary) ?? 0
        let primaryWords = names.indices.contains(primaryIndex) ? names[primaryIndex] : []
        self.init(sortKey: SearchText.sortKey(words: primaryWords, accountNumber: account.accountNumber))
        add(.key, account.accountNumber)
        for phone in account.customers.compactMap({ $0.phone.flatMap(SearchText.phoneDigits) }) { add(.key, phone) }
        if let surname = primaryWords.last { add(.key, surname) }
        for word in names.joined() { add(.name, word) }
        let address = account.property.address
        let suburbWords = SearchText.words(address.suburb)
        let streetWords = SearchText.words(address.lines.joined(separator: " "))
        for word in streetWords + suburbWords { add(.place, word) }
        add(.place, address.postcode)
        for email in account.customers.map(\.email) + [account.electronicAddress] {
            if let token = email.flatMap(SearchText.emailToken) { add(.email, token) }
        }
        for (index, words) in names.enumerated() {
            guard let surname = words.last else { continue }
            let kind: Kind = index == primaryIndex ? .pair : .otherPair
            for given in words.dropLast() { addPairs(kind, given, surname) }
        }
        for name in primaryWords {
            for word in suburbWords { addPairs(.pair, name, word) }
        }
        let numbers = streetWords.filter { $0.allSatisfy(\.isNumber) }
        let streetNames = streetWords.filter { !$0.allSatisfy(\.isNumber) && !SearchDocument.streetTypes.contains($0) }
        for street in streetNames {
            for word in suburbWords { addPairs(.placePair, street, word) }
            for number in numbers { addPairs(.placePair, number, street) }
        }
    }

    /// Words of an address that say what kind of street it is: too common to pair.
    static let streetTypes: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "court", "ct", "crescent", "cres", "place", "pl",
        "way", "lane", "ln", "parade", "pde", "close", "cl", "grove", "gr", "boulevard", "bvd", "blvd", "terrace", "tce",
        "rise", "highway", "hwy", "unit", "flat", "house", "circuit", "cct",
    ]

    /// Adds the pair of two words both ways round.
    private mutating func addPairs(_ kind: Kind, _ one: String, _ other: String) {
        guard one != other else { return }
        addPair(kind, one, other)
        addPair(kind, other, one)
    }

    private mutating func addPair(_ kind: Kind, _ first: String, _ second: String) {
        let token = first + SearchDocument.pairJoiner + second
        guard !Kind.pairs.contains(where: { groups[$0.rawValue].contains(token) }) else { return }
        groups[kind.rawValue].append(token)
    }

    /// Reads a stored document back (to remove its tokens).
    public init(stored doc: String, sortKey: String) {
        self.sortKey = sortKey
        for (index, group) in doc.split(separator: "|", omittingEmptySubsequences: false).prefix(groups.count).enumerated() {
            groups[index] = group.split(separator: " ").map(String.init)
        }
    }

    /// Adds a one-word token unless this or a stronger kind already holds it: an account is
    /// listed under the strongest way a word identifies it.
    private mutating func add(_ kind: Kind, _ token: String) {
        guard !token.isEmpty, !groups[...kind.rawValue].contains(where: { $0.contains(token) }) else { return }
        groups[kind.rawValue].append(token)
    }

    public func tokens(_ kind: Kind) -> [String] { groups[kind.rawValue] }

    /// The stored form: " a b | c | d e | f | c␂a a␂c | ".
    public var text: String {
        groups.map { group in group.map { " " + $0 }.joined() + " " }.joined(separator: "|")
    }
}
