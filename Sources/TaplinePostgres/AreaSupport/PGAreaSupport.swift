import TaplineDomain
import TaplineStore

/// What the complaints, collections, hardship and payment plan stores share on PostgreSQL:
/// account ids, yearly numbers, audit entries, the text forms of dates, and refusals.
enum PGAreaSupport {
    /// The row id of an account, or `StoreError.accountNotFound`.
    static func accountID(of accountNumber: String, _ connection: PGConnection) throws -> Int64 {
        guard let id = try connection.execute("SELECT id FROM account WHERE number = $1", [accountNumber]).first?.int64("id") else {
            throw StoreError.accountNotFound(accountNumber)
        }
        return id
    }

    /// The next number of `series` in `year` (1 for the first), taken inside the caller's
    /// transaction: the counter row stays locked until it commits, so consoles numbering at
    /// once queue for it, and a save rolled back gives its number back.
    static func nextSerial(series: String, year: Int, _ connection: PGConnection) throws -> Int {
        let row = try connection.execute("""
            INSERT INTO yearly_number(series, year, last) VALUES ($1, $2, 1)
            ON CONFLICT (series, year) DO UPDATE SET last = yearly_number.last + 1
            RETURNING last
            """, [series, year]).first
        guard let serial = row?.int("last") else { throw PGError(message: "no number was given for \(series) \(year)") }
        return serial
    }

    /// Appends an audit entry in the caller's transaction, for a change recorded as made by `agent`.
    ///
    /// Every change these areas save passes through here, so this is where the server's word on
    /// who is acting is held: unless the session is a superuser (setting up, tests), `agent`
    /// must be the session's own login, so no console can record work in someone else's name.
    /// `who` is left to the database: `session_user`.
    static func audit(as agent: String, at time: LocalDateTime, _ action: AuditAction, accountNumber: String?, detail: String,
                      _ connection: PGConnection) throws {
        let session = try PGSessionRole.current(connection)
        guard session.isSuperuser || agent == session.login else {
            throw StoreError.refused("this is recorded as done by \(agent), but you are signed in as \(session.login); nothing was saved")
        }
        try connection.execute("INSERT INTO audit_log(at, action, account_number, detail) VALUES ($1::timestamp, $2, $3, $4)",
                               [time.iso, action.rawValue, accountNumber, detail])
    }

    /// A `date` column ("2026-11-23").
    static func date(_ row: PGRow, _ column: String) throws -> CivilDate {
        guard let date = CivilDate(iso: try row.string(column)) else { throw PGError(message: "column \(column) is not a date") }
        return date
    }

    /// A nullable `date` column.
    static func optionalDate(_ row: PGRow, _ column: String) throws -> CivilDate? {
        guard row[column] != nil else { return nil }
        return try date(row, column)
    }

    /// A `timestamp` column ("2026-11-23 09:05:00").
    static func time(_ row: PGRow, _ column: String) throws -> LocalDateTime {
        guard let time = LocalDateTime(iso: try row.string(column)) else { throw PGError(message: "column \(column) is not a time") }
        return time
    }

    /// Runs store work, turning the server's refusal of a privilege, or a lost server
    /// (`StoreError.unreachable`), into words an agent can act on. Work is done in one transaction or not at all, so a save cut
    /// off by the server stopping left nothing half-written and can simply be tried again.
    static func refusals<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as PGError where error.isPermissionDenied {
            throw StoreError.refused("the database does not let your role do this (\(error.message))")
        } catch let error as PGError where error.isConnectionLost {
            throw StoreError.unreachable(reason: error.message)
        }
    }
}
