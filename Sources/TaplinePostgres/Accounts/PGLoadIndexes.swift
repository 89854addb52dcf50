/// The keys, foreign keys and indexes of the tables a seed fills, dropped before the load and
/// rebuilt after it from their own definitions in the catalogue — whatever migrations made
/// them, so an index a later migration adds is taken down and put back like the rest.
///
/// Per row, a foreign key costs a look-up in its parent's key and an index a descent of its
/// B-tree; after the load, each index is one sort and each foreign key one validating join.
/// Foreign keys from other tables into these are dropped and re-added too (they must be, to
/// drop the keys they point at). All of it runs in the seed's transaction, and DDL in
/// PostgreSQL is transactional: a seed that fails leaves the schema as it found it.
struct PGLoadIndexes {
    private let foreignKeys: [Constraint]
    private let keys: [Constraint]
    private let indexes: [String]

    /// A constraint as `ALTER TABLE … ADD CONSTRAINT` gives it back.
    private struct Constraint {
        let table: String
        let name: String
        let definition: String
    }

    /// Memory for each index build and foreign-key check: a sort that fits is one pass.
    static let maintenanceMemory = "1GB"

    /// Drops what `tables` have (primary keys, unique constraints, foreign keys both ways, other
    /// indexes) and returns how to rebuild it. Check and not-null constraints stay: they cost little.
    static func drop(on tables: [String], _ connection: PGConnection) throws -> PGLoadIndexes {
        let names = PGArray.texts(tables)
        let constraints = try connection.execute("""
            SELECT k.conrelid::regclass::text AS tbl, quote_ident(k.conname) AS name, k.contype = 'f' AS foreign,
                   pg_get_constraintdef(k.oid) AS definition
            FROM pg_constraint k
            WHERE (k.contype IN ('p', 'u', 'f') AND k.conrelid = ANY($1::regclass[]))
               OR (k.contype = 'f' AND k.confrelid = ANY($1::regclass[]))
            ORDER BY k.conrelid, k.conname
            """, [names]).rows.map { row in
            (foreign: row.bool("foreign") ?? false,
             constraint: Constraint(table: try row.string("tbl"), name: try row.string("name"), definition: try row.string("definition")))
        }
        let indexes = try connection.execute("""
            SELECT x.indexrelid::regclass::text AS name, pg_get_indexdef(x.indexrelid) AS definition
            FROM pg_index x
            WHERE x.indrelid = ANY($1::regclass[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY x.indrelid, x.indexrelid
            """, [names]).rows.map { (name: try $0.string("name"), definition: try $0.string("definition")) }
        let load = PGLoadIndexes(foreignKeys: constraints.filter(\.foreign).map(\.constraint),
                                 keys: constraints.filter { !$0.foreign }.map(\.constraint), indexes: indexes.map(\.definition))
        // Foreign keys first: a key cannot go while one points at it.
        for constraint in load.foreignKeys + load.keys {
            try connection.execute("ALTER TABLE \(constraint.table) DROP CONSTRAINT \(constraint.name)")
        }
        for index in indexes { try connection.execute("DROP INDEX \(index.name)") }
        return load
    }

    /// Builds the keys and indexes again, takes the planner's statistics of `tables`, then
    /// re-adds (and so checks) the foreign keys, with more memory for the rest of the
    /// transaction. With statistics and the keys in place each check is a merge of two
    /// index-only scans (the rows are frozen, so all-visible) rather than a guess.
    func rebuild(analysing tables: [String], _ connection: PGConnection) throws {
        try connection.execute("SET LOCAL maintenance_work_mem = '\(Self.maintenanceMemory)'")
        for key in keys { try connection.execute("ALTER TABLE \(key.table) ADD CONSTRAINT \(key.name) \(key.definition)") }
        for index in indexes { try connection.execute(index) }
        try connection.execute("ANALYZE \(tables.joined(separator: ", "))")
        for key in foreignKeys { try connection.execute("ALTER TABLE \(key.table) ADD CONSTRAINT \(key.name) \(key.definition)") }
    }
}
