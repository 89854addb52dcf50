import TaplineDomain

/// What an area adds to the account screen beyond badges: banners under the header (a
/// contact restriction every agent must see) and entries in the History tab (complaints,
/// assessments, plans, incidents). Badges come with the account itself (`AccountFlag`).
public protocol AccountContribution: Sendable {
    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras
}

public struct AccountExtras: Equatable, Sendable {
    public var banners: [AccountBanner]
    public var history: [AccountHistoryEntry]

    public init(banners: [AccountBanner] = [], history: [AccountHistoryEntry] = []) {
        self.banners = banners
        self.history = history
    }
}

/// A line shown under the account header to every agent, in a role with a word in its text.
public struct AccountBanner: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    /// Drawn before the text: "▲" for a warning; nil when the text carries its own ("● sam on
    /// this account since 10:32").
    public var mark: String?

    public init(text: String, role: StyleRole = .warning, mark: String? = "▲") {
        self.text = text
        self.role = role
        self.mark = mark
    }
}

/// One event in the account's history: "2026-03-02 Complaint C-2026-000123 logged (billing)".
///
/// An entry may open the record it is about (Enter on the History tab): an agent taking a
/// repeat complaint opens the earlier one from the account.
public struct AccountHistoryEntry: Equatable, Sendable {
    public var at: LocalDateTime
    public var area: String
    public var summary: String
    public var open: (@Sendable () -> AnyScreen)?

    public init(at: LocalDateTime, area: String, summary: String, open: (@Sendable () -> AnyScreen)? = nil) {
        self.at = at
        self.area = area
        self.summary = summary
        self.open = open
    }

    /// Entries are equal when they say the same; what they open is not compared.
    public static func == (lhs: AccountHistoryEntry, rhs: AccountHistoryEntry) -> Bool {
        lhs.at == rhs.at && lhs.area == rhs.area && lhs.summary == rhs.summary
    }
}
