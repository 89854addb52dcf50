/// The number a complaint is known by: "C-2026-000123".
///
/// The store assigns the sequence (unique per year); the format lives here so every module
/// writes and reads it the same way.
public enum ComplaintNumber {
    /// "C-2026-000123" for year 2026, sequence 123.
    public static func format(year: Int, sequence: Int) -> String {
        "C-\(year)-" + String(repeating: "0", count: max(0, 6 - String(sequence).count)) + String(sequence)
    }

    /// The year and sequence of a complaint number, or nil when the text is not one.
    public static func parse(_ text: String) -> (year: Int, sequence: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "C", parts[1].count == 4, parts[2].count >= 6,
              parts[1].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isASCII),
              let year = Int(parts[1]), let sequence = Int(parts[2]), sequence >= 0 else { return nil }
        return (year, sequence)
    }
}
