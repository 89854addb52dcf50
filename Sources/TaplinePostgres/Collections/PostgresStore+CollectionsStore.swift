import TaplineDomain
import TaplineStore

/// The collection record, fire bans and restriction facts on PostgreSQL (`CollectionsStore`).
///
/// The facts are gathered in one read-only transaction (one snapshot, so a payment or a plan
/// change landing meanwhile cannot give a mixed picture) and judged by the same assembly as
/// on SQLite (`RestrictionFactsRepository.assemble`).
extension PostgresStore: CollectionsStore {
    public func recordCollectionEvent(_ event: CollectionEvent, for accountNumber: String, by agent: String,
                                      at time: LocalDateTime) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("""
                    INSERT INTO collection_event(account_id, kind, on_date, included_hardship_information, note, recorded_by, recorded_at)
                    VALUES ($1, $2, $3::date, $4, $5, $6, $7::timestamp)
                    """, [try PGAreaSupport.accountID(of: accountNumber, connection), event.kind.rawValue, event.on.iso,
                          event.includedHardshipInformation, event.note, agent, time.iso])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: accountNumber,
                                        detail: "\(event.kind.displayName) on \(event.on.display)", connection)
            }
        }
    }

    public func noteRestrictionCircumstance(_ circumstance: RestrictionCircumstance, for accountNumber: String, by agent: String,
                                            at time: LocalDateTime) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("""
                    INSERT INTO restriction_circumstance(account_id, kind, noted_on, cleared_on, note, recorded_by)
                    VALUES ($1, $2, $3::date, $4::date, $5, $6)
                    """, [try PGAreaSupport.accountID(of: accountNumber, connection), circumstance.kind.rawValue,
                          circumstance.notedOn.iso, circumstance.clearedOn?.iso, circumstance.note, agent])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: accountNumber,
                                        detail: "restriction circumstance noted: \(circumstance.kind.rawValue)", connection)
            }
        }
    }

    public func clearRestrictionCircumstance(_ kind: RestrictionCircumstance.Kind, for accountNumber: String, on day: CivilDate,
                                             by agent: String, at time: LocalDateTime) throws {
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("""
                    UPDATE restriction_circumstance SET cleared_on = $1::date
                    WHERE account_id = $2 AND kind = $3 AND cleared_on IS NULL
                    """, [day.iso, try PGAreaSupport.accountID(of: accountNumber, connection), kind.rawValue])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: accountNumber,
                                        detail: "restriction circumstance cleared: \(kind.rawValue)", connection)
            }
        }
    }

    public func collectionEvents(for accountNumber: String) throws -> [CollectionEvent] {
        try PGAreaSupport.refusals {
            try withConnection { try Self.collectionEvents(accountID: PGAreaSupport.accountID(of: accountNumber, $0), $0) }
        }
    }

    public func restrictionCircumstances(for accountNumber: String) throws -> [RestrictionCircumstance] {
        try PGAreaSupport.refusals {
            try withConnection { try Self.restrictionCircumstances(accountID: PGAreaSupport.accountID(of: accountNumber, $0), $0) }
        }
    }

    // MARK: - Total Fire Bans (Charter 7.3(d))

    public func declareTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        let name = try Self.districtName(district)
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("""
                    INSERT INTO total_fire_ban(district, on_date, declared_by) VALUES ($1, $2::date, $3) ON CONFLICT DO NOTHING
                    """, [name, day.iso, agent])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: nil,
                                        detail: "Total Fire Ban declared for \(name) on \(day.display)", connection)
            }
        }
    }

    public func revokeTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        let name = try Self.districtName(district)
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("DELETE FROM total_fire_ban WHERE district = $1 AND on_date = $2::date", [name, day.iso])
                try PGAreaSupport.audit(as: agent, at: time, .changed, accountNumber: nil,
                                        detail: "Total Fire Ban for \(name) on \(day.display) removed", connection)
            }
        }
    }

    public func assignFireDistrict(postcode: String, to district: String) throws {
        let name = try Self.districtName(district)
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    INSERT INTO fire_district_postcode(postcode, district) VALUES ($1, $2)
                    ON CONFLICT (postcode) DO UPDATE SET district = excluded.district
                    """, [postcode, name])
            }
        }
    }

    public func fireDistrict(ofPostcode postcode: String) throws -> String? {
        try PGAreaSupport.refusals {
            try withConnection { try $0.execute("SELECT district FROM fire_district_postcode WHERE postcode = $1", [postcode]).first?["district"] }
        }
    }

    public func totalFireBanDays(forPostcode postcode: String, from day: CivilDate) throws -> [CivilDate] {
        try PGAreaSupport.refusals { try withConnection { try Self.banDays(forPostcode: postcode, from: day, $0) } }
    }

    public func declaredTotalFireBans(from day: CivilDate) throws -> [TotalFireBanDeclaration] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("SELECT district, on_date FROM total_fire_ban WHERE on_date >= $1::date ORDER BY on_date, district",
                                       [day.iso]).rows.map {
                    TotalFireBanDeclaration(district: try $0.string("district"), on: try PGAreaSupport.date($0, "on_date"))
                }
            }
        }
    }

    // MARK: - The restriction check's facts

    public func restrictionFacts(for accountNumber: String, today: CivilDate, disputedAmount: Money) throws -> RestrictionFacts {
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                guard let standing = try PGStandingRows.standing(accountNumber, connection) else {
                    throw StoreError.accountNotFound(accountNumber)
                }
                let id = try PGAreaSupport.accountID(of: accountNumber, connection)
                return RestrictionFactsRepository.assemble(
                    standing: standing, events: try Self.collectionEvents(accountID: id, connection),
                    circumstances: try Self.restrictionCircumstances(accountID: id, connection),
                    plans: try Self.plans(accountID: id, connection),
                    assessments: try Self.assessments(accountID: id, connection),
                    cessations: try Self.cessations(accountID: id, connection),
                    banDays: try Self.banDays(forPostcode: standing.account.property.address.postcode, from: today, connection),
                    applications: try PGAccountRows.concessionApplications(accountID: id, connection),
                    disputedAmount: disputedAmount, today: today)
            }
        }
    }

    // MARK: - Rows

    static func collectionEvents(accountID: Int64, _ connection: PGConnection) throws -> [CollectionEvent] {
        try connection.execute("""
            SELECT kind, on_date, included_hardship_information, note FROM collection_event WHERE account_id = $1 ORDER BY on_date, id
            """, [accountID]).rows.compactMap { row in
            guard let kind = row["kind"].flatMap(CollectionEvent.Kind.init(rawValue:)) else { return nil }
            return CollectionEvent(kind, on: try PGAreaSupport.date(row, "on_date"),
                                   includedHardshipInformation: row.bool("included_hardship_information") ?? false, note: row["note"] ?? "")
        }
    }

    static func restrictionCircumstances(accountID: Int64, _ connection: PGConnection) throws -> [RestrictionCircumstance] {
        try connection.execute("""
            SELECT kind, noted_on, cleared_on, note FROM restriction_circumstance WHERE account_id = $1 ORDER BY noted_on, id
            """, [accountID]).rows.compactMap { row in
            guard let kind = row["kind"].flatMap(RestrictionCircumstance.Kind.init(rawValue:)) else { return nil }
            return RestrictionCircumstance(kind, notedOn: try PGAreaSupport.date(row, "noted_on"),
                                           clearedOn: try PGAreaSupport.optionalDate(row, "cleared_on"), note: row["note"] ?? "")
        }
    }

    /// Its district's ban days, or every district's when the postcode is in none (the safe side of 7.3(d)).
    static func banDays(forPostcode postcode: String, from day: CivilDate, _ connection: PGConnection) throws -> [CivilDate] {
        try connection.execute("""
            SELECT DISTINCT b.on_date FROM total_fire_ban b
            WHERE b.on_date >= $1::date
              AND (b.district = (SELECT district FROM fire_district_postcode WHERE postcode = $2)
                   OR NOT EXISTS (SELECT 1 FROM fire_district_postcode WHERE postcode = $2))
            ORDER BY b.on_date
            """, [day.iso, postcode]).rows.map { try PGAreaSupport.date($0, "on_date") }
    }

    private static func districtName(_ district: String) throws(PlanRefusal) -> String {
        let name = district.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw PlanRefusal("name the fire district (for example “Central”)") }
        return name
    }
}
