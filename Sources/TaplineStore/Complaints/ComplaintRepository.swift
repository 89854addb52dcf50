import GRDB
import TaplineDomain

/// The complaints register: log with a number, save each change, find, list (Charter 3.1).
///
/// Complaints are domain values; this repository only records them. A change is made with
/// the domain's transition functions and then saved here, which appends one audit entry per
/// new timeline entry in the same transaction. Two agents changing one complaint at the same
/// time cannot lose each other's work: the timeline only grows, so a save must extend the
/// stored timeline, and one based on a stale copy is refused (`ChangedSinceRead`, naming who
/// made the first change the copy missed and when).
///
/// The calendar is needed to store when the awaited reply is due (a further review is due 10
/// business days after it was sought), which queues and reports sort and filter on.
public struct ComplaintRepository: Sendable {
    let database: AppDatabase
    let calendar: BusinessCalendar

    public init(_ database: AppDatabase, calendar: BusinessCalendar) {
        self.database = database
        self.calendar = calendar
    }

    // MARK: - Writing

    /// Records a newly logged complaint and returns it with its number, "C-YYYY-NNNNNN".
    ///
    /// The number's year is the year it was logged, and its sequence is the next one that
    /// year, chosen inside the write transaction that inserts the row. GRDB begins write
    /// transactions IMMEDIATE, so the SQLite write lock is held from the moment the sequence is
    /// read: two consoles logging at once (even two processes) queue for the lock and get
    /// consecutive numbers, never the same one (and `UNIQUE (year, sequence)` would refuse it).
    public func log(_ complaint: Complaint) throws -> Complaint {
        guard complaint.id.isEmpty else { throw ComplaintStoreError.alreadyNumbered(complaint.id) }
        let loggedAt = complaint.timeline.first?.at ?? complaint.receivedAt
        let year = loggedAt.date.year
        return try database.writer.write { db in
            let accountID = try AccountRows.id(of: complaint.accountNumber, db)
            // Charter 3.1(e): the amount held cannot exceed what the account owes, checked
            // against the balance in the same transaction that records the complaint.
            if let amount = complaint.disputedAmount {
                try Complaint.checkDisputedAmount(amount, owed: try Self.balance(accountID, db))
            }
            let last = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM complaint WHERE year = ?", arguments: [year]) ?? 0
            var numbered = complaint
            numbered.id = ComplaintNumber.format(year: year, sequence: last + 1)
            try ComplaintRows.insert(numbered, year: year, sequence: last + 1, accountID: accountID, calendar: calendar, db)
            let who = complaint.timeline.first?.agent ?? ""
            try AuditLog.insert(AuditEntry(who: who, at: loggedAt, action: .created, accountNumber: complaint.accountNumber,
                                           detail: "complaint \(numbered.id) logged (\(complaint.category.displayName))"), db)
            return numbered
        }
    }

    /// Saves the changes made to a logged complaint since it was loaded; returns it as stored.
    ///
    /// Refused with `ChangedSinceRead` when the stored timeline is not the start of this one
    /// (someone saved a change this copy does not have; issue 12 item 3). Saving a copy with nothing new is a
    /// no-op. A new decision must have been made by someone allowed to make it at its level
    /// (Charter 3.1(d)(1)): the store works out each new response's decider from the deciders
    /// it keeps and `role`, and refuses one whose recorded decider differs (an agent who
    /// recorded a General Manager's decision herself).
    ///
    /// - Parameter role: the role of the user saving (as conduct changes are given it).
    @discardableResult
    public func save(_ complaint: Complaint, role: Role = .agent) throws -> Complaint {
        guard !complaint.id.isEmpty else { throw ComplaintStoreError.notNumbered }
        return try database.writer.write { db in
            guard let stored = try ComplaintRows.fetch(number: complaint.id, db) else {
                throw ComplaintStoreError.notFound(complaint.id)
            }
            let added = try Self.checkSave(complaint, stored: stored, role: role) { user in try Self.responder(user: user, role: role, db) }
            guard !added.isEmpty else { return stored }
            let assignments = ComplaintRows.savedColumns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE complaint SET \(assignments) WHERE number = ? AND event_count = ?",
                           arguments: try ComplaintRows.savedArguments(complaint, calendar: calendar)
                               + [complaint.id, stored.timeline.count])
            guard db.changesCount == 1 else { throw stored.changeMissed(by: complaint) }
            for event in added {
                try AuditLog.insert(AuditEntry(who: event.agent, at: event.at, action: .changed,
                                               accountNumber: complaint.accountNumber,
                                               detail: Self.auditDetail(event, number: complaint.id)), db)
            }
            return complaint
        }
    }

    // MARK: - Reading

    /// The complaint with this number, or nil.
    public func complaint(_ number: String) throws -> Complaint? {
        try database.writer.read { db in try ComplaintRows.fetch(number: number, db) }
    }

    /// Complaints matching `filter`: those awaiting a reply first by the date it is due, then
    /// the rest newest first.
    public func list(_ filter: ComplaintListFilter = ComplaintListFilter()) throws -> [Complaint] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let account = filter.accountNumber {
            conditions.append("account_id = (SELECT id FROM account WHERE number = ?)")
            arguments += [account]
        }
        if let last = filter.replyDueOnOrBefore {
            conditions.append("reply_due <= ?")
            arguments += [last]
        }
        if filter.awaitingReplyOnly { conditions.append("reply_due IS NOT NULL") }
        if !filter.includeClosed { conditions.append("status <> 'closed'") }
        if let level = filter.level {
            conditions.append("level = ?")
            arguments += [level.rawValue]
        }
        if let agent = filter.loggedBy {
            conditions.append("logged_by = ?")
            arguments += [agent]
        }
        if let owner = filter.owner {
            conditions.append("owner = ?")
            arguments += [owner]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try database.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT body FROM complaint \(whereClause)
                ORDER BY reply_due IS NULL, reply_due, received_at DESC, sequence
                """, arguments: arguments).map(ComplaintRows.decode)
        }
    }

    /// The account's complaints not yet closed, awaiting replies first.
    public func open(forAccount accountNumber: String) throws -> [Complaint] {
        try list(ComplaintListFilter(accountNumber: accountNumber))
    }

    /// Every complaint of the account, closed ones too (for its history).
    public func all(forAccount accountNumber: String) throws -> [Complaint] {
        try list(ComplaintListFilter(accountNumber: accountNumber, includeClosed: true))
    }

    /// The supervisor's queue on `today`: complaints awaiting a reply, most urgent first (Charter 3.1(a)).
    public func queue(today: CivilDate) throws -> [ComplaintQueueEntry] {
        ComplaintQueue.entries(try list(ComplaintListFilter(awaitingReplyOnly: true)), today: today, calendar: calendar)
    }

    /// What the account owes now (its balance): the bound on a disputed amount (Charter 3.1(e)).
    public func amountOwed(onAccount accountNumber: String) throws -> Money {
        try database.writer.read { db in try Self.balance(try AccountRows.id(of: accountNumber, db), db) }
    }

    // MARK: - Deciders (Charter 3.1(d)(1))

    /// The user as a complaint decider: the name letters give them and the level they hold
    /// (from `complaint_decider`), with the role they have.
    public func responder(user: String, role: Role) throws -> ComplaintResponder {
        try database.writer.read { db in try Self.responder(user: user, role: role, db) }
    }

    /// Records that `user` is named `name` in letters and holds `level` (nil: none), audited as `actor`'s change.
    public func setDecider(_ user: String, name: String, level: EscalationLevel?, by actor: String, at time: LocalDateTime) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let shown = trimmed.isEmpty ? user : trimmed
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO complaint_decider(user, name, level) VALUES (?, ?, ?)
                ON CONFLICT(user) DO UPDATE SET name = excluded.name, level = excluded.level
                """, arguments: [user, shown, level?.rawValue])
            try AuditLog.insert(AuditEntry(who: actor, at: time, action: .changed, accountNumber: nil,
                                           detail: "complaint decider \(user): \(shown), holds \(level?.title ?? "no level")"), db)
        }
    }

    /// Everyone configured as a complaint decider, by user name.
    public func deciders() throws -> [ComplaintResponder] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT user, name, level FROM complaint_decider ORDER BY user").map { row in
                ComplaintResponder(user: row["user"], name: row["name"], role: .supervisor,
                                   holds: (row["level"] as String?).flatMap(EscalationLevel.init(rawValue:)))
            }
        }
    }

    static func responder(user: String, role: Role, _ db: Database) throws -> ComplaintResponder {
        let row = try Row.fetchOne(db, sql: "SELECT name, level FROM complaint_decider WHERE user = ?", arguments: [user])
        return ComplaintResponder(user: user, name: row?["name"], role: role,
                                  holds: (row?["level"] as String?).flatMap(EscalationLevel.init(rawValue:)))
    }

    static func balance(_ accountID: Int64, _ db: Database) throws -> Money {
        Money(cents: try Int64.fetchOne(db, sql: "SELECT balance_cents FROM account WHERE id = ?", arguments: [accountID]) ?? 0)
    }

    /// The save rules both stores keep; returns the timeline entries `complaint` adds to `stored`
    /// (none: nothing to save).
    ///
    /// Refuses a copy whose logged details differ, one whose timeline does not extend the stored
    /// one (`ChangedSinceRead`), a new decision whose recorded decider is not the one its author
    /// is (Charter 3.1(d)(1)), and an assignment `role` may not make (`ComplaintAssignment`);
    /// `responder` gives a login as a decider.
    public static func checkSave(_ complaint: Complaint, stored: Complaint, role: Role,
                                 responder: (String) throws -> ComplaintResponder) throws -> ArraySlice<ComplaintEvent> {
        guard sameLoggedDetails(stored, complaint) else { throw ComplaintStoreError.detailsDiffer(number: complaint.id) }
        guard complaint.timeline.starts(with: stored.timeline) else { throw stored.changeMissed(by: complaint) }
        let added = complaint.timeline.dropFirst(stored.timeline.count)
        guard !added.isEmpty else { return added }
        try ComplaintAssignment.check(added: added, role: role) { try responder($0).holds }
        for response in complaint.responses.dropFirst(stored.responses.count) {
            let expected = try ComplaintAuthority.decider(at: response.level, responder: try responder(response.by))
            guard response.decider == expected else {
                throw ComplaintStoreError.deciderNotRecognised(number: complaint.id, recorded: response.decider?.signature,
                                                               expected: expected.signature)
            }
        }
        return added
    }

    /// "complaint C-2026-000001: Responded: …": the audit entry for one new timeline entry.
    public static func auditDetail(_ event: ComplaintEvent, number: String) -> String {
        "complaint \(number): \(event.summary)" + (event.note.isEmpty ? "" : ": \(event.note)")
    }

    /// Whether two copies of a complaint agree on what was fixed when it was logged.
    private static func sameLoggedDetails(_ a: Complaint, _ b: Complaint) -> Bool {
        a.accountNumber == b.accountNumber && a.receivedAt == b.receivedAt && a.channel == b.channel
            && a.category == b.category && a.description == b.description && a.disputedAmount == b.disputedAmount
            && a.replyRequested == b.replyRequested && a.dueDate == b.dueDate
    }
}

extension AppDatabase {
    /// The complaints register, counting business days with `calendar`.
    public func complaints(calendar: BusinessCalendar) -> ComplaintRepository {
        ComplaintRepository(self, calendar: calendar)
    }
}
