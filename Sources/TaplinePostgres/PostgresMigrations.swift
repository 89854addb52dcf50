import TaplineStore

/// The shared store's schema history, applied in order by `tapline admin init` and
/// `tapline admin migrate`, each migration in its own transaction.
///
/// Each area keeps its SQL in its own file (`PostgresMigrations+Area.swift`) and adds one line
/// to `all`. Never edit or reorder a migration that has shipped: add a new one. The identifiers
/// follow the SQLite store's so the two stores' histories read alike.
public enum PostgresMigrations {
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String
    }

    static var all: [Migration] { [roles, audit, accounts, users, complaints, collections, hardship, paymentPlans, conduct, accountBadges, auditChain,
                                   badgePlans, changeNotify, presence, roleAsRead, complaintOwner, incidentOwner,
                                   incidentQueues, disputeCandidates, accountChangedBy, disputeQueue, specialNeeds, callRecord,
                                   concessions, moves, contactPreferences,
                                   meterRequests, paymentArrangements] }

    static let table = """
        CREATE TABLE IF NOT EXISTS tapline_migration (
            identifier text PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """

    /// Applies every migration not yet applied; returns the identifiers applied now.
    @discardableResult
    public static func migrate(_ connection: PGConnection) throws -> [String] {
        try connection.execute(table)
        try checkKnown(connection)
        let done = try applied(connection)
        var applied: [String] = []
        for migration in all where !done.contains(migration.identifier) {
            try connection.transaction { connection in
                try connection.executeScript(migration.sql)
                try connection.execute("INSERT INTO tapline_migration(identifier) VALUES ($1)", [migration.identifier])
            }
            applied.append(migration.identifier)
        }
        return applied
    }

    /// The migrations applied to the database, in the order they were applied.
    public static func applied(_ connection: PGConnection) throws -> [String] {
        let exists = try connection.execute("SELECT to_regclass('tapline_migration') IS NOT NULL AS present").first?.bool("present") ?? false
        guard exists else { return [] }
        return try connection.execute("SELECT identifier FROM tapline_migration ORDER BY applied_at, identifier").rows.compactMap { $0["identifier"] }
    }

    /// Refuses a database that is not exactly at this build's schema: none yet (run
    /// `tapline admin init`), older (run `tapline admin migrate`), or newer (`schemaTooNew`).
    static func checkCurrent(_ connection: PGConnection) throws {
        try checkKnown(connection)
        let done = Set(try applied(connection))
        guard !done.isEmpty else { throw PostgresSchemaError.notInitialised }
        let missing = all.map(\.identifier).filter { !done.contains($0) }
        guard missing.isEmpty else { throw PostgresSchemaError.behind(missing: missing) }
    }

    /// Refuses a database with migrations this build does not know.
    static func checkKnown(_ connection: PGConnection) throws {
        let done = try applied(connection)
        let unknown = Set(done).subtracting(all.map(\.identifier))
        guard unknown.isEmpty else { throw StoreError.schemaTooNew(unknownMigrations: unknown.sorted()) }
    }
}
