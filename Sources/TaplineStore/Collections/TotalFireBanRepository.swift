import Foundation
import GRDB
import TaplineDomain

/// Total Fire Ban days declared by the CFA for each fire district, and the district of each
/// postcode (Charter 7.3(d): no restriction on a day of Total Fire Ban for the area).
///
/// The CFA declares bans by fire district (Central, North Central, Mallee…) the day before,
/// so a supervisor records each declaration (`declare`), from the CFA's list or a
/// `tapline`-driven feed. Which district a property is in is set per postcode (`assign`);
/// a property whose postcode has no district is treated as in every district — any ban
/// declared that day blocks restriction there — because wrongly restricting on a fire-ban
/// day is the harm 7.3(d) exists to prevent.
public struct TotalFireBanRepository: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// Records a Total Fire Ban declared for `district` on `day`; declaring it twice is harmless.
    public func declare(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        let name = try Self.districtName(district)
        try database.writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO total_fire_ban(district, on_date, declared_by) VALUES (?, ?, ?)",
                           arguments: [name, day, agent])
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: nil,
                                           detail: "Total Fire Ban declared for \(name) on \(day.display)"), db)
        }
    }

    /// Removes a declaration recorded in error (or revoked by the CFA).
    public func revoke(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        let name = try Self.districtName(district)
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM total_fire_ban WHERE district = ? AND on_date = ?", arguments: [name, day])
            try AuditLog.insert(AuditEntry(who: agent, at: time, action: .changed, accountNumber: nil,
                                           detail: "Total Fire Ban for \(name) on \(day.display) removed"), db)
        }
    }

    /// Puts a postcode in a fire district (replacing any earlier assignment).
    public func assign(postcode: String, to district: String) throws {
        let name = try Self.districtName(district)
        try database.writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO fire_district_postcode(postcode, district) VALUES (?, ?)",
                           arguments: [postcode, name])
        }
    }

    /// The district a postcode is in, or nil when none was assigned.
    public func district(ofPostcode postcode: String) throws -> String? {
        try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT district FROM fire_district_postcode WHERE postcode = ?", arguments: [postcode])
        }
    }

    /// Ban days from `day` on that apply to a postcode: its district's, or every district's
    /// when the postcode has none.
    public func banDays(forPostcode postcode: String, from day: CivilDate) throws -> [CivilDate] {
        try database.writer.read { db in try Self.banDays(forPostcode: postcode, from: day, db) }
    }

    /// Every declaration from `day` on, by date then district.
    public func declared(from day: CivilDate) throws -> [(district: String, on: CivilDate)] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT district, on_date FROM total_fire_ban WHERE on_date >= ? ORDER BY on_date, district",
                             arguments: [day]).map { ($0["district"], $0["on_date"]) }
        }
    }

    static func banDays(forPostcode postcode: String, from day: CivilDate, _ db: Database) throws -> [CivilDate] {
        try CivilDate.fetchAll(db, sql: """
            SELECT DISTINCT b.on_date FROM total_fire_ban b
            WHERE b.on_date >= ?
              AND (b.district = (SELECT district FROM fire_district_postcode WHERE postcode = ?)
                   OR NOT EXISTS (SELECT 1 FROM fire_district_postcode WHERE postcode = ?))
            ORDER BY b.on_date
            """, arguments: [day, postcode, postcode])
    }

    private static func districtName(_ district: String) throws(PlanRefusal) -> String {
        let name = district.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw PlanRefusal("name the fire district (for example “Central”)") }
        return name
    }
}

extension AppDatabase {
    /// Total Fire Ban days by fire district (Charter 7.3(d)).
    public var totalFireBans: TotalFireBanRepository { TotalFireBanRepository(self) }
}
