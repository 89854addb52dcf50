import Foundation
import TaplineDomain

/// How an incident is kept by either store: its number, the person key repeat checks compare,
/// and the incident itself as JSON (text in SQLite, jsonb in PostgreSQL).
public enum ConductRecord {
    /// "CI-2026-000042": the prefix, the year the incident was raised and a serial within it.
    public static func number(year: Int, serial: Int) -> String {
        "CI-\(year)-" + String(repeating: "0", count: max(0, 6 - String(serial).count)) + String(serial)
    }

    /// Names compared as `ConductPerson.isSamePerson` does: lower case, runs of spaces as one.
    public static func personKey(_ name: String?) -> String? {
        guard let name else { return nil }
        let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// The incident as JSON with sorted keys, so equal incidents are equal text.
    public static func encode(_ incident: ConductIncident) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(incident), as: UTF8.self)
    }

    public static func decode(_ body: String) throws -> ConductIncident {
        try JSONDecoder().decode(ConductIncident.self, from: Data(body.utf8))
    }
}

/// The audit entry for a listing of incidents (`tapline incidents list`), the same on both stores.
public enum ConductListing {
    public static func auditEntry(count: Int, awaitingReview: Bool, by user: String, at time: LocalDateTime) -> AuditEntry {
        AuditEntry(who: user, at: time, action: .viewed, accountNumber: nil,
                   detail: "Listed \(count) conduct incident\(count == 1 ? "" : "s")\(awaitingReview ? " awaiting review" : "")")
    }
}
