import GRDB
import TaplineDomain

/// Gives synthetic accounts that owe money a collection history, so the restriction check has
/// something to judge in demos, training and tests. Call it after the accounts are seeded.
///
/// The choice is made here, once (`history`); each store writes it: `seed(into:)` on SQLite,
/// the PostgreSQL store's `seedCollectionHistory` there (`CollectionHistorySeeding`).
///
/// For each account owing at least $200 (7.2(a)), its own seeded stream picks one stage:
/// - a quarter have no notice yet;
/// - a quarter have a Final Notice only, issued 3 to 20 days ago (7.1(a) not yet met for most);
/// - a quarter have a Final Notice 20 to 40 days ago and one contact attempt (7.1(c) short);
/// - a quarter have every step: Final Notice 25 to 45 days ago, two or three contact attempts
///   after it, a Notice Before Restriction with the Hardship Policy 8 to 14 days ago, the
///   customer told of the restriction and its costs 7 to 10 days ago, and a plan offer refused
///   or not answered — restriction is permitted for these on a weekday morning unless
///   something else (special needs, a fire ban, a holiday) stands in the way.
/// One in twenty of these accounts also has an outstanding Utility Relief Grant or concession
/// application (7.2(b), (c)). Every property postcode goes into the CFA `serviceAreaDistrict`.
///
/// Seeded rows are generated data, not an agent's acts, so they are not audited (as the
/// synthetic accounts are not).
public enum CollectionHistorySeeder {
    /// The CFA fire district the synthetic service area (Sunbury, Melton, Bacchus Marsh,
    /// Macedon Ranges) lies in.
    public static let serviceAreaDistrict = "Central"
    /// Who the seeded events are recorded by.
    public static let agent = "collections"

    /// What one owing account is given: its events, oldest first (none for the first stage),
    /// and perhaps an application still pending.
    public struct History: Sendable {
        public let events: [CollectionEvent]
        public let circumstance: RestrictionCircumstance?
    }

    /// The moment the seeded events are recorded at: 8 am on the seed's last day.
    public static func recordedAt(today: CivilDate) -> LocalDateTime { LocalDateTime(date: today, hour: 8) }

    /// The history of the account with row id `accountID`, which owes at least
    /// `RestrictionCheck.minimumAmount`: drawn from its own seeded stream, so every store that
    /// writes it (and numbers its accounts alike) gives the same history for the same seed.
    public static func history(accountID: Int64, seed: UInt64, today: CivilDate) -> History {
        var random = SplitMix64(seed: seed ^ 0xC011_EC75, stream: UInt64(accountID))
        let events = history(stage: random.below(4), today: today, &random)
        var circumstance: RestrictionCircumstance?
        if random.below(20) == 0 {
            let kind: RestrictionCircumstance.Kind = random.below(2) == 0 ? .urgsApplication : .concessionApplication
            circumstance = RestrictionCircumstance(kind, notedOn: today.adding(days: -random.inRange(1...20)),
                                                   note: "Application lodged; awaiting decision.")
        }
        return History(events: events, circumstance: circumstance)
    }

    /// Adds the histories to a SQLite store; returns how many accounts received events.
    @discardableResult
    public static func seed(into database: AppDatabase, seed: UInt64, today: CivilDate) throws -> Int {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO fire_district_postcode(postcode, district)
                    SELECT DISTINCT ad.postcode, ? FROM account a JOIN address ad ON ad.id = a.property_address_id
                """, arguments: [serviceAreaDistrict])
            let owing = try Int64.fetchAll(db, sql: "SELECT id FROM account WHERE balance_cents >= ? ORDER BY id",
                                           arguments: [RestrictionCheck.minimumAmount])
            let at = recordedAt(today: today)
            var seeded = 0
            for id in owing {
                let history = history(accountID: id, seed: seed, today: today)
                for event in history.events { try CollectionRepository.insert(event, accountID: id, by: agent, at: at, db) }
                if let circumstance = history.circumstance {
                    try CollectionRepository.insert(circumstance, accountID: id, by: agent, db)
                }
                if !history.events.isEmpty { seeded += 1 }
            }
            return seeded
        }
    }

    /// The events of one stage (0 to 3), oldest first.
    static func history(stage: Int, today: CivilDate, _ random: inout SplitMix64) -> [CollectionEvent] {
        func daysAgo(_ range: ClosedRange<Int>) -> CivilDate { today.adding(days: -random.inRange(range)) }
        switch stage {
        case 1:
            return [CollectionEvent(.finalNotice, on: daysAgo(3...20))]
        case 2:
            let notice = daysAgo(20...40)
            return [CollectionEvent(.finalNotice, on: notice),
                    CollectionEvent(.contactAttempt, on: notice.adding(days: random.inRange(3...8)), note: "Called; no answer.")]
        case 3:
            let notice = daysAgo(25...45)
            var events = [CollectionEvent(.finalNotice, on: notice)]
            for attempt in 0..<random.inRange(2...3) {
                events.append(CollectionEvent(.contactAttempt, on: notice.adding(days: 3 + 4 * attempt),
                                              note: attempt == 0 ? "Called; left a message." : "SMS reminder sent."))
            }
            let offer: CollectionEvent.Kind = random.below(2) == 0 ? .planOfferRefused : .planOfferUnanswered
            events.append(CollectionEvent(offer, on: notice.adding(days: 5)))
            events.append(CollectionEvent(.noticeBeforeRestriction, on: daysAgo(8...14), includedHardshipInformation: true))
            events.append(CollectionEvent(.notifiedOfRestriction, on: daysAgo(7...7 + random.below(4)),
                                          note: "Told of the restriction, its cost and the restrictor removal fee."))
            return events.sorted { $0.on < $1.on }
        default:
            return []
        }
    }
}

/// A store that can give its seeded accounts their collection history (`CollectionHistorySeeder`).
public protocol CollectionHistorySeeding {
    /// Adds the histories to the accounts owing at least $200; returns how many received events.
    @discardableResult
    func seedCollectionHistory(seed: UInt64, today: CivilDate) throws -> Int
}

extension AppDatabase: CollectionHistorySeeding {
    public func seedCollectionHistory(seed: UInt64, today: CivilDate) throws -> Int {
        try CollectionHistorySeeder.seed(into: self, seed: seed, today: today)
    }
}
