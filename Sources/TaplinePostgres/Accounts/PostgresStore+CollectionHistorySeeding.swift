import TaplineDomain
import TaplineStore

/// The seeded collection history on PostgreSQL: each account owing at least $200 (7.2(a)) gets
/// the history `CollectionHistorySeeder.history` chooses for it, the one SQLite's seed writes,
/// and every property postcode goes into the service area's fire district (7.3(d)).
///
/// One transaction; the events and circumstances go in by binary COPY. Seeded rows are
/// generated data, not an agent's acts, so they are not audited (as on SQLite).
extension PostgresStore: CollectionHistorySeeding {
    public func seedCollectionHistory(seed: UInt64, today: CivilDate) throws -> Int {
        try transaction { connection in
            try connection.execute("""
                INSERT INTO fire_district_postcode(postcode, district)
                    SELECT DISTINCT ad.postcode, $1 FROM account a JOIN address ad ON ad.id = a.property_address_id
                ON CONFLICT (postcode) DO NOTHING
                """, [CollectionHistorySeeder.serviceAreaDistrict])
            let owing = try connection.execute("SELECT id FROM account WHERE balance_cents >= $1 ORDER BY id",
                                               [RestrictionCheck.minimumAmount.cents]).rows.compactMap { $0.int64("id") }
            let at = CollectionHistorySeeder.recordedAt(today: today)
            let agent = CollectionHistorySeeder.agent
            var events = PGCopyRows(columns: Self.eventColumns.count)
            var circumstances = PGCopyRows(columns: Self.circumstanceColumns.count)
            var seeded = 0
            for id in owing {
                let history = CollectionHistorySeeder.history(accountID: id, seed: seed, today: today)
                for event in history.events {
                    events.row()
                    events.int64(id)
                    events.text(event.kind.rawValue)
                    events.date(event.on)
                    events.bool(event.includedHardshipInformation)
                    events.text(event.note)
                    events.text(agent)
                    events.timestamp(at)
                }
                if let circumstance = history.circumstance {
                    circumstances.row()
                    circumstances.int64(id)
                    circumstances.text(circumstance.kind.rawValue)
                    circumstances.date(circumstance.notedOn)
                    circumstances.date(circumstance.clearedOn)
                    circumstances.text(circumstance.note)
                    circumstances.text(agent)
                }
                if !history.events.isEmpty { seeded += 1 }
            }
            if !events.isEmpty { try connection.copyBinary(into: "collection_event", columns: Self.eventColumns, rows: events) }
            if !circumstances.isEmpty {
                try connection.copyBinary(into: "restriction_circumstance", columns: Self.circumstanceColumns, rows: circumstances)
            }
            return seeded
        }
    }

    private static let eventColumns = ["account_id", "kind", "on_date", "included_hardship_information", "note", "recorded_by",
                                       "recorded_at"]
    private static let circumstanceColumns = ["account_id", "kind", "noted_on", "cleared_on", "note", "recorded_by"]
}
