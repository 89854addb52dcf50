import TaplineDomain

/// The rows a lookup shows, and how many accounts matched in all.
public struct SearchResult: Hashable, Sendable {
    /// Accounts that matched; a lower bound when `totalIsCapped`.
    public var totalMatches: Int
    /// True when counting stopped early: show `totalMatches` as "1,000+".
    public var totalIsCapped: Bool
    /// In the order shown: exact account-number or phone matches first, then matches on a
    /// person (name, number, phone, email) by surname and given name, then matches on a place.
    public var rows: [AccountSummary]

    public init(totalMatches: Int, totalIsCapped: Bool, rows: [AccountSummary]) {
        self.totalMatches = totalMatches
        self.totalIsCapped = totalIsCapped
        self.rows = rows
    }

    public static let empty = SearchResult(totalMatches: 0, totalIsCapped: false, rows: [])

    /// "no matches", "1 match", "37 matches", "1,000+ matches"; "no matches yet" when the
    /// search stopped before it could be sure (type more to narrow it).
    public var totalDescription: String {
        if totalMatches == 0 { return totalIsCapped ? "no matches yet — type more to narrow the search" : "no matches" }
        let suffix = totalIsCapped ? "+" : ""
        return "\(totalMatches.grouped)\(suffix) match\(totalMatches == 1 && !totalIsCapped ? "" : "es")"
    }
}
