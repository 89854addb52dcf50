/// Row ids for `address`, `account` and `bill`, handed out before the rows are written: COPY
/// returns no ids, and customers, bills and charges must name their parents' rows.
///
/// A seed counts on from the highest id in use (1 in an empty database) and sets the sequences
/// after; writing beside other consoles reserves ids from each table's own sequence first, so
/// nobody else gets them.
struct PGRowIDs {
    static let tables = ["address", "account", "bill"]

    private var counters: [String: Int64] = [:]
    private var reserved: [String: [Int64]] = [:]

    /// Ids counted up from past each table's highest, for a seed that has the tables to itself.
    static func counting(_ connection: PGConnection) throws -> PGRowIDs {
        var ids = PGRowIDs()
        for table in tables {
            ids.counters[table] = (try connection.execute("SELECT coalesce(max(id), 0) + 1 AS id FROM \(table)").first?.int64("id")) ?? 1
        }
        return ids
    }

    /// Passes over `count` ids of `table` as if they were taken, so a copy made before hands
    /// them out elsewhere (counted ids only): a batch built in parts numbers its rows as one.
    mutating func skip(_ table: String, _ count: Int) {
        counters[table, default: 1] += Int64(count)
    }

    /// The first id `counting` hands out for `table`, until one is taken.
    func first(_ table: String) -> Int64 { counters[table, default: 1] }

    /// `counts[table]` ids taken from each table's identity sequence.
    static func reserving(_ counts: [String: Int], _ connection: PGConnection) throws -> PGRowIDs {
        var ids = PGRowIDs()
        for (table, count) in counts where count > 0 {
            ids.reserved[table] = try connection.execute("""
                SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id FROM generate_series(1, $2)
                """, [table, count]).rows.compactMap { $0.int64("id") }.reversed()
        }
        return ids
    }

    mutating func next(_ table: String) -> Int64 {
        if let id = reserved[table]?.popLast() { return id }
        let id = counters[table, default: 1]
        counters[table] = id + 1
        return id
    }

    /// After counting: moves each sequence past the ids used, so later inserts do not collide.
    static func advanceSequences(_ connection: PGConnection) throws {
        for table in tables {
            try connection.execute("SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM \(table)))", [table])
        }
    }
}
