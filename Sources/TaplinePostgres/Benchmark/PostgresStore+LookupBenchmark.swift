import TaplineStore

extension PostgresStore {
    /// PostgreSQL's lookup target: within 3 ms over the local socket, at least 10 times the reference.
    public static let lookupTarget = LookupBenchmark.Target(p99Milliseconds: 3, speedup: 10)

    /// Times the lookup (the shared query set and statistics) beside the obvious PostgreSQL
    /// reference on the same documents, in one run.
    ///
    /// The reference is a ranked trigram search (pg_trgm: `doc LIKE '% smi%' ORDER BY
    /// similarity(doc, 'smi') DESC LIMIT 50` on a GIN trigram index) when the extension is
    /// installed or can be created here (PostgreSQL 13+ lets a database owner create it), else
    /// a ranked tsvector prefix query (`@@ to_tsquery('simple', 'smi:*') ORDER BY ts_rank`) on a
    /// GIN index. Its table is temporary, and an extension created for the run is dropped
    /// after it, so the database is left as it was.
    public func lookupBenchmark(iterations: Int) throws -> LookupBenchmark.Report {
        let (accounts, queries) = try withConnection { connection in
            let maxID = try connection.execute("SELECT coalesce(max(id), 0) AS id FROM account").first?.int("id") ?? 0
            let ids = PGArray.ids(LookupBenchmark.sampleIDs(maxID: maxID))
            let numbers = try connection.execute("SELECT number FROM account WHERE id = ANY($1::bigint[]) ORDER BY id", [ids])
                .rows.compactMap { $0["number"] }
            let phones = try connection.execute("""
                SELECT (SELECT phone FROM customer c WHERE c.account_id = i.id AND phone IS NOT NULL ORDER BY position LIMIT 1) AS phone
                FROM unnest($1::bigint[]) AS i(id) ORDER BY i.id
                """, [ids]).rows.compactMap { $0["phone"] }
            let accounts = try connection.execute("SELECT count(*) AS n FROM account").first?.int("n") ?? 0
            return (accounts, LookupBenchmark.defaultQueries(numbers: numbers, phones: phones))
        }
        return try withConnection { connection in
            let reference = try PGLookupReference(connection)
            defer { reference.drop() }
            return try LookupBenchmark.run(store: self, queries: queries, accounts: accounts, iterations: iterations,
                                           reference: reference.benchmarkReference, target: Self.lookupTarget)
        }
    }
}

/// The reference index for one benchmark run, on its own connection.
private struct PGLookupReference {
    let connection: PGConnection
    /// Trigrams when pg_trgm is available, else tsvector.
    let usesTrigrams: Bool
    /// Whether this run created the extension (and so drops it).
    let createdExtension: Bool

    init(_ connection: PGConnection) throws {
        self.connection = connection
        let installed = try connection.execute("SELECT count(*) AS n FROM pg_extension WHERE extname = 'pg_trgm'").first?.int("n") == 1
        var created = false
        if !installed {
            created = (try? connection.execute("CREATE EXTENSION pg_trgm")) != nil
        }
        usesTrigrams = installed || created
        createdExtension = created
        if usesTrigrams {
            try connection.executeScript("""
                CREATE TEMP TABLE lookup_reference AS SELECT account_id, doc FROM search_doc;
                CREATE INDEX ON lookup_reference USING gin (doc gin_trgm_ops);
                ANALYZE lookup_reference;
                """)
        } else {
            try connection.executeScript("""
                CREATE TEMP TABLE lookup_reference AS SELECT account_id, to_tsvector('simple', doc) AS words FROM search_doc;
                CREATE INDEX ON lookup_reference USING gin (words);
                ANALYZE lookup_reference;
                """)
        }
    }

    var benchmarkReference: LookupBenchmark.Reference {
        let connection = connection
        if usesTrigrams {
            return LookupBenchmark.Reference(label: "pg_trgm reference (similarity)") { prefixes, iterations in
                try prefixes.flatMap { prefix in
                    let run = {
                        _ = try connection.execute("""
                            SELECT account_id FROM lookup_reference WHERE doc LIKE $1 ORDER BY similarity(doc, $2) DESC LIMIT 50
                            """, ["% \(prefix)%", prefix])
                    }
                    try run()
                    return try LookupBenchmark.measure(iterations, run)
                }
            }
        }
        return LookupBenchmark.Reference(label: "tsvector reference (ts_rank)") { prefixes, iterations in
            try prefixes.flatMap { prefix in
                let run = {
                    _ = try connection.execute("""
                        SELECT account_id FROM lookup_reference WHERE words @@ to_tsquery('simple', $1)
                        ORDER BY ts_rank(words, to_tsquery('simple', $1)) DESC LIMIT 50
                        """, ["\(prefix):*"])
                }
                try run()
                return try LookupBenchmark.measure(iterations, run)
            }
        }
    }

    func drop() {
        _ = try? connection.execute("DROP TABLE IF EXISTS lookup_reference")
        if createdExtension { _ = try? connection.execute("DROP EXTENSION IF EXISTS pg_trgm") }
    }
}
