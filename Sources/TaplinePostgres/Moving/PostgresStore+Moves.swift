import TaplineDomain
import TaplineStore

/// Customers moving out and in on the shared store (issue 13 item 6), as SQLite's
/// `MoveRepository`: one transaction with the outgoing account locked, saved in the session's
/// name. The new customer's account is written with only the columns an agent may insert
/// (v4-moves): it reuses the property's address row, starts owing nothing, and is numbered
/// under a transaction lock so two agents moving customers in at once never take one number.
extension PostgresStore: MovesStore {
    public func recordMove(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                           by user: String, at time: LocalDateTime) throws -> MoveReceipt {
        var incoming: Account?
        let outgoing = try saveAccountChange(of: accountNumber, readVersion: readVersion, at: time) { connection, id, before in
            let recording = MoveRecording(move: move, before: before, recordedMoveOut: try Self.recordedMoveOut(accountID: id, connection))
            if let problem = recording.problem { throw StoreError.invalidAccount(accountNumber: accountNumber, reason: problem) }
            if let out = move.moveOut { try PGAccountRows.pointBilling(ofAccount: id, at: out.forwardingAddress, connection) }
            var incomingID: Int64?
            if move.moveIn != nil, let made = recording.incoming(number: try Self.nextNumber(connection)) {
                try AccountRows.validate(made)
                let newID = try Self.insertIncoming(made, at: id, connection)
                try Self.audit(.created, made.accountNumber, at: time, detail: recording.incomingDetail(previous: accountNumber), connection)
                incoming = try PGAccountRows.account(made.accountNumber, connection)?.account
                incomingID = newID
            }
            let bodies = try recording.bodies()
            try connection.execute("""
                INSERT INTO property_move(outgoing_account_id, incoming_account_id, move_out, move_in, charter_summary_due, recorded_at)
                VALUES ($1, $2, $3, $4, $5::date, $6::timestamp)
                """, [id, incomingID, bodies.moveOut, bodies.moveIn, move.moveIn.map { StoredText.date($0.charterSummaryDue) },
                      StoredText.moment(time)])
            return recording.outgoingDetail
        }
        return MoveReceipt(outgoing: outgoing, incoming: incoming, move: move)
    }

    public func moves(of accountNumber: String) throws -> AccountMoves {
        try withConnection { connection in
            let id = try PGAccountRows.id(of: accountNumber, connection)
            return try MoveRow.moves(of: accountNumber, from: Self.moveRows("m.outgoing_account_id = $1 OR m.incoming_account_id = $1", [id], connection))
        }
    }

    public func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws {
        try transaction { connection in
            let id = try PGAccountRows.id(of: accountNumber, connection)
            let updated = try connection.execute("""
                UPDATE property_move SET charter_summary_sent = $1::date WHERE incoming_account_id = $2 AND charter_summary_sent IS NULL
                RETURNING id
                """, [StoredText.date(day), id]).rows.count
            guard updated == 1 else { throw StoreError.refused(MoveRecording.noCharterSummaryOwed(accountNumber)) }
            try Self.audit(.changed, accountNumber, at: time, detail: MoveRecording.charterSummarySentDetail(day), connection)
        }
    }

    public func charterSummariesOutstanding(limit: Int) throws -> [CharterSummaryNotice] {
        try withConnection { connection in
            try Self.moveRows("m.charter_summary_due IS NOT NULL AND m.charter_summary_sent IS NULL", [], order: "m.charter_summary_due, m.id LIMIT \(max(0, limit))",
                              connection).compactMap { try $0.charterSummary() }
        }
    }

    // MARK: - Rows

    private static func recordedMoveOut(accountID: Int64, _ connection: PGConnection) throws -> MoveOut? {
        try connection.execute("SELECT move_out FROM property_move WHERE outgoing_account_id = $1 AND move_out IS NOT NULL", [accountID])
            .first.map { try PlanStoreSupport.decode(MoveOut.self, from: try $0.string("move_out")) }
    }

    /// The next 10-digit account number, with the numbering locked to this transaction.
    private static func nextNumber(_ connection: PGConnection) throws -> String {
        try connection.execute("SELECT pg_advisory_xact_lock(hashtext('tapline account number'))")
        return try MoveRecording.number(after: connection.execute(MoveRecording.highestNumberSQL).first?["number"])
    }

    /// Writes the new customer's account at the outgoing account's property: the columns an
    /// agent may insert, its customers and its lookup entries; returns its row id.
    private static func insertIncoming(_ account: Account, at outgoingID: Int64, _ connection: PGConnection) throws -> Int64 {
        guard let id = try connection.execute("""
            INSERT INTO account(number, billing_address_id, property_address_id, pipe_size_mm, occupancy)
            SELECT $1, property_address_id, property_address_id, pipe_size_mm, $2 FROM account WHERE id = $3 RETURNING id
            """, [account.accountNumber, account.property.occupancy.rawValue, outgoingID]).first?.int64("id") else {
            throw StoreError.accountNotFound(account.accountNumber)
        }
        for (position, customer) in account.customers.enumerated() {
            try connection.execute("""
                INSERT INTO customer(account_id, position, name, phone, email, is_primary) VALUES ($1, $2, $3, $4, $5, $6)
                """, [id, Int64(position), customer.name, customer.phone, customer.email, customer.isPrimary])
        }
        try PGSearchIndex.replace(SearchDocument(account: account), accountID: id, connection)
        return id
    }

    private static func moveRows(_ condition: String, _ parameters: [(any PGBindable)?], order: String = "m.id",
                                 _ connection: PGConnection) throws -> [MoveRow] {
        try connection.execute("""
            SELECT \(MoveRow.columns) FROM property_move m JOIN account o ON o.id = m.outgoing_account_id
            LEFT JOIN account i ON i.id = m.incoming_account_id WHERE \(condition) ORDER BY \(order)
            """, parameters).rows.map { row in
            MoveRow(outgoingAccount: try row.string("outgoing"), incomingAccount: row["incoming"], moveOutBody: row["move_out"],
                    moveInBody: row["move_in"], recordedBy: try row.string("recorded_by"), recordedAt: try PGAccountRows.moment(row, "recorded_at"),
                    charterSummarySent: row["charter_summary_sent"].flatMap(CivilDate.init(iso:)))
        }
    }
}
