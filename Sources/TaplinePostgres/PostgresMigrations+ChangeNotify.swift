extension PostgresMigrations {
    /// "v3-change-notify": every change to shared work notifies channel `tapline_change`, in
    /// the transaction that makes it, so it is heard when (and only if) it commits.
    ///
    /// Consoles LISTEN (`PGChangeSignal`) and refresh their open queues, banners and counts:
    /// a complaint logged, an incident reported or decided, a plan, an assessment, a
    /// restriction step or a note, made at any desk. One statement-level trigger per table,
    /// whose payload names the table; PostgreSQL folds a transaction's identical
    /// notifications into one, so a big import sends one per table, not one per row.
    /// Reads (the audit trail's "viewed" entries) notify nobody.
    static let changeNotify = Migration(identifier: "v3-change-notify", sql: """
        CREATE FUNCTION tapline_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('tapline_change', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$;
        \(notifiedTables.map { table in """
            CREATE TRIGGER \(table)_notifies AFTER INSERT OR UPDATE OR DELETE ON \(table)
                FOR EACH STATEMENT EXECUTE FUNCTION tapline_notify_change();
            """ }.joined(separator: "\n"))
        """)

    /// The tables whose changes open screens show.
    static let notifiedTables = ["account", "customer", "note", "complaint", "conduct_incident", "payment_plan",
                                 "payment_plan_event", "hardship_assessment", "hardship_cessation", "collection_event"]
}
