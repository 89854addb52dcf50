/// Where a utility operates, which decides its public holidays and so its business days.
///
/// Charter Part C defines a business day as one on which banks are open in Sunbury, not a
/// Saturday, Sunday or public holiday; a utility elsewhere counts its own holidays. Raw
/// values are ISO 3166-2 style codes so a config file can name them (`jurisdiction = "AU-VIC"`).
public enum Jurisdiction: String, Sendable, CaseIterable, Codable {
    /// Victoria, Australia: Public Holidays Act 1993 (Vic).
    case auVIC = "AU-VIC"
    /// England and Wales: Banking and Financial Dealings Act 1971 and royal proclamations.
    case gbEAW = "GB-EAW"

    /// "Victoria" / "England and Wales": how the jurisdiction is shown to a person.
    public var displayName: String {
        switch self {
        case .auVIC: return "Victoria"
        case .gbEAW: return "England and Wales"
        }
    }
}
