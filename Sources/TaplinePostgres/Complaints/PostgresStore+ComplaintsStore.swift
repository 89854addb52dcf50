import TaplineDomain
import TaplineStore

/// The complaints register on PostgreSQL, keeping the SQLite register's rules (`ComplaintsStore`).
///
/// Numbers come from the "C" series of `yearly_number` in the logging transaction. A save
/// locks the complaint's row (`FOR UPDATE`), checks the change with the rules both stores
/// share (`ComplaintRepository.checkSave`), and updates only if the stored timeline is still
/// the one it read (`event_count`).
extension PostgresStore: ComplaintsStore {
    static let complaintSeries = "C"

    public func logComplaint(_ complaint: Complaint, calendar: BusinessCalendar) throws -> Complaint {
        guard complaint.id.isEmpty else { throw ComplaintStoreError.alreadyNumbered(complaint.id) }
        let loggedAt = complaint.timeline.first?.at ?? complaint.receivedAt
        let year = loggedAt.date.year
        return try PGAreaSupport.refusals {
            try transaction { connection in
                let accountID = try PGAreaSupport.accountID(of: complaint.accountNumber, connection)
                // Charter 3.1(e): the amount held cannot exceed what the account owes, checked in this transaction.
                if let amount = complaint.disputedAmount {
                    let owed = try connection.execute("SELECT balance_cents FROM account WHERE id = $1", [accountID])
                        .first?.int64("balance_cents") ?? 0
                    try Complaint.checkDisputedAmount(amount, owed: Money(cents: owed))
                }
                let sequence = try PGAreaSupport.nextSerial(series: Self.complaintSeries, year: year, connection)
                var numbered = complaint
                numbered.id = ComplaintNumber.format(year: year, sequence: sequence)
                // The saved columns' parameters take their types from the columns.
                try connection.execute("""
                    INSERT INTO complaint (number, year, sequence, account_id, received_at, due_date, category, channel,
                                           disputed_cents, logged_by, logged_at, \(ComplaintRows.savedColumns.joined(separator: ", ")))
                    VALUES ($1, $2, $3, $4, $5::timestamp, $6::date, $7, $8, $9, $10, $11::timestamp,
                            \((12..<(12 + ComplaintRows.savedColumns.count)).map { "$\($0)" }.joined(separator: ", ")))
                    """, [numbered.id, year, sequence, accountID, numbered.receivedAt.iso, numbered.dueDate.iso,
                          numbered.category.rawValue, numbered.channel.rawValue, numbered.disputedAmount?.cents,
                          numbered.timeline.first?.agent ?? "", loggedAt.iso] + (try Self.savedValues(numbered, calendar: calendar)))
                try PGAreaSupport.audit(as: numbered.timeline.first?.agent ?? "", at: loggedAt, .created, accountNumber: complaint.accountNumber,
                                        detail: "complaint \(numbered.id) logged (\(complaint.category.displayName))", connection)
                return numbered
            }
        }
    }

    public func saveComplaint(_ complaint: Complaint, role: Role, calendar: BusinessCalendar) throws -> Complaint {
        guard !complaint.id.isEmpty else { throw ComplaintStoreError.notNumbered }
        return try PGAreaSupport.refusals {
            try transaction { try Self.save(complaint, role: role, calendar: calendar, $0) }
        }
    }

    /// Saves in the caller's transaction, as the session's login.
    ///
    /// The server, not the console, says who is saving: unless the session is a superuser
    /// (setting up, or tests), every new timeline entry must be recorded as made by the
    /// session's login, and a claimed supervisor role counts only if the login is a member of
    /// tapline_supervisor or tapline_admin. So an agent cannot record a decision in a
    /// manager's name, or as a supervisor, from any console or from psql through this code;
    /// the `complaint_keeps_its_record` trigger stops rewriting what is already recorded.
    static func save(_ complaint: Complaint, role claimed: Role, calendar: BusinessCalendar,
                     _ connection: PGConnection) throws -> Complaint {
        guard let body = try connection.execute("SELECT body FROM complaint WHERE number = $1 FOR UPDATE", [complaint.id])
            .first?["body"] else { throw ComplaintStoreError.notFound(complaint.id) }
        let stored = try ComplaintRows.decode(body)
        let session = try PGSessionRole.current(connection)
        let role = claimed.actsAsSupervisor && !session.actsAsSupervisor ? Role.agent : claimed
        if !session.isSuperuser, let other = complaint.timeline.dropFirst(stored.timeline.count).first(where: { $0.agent != session.login }) {
            throw StoreError.refused("complaint \(complaint.id): a change is recorded as made by \(other.agent), "
                                     + "but you are signed in as \(session.login); nothing was saved")
        }
        let added = try ComplaintRepository.checkSave(complaint, stored: stored, role: role) { user in
            try Self.responder(user: user, role: role, connection)
        }
        guard !added.isEmpty else { return stored }
        let columns = ComplaintRows.savedColumns
        let updated = try connection.execute("""
            UPDATE complaint SET \(columns.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", "))
            WHERE number = $\(columns.count + 1) AND event_count = $\(columns.count + 2)
            """, (try Self.savedValues(complaint, calendar: calendar)) + [complaint.id, stored.timeline.count])
        guard updated.affected == 1 else { throw stored.changeMissed(by: complaint) }
        for event in added {
            try PGAreaSupport.audit(as: event.agent, at: event.at, .changed, accountNumber: complaint.accountNumber,
                                    detail: ComplaintRepository.auditDetail(event, number: complaint.id), connection)
        }
        return complaint
    }

    public func complaint(number: String) throws -> Complaint? {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("SELECT body FROM complaint WHERE number = $1", [number]).first?["body"].map(ComplaintRows.decode)
            }
        }
    }

    public func complaints(_ filter: ComplaintListFilter) throws -> [Complaint] {
        var conditions: [String] = []
        var values: [(any PGBindable)?] = []
        func value(_ v: any PGBindable) -> String {
            values.append(v)
            return "$\(values.count)"
        }
        if let account = filter.accountNumber { conditions.append("account_id = (SELECT id FROM account WHERE number = \(value(account)))") }
        if let last = filter.replyDueOnOrBefore { conditions.append("reply_due <= \(value(last.iso))::date") }
        if filter.awaitingReplyOnly { conditions.append("reply_due IS NOT NULL") }
        if !filter.includeClosed { conditions.append("status <> 'closed'") }
        if let level = filter.level { conditions.append("level = \(value(level.rawValue))") }
        if let agent = filter.loggedBy { conditions.append("logged_by = \(value(agent))") }
        if let owner = filter.owner { conditions.append("owner = \(value(owner))") }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("""
                    SELECT body FROM complaint \(whereClause)
                    ORDER BY reply_due IS NULL, reply_due, received_at DESC, sequence
                    """, values).rows.map { try ComplaintRows.decode(try $0.string("body")) }
            }
        }
    }

    public func amountOwed(onAccount accountNumber: String) throws -> Money {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                guard let cents = try connection.execute("SELECT balance_cents FROM account WHERE number = $1", [accountNumber])
                    .first?.int64("balance_cents") else { throw StoreError.accountNotFound(accountNumber) }
                return Money(cents: cents)
            }
        }
    }

    public func complaintResponder(user: String, role: Role) throws -> ComplaintResponder {
        try PGAreaSupport.refusals { try withConnection { try Self.responder(user: user, role: role, $0) } }
    }

    public func setComplaintDecider(_ user: String, name: String, level: EscalationLevel?, by actor: String,
                                    at time: LocalDateTime) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let shown = trimmed.isEmpty ? user : trimmed
        try PGAreaSupport.refusals {
            try transaction { connection in
                try connection.execute("""
                    INSERT INTO complaint_decider(login, name, level) VALUES ($1, $2, $3)
                    ON CONFLICT (login) DO UPDATE SET name = excluded.name, level = excluded.level
                    """, [user, shown, level?.rawValue])
                try PGAreaSupport.audit(as: actor, at: time, .changed, accountNumber: nil,
                                        detail: "complaint decider \(user): \(shown), holds \(level?.title ?? "no level")", connection)
            }
        }
    }

    public func complaintDeciders() throws -> [ComplaintResponder] {
        try PGAreaSupport.refusals {
            try withConnection { connection in
                try connection.execute("SELECT login, name, level FROM complaint_decider ORDER BY login").rows.map { row in
                    ComplaintResponder(user: try row.string("login"), name: row["name"], role: .supervisor,
                                       holds: row["level"].flatMap(EscalationLevel.init(rawValue:)))
                }
            }
        }
    }

    public func complaintAssignees() throws -> [String] {
        try users().filter { $0.role != .trainer }.map(\.name).sorted()
    }

    public func complaintFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try PGAreaSupport.refusals { try withConnection { try PGAccountFlagSources.flags(forAccount: accountNumber, among: [.openComplaint, .disputedAmount], $0) } }
    }

    /// What a save rewrites, in the order of `ComplaintRows.savedColumns`.
    static func savedValues(_ complaint: Complaint, calendar: BusinessCalendar) throws -> [(any PGBindable)?] {
        let facts = DisputeFacts(complaint)
        return [complaint.replyDue(calendar: calendar)?.iso, ComplaintRows.statusWord(complaint.status), complaint.level.rawValue,
                complaint.owner, complaint.timeline.count, facts.mayList, facts.decidedOn?.iso, facts.claimOpen,
                facts.claimFinalisedOn?.iso, try ComplaintRows.encode(complaint)]
    }

    static func responder(user: String, role: Role, _ connection: PGConnection) throws -> ComplaintResponder {
        let row = try connection.execute("SELECT name, level FROM complaint_decider WHERE login = $1", [user]).first
        return ComplaintResponder(user: user, name: row?["name"], role: role, holds: row?["level"].flatMap(EscalationLevel.init(rawValue:)))
    }
}
