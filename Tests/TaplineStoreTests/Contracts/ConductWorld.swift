import Foundation
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// A fresh store of either kind holding the account "1002003004" of Pat Smith, and the people
/// of the conduct tests, each working on the store as themselves.
///
/// On SQLite everyone shares one database and the role is the user directory's. On PostgreSQL
/// each person is a login role of their own, a member of the group role for their job, and works
/// on a connection whose session is theirs (`SET SESSION AUTHORIZATION`, as the superuser that
/// runs the tests may), so grants, row-level security and the decision trigger apply to them
/// exactly as to a console that signed in as them. Role names are server-wide, so each world's
/// logins carry a suffix of their own.
final class ConductWorld: @unchecked Sendable {
    enum Person: String, CaseIterable {
        case alice, bob, sam, tina
        var role: Role {
            switch self {
            case .alice, .bob: .agent
            case .sam: .supervisor
            case .tina: .trainer
            }
        }
    }

    static let account = "1002003004"
    static let words = "I'd like to keep helping you today. Please stop using that language with me."

    let kind: StoreKind
    private let sqlite: AppDatabase?
    private let postgres: PostgresStore?
    private let suffix: String
    private var sessions: [Person: PostgresStore] = [:]

    init(_ kind: StoreKind) throws {
        self.kind = kind
        let suffix = String(UUID().uuidString.prefix(8).lowercased())
        self.suffix = suffix
        switch kind {
        case .sqlite:
            let database = try TestStores.sqlite()
            try StoreFixtures.create([StoreFixtures.account(Self.account, "Pat Smith")], in: database)
            for person in Person.allCases where person.role != .agent {
                try database.users.assign(person.role, to: person.rawValue, by: "root", at: StoreFixtures.morning)
            }
            sqlite = database
            postgres = nil
        case .postgres:
            let store = try Self.freshPostgres()
            try store.withConnection { connection in
                for person in Person.allCases {
                    try connection.execute("CREATE ROLE \(person.rawValue)_\(suffix) LOGIN IN ROLE tapline_\(person.role.rawValue)")
                }
                try Self.createAccount(connection)
            }
            sqlite = nil
            postgres = store
        }
    }

    /// The person's name on this store: their login.
    func name(_ person: Person) -> String { kind == .sqlite ? person.rawValue : "\(person.rawValue)_\(suffix)" }

    /// The store as the person works on it.
    func store(_ person: Person) throws -> any ConductStore {
        if let sqlite { return sqlite }
        let login = name(person)
        // Every connection the store opens, the queue connections too, works as the person.
        let store = try sessions[person] ?? PostgresStore(uri: try rootStore().uri, prepare: { try $0.execute("SET SESSION AUTHORIZATION \(login)") })
        sessions[person] = store
        // Set on every hand-out: a connection the pool dropped is replaced by a fresh one as root.
        try store.withConnection { try $0.execute("SET SESSION AUTHORIZATION \(name(person))") }
        return store
    }

    /// The PostgreSQL store as the superuser running the tests.
    func rootStore() throws -> PostgresStore {
        guard let postgres else { throw PGError(message: "a SQLite world has no PostgreSQL server") }
        return postgres
    }

    // MARK: - Doing things as someone

    func raise(by person: Person = .alice, at iso: String = "2026-03-02T10:00", account: String? = ConductWorld.account,
               name: String? = "Pat Smith", kind: ConductPersonKind = .accountHolder,
               behaviours: Set<ConductBehaviour> = [.hurtfulViolentOrAbusiveSpeech],
               then steps: [ConductStep] = [.askedToStop(words: ConductWorld.words)]) throws -> ConductIncident {
        try store(person).raiseIncident(
            accountNumber: account, person: ConductPerson(name: name, description: "caller"), personKind: kind,
            customerIsEmployee: false, channel: .phone, behaviours: behaviours, whatHappened: nil, then: steps,
            by: self.name(person), role: person.role, at: Self.time(iso))
    }

    /// Applies steps as `person`, who read the incident at `readVersion` (nil: as it is stored now).
    func apply(_ steps: [ConductStep], to id: String, by person: Person, at iso: String, readVersion: Int? = nil) throws -> ConductIncident {
        try store(person).apply(steps, toIncident: id, readVersion: try readVersion ?? version(of: id), by: name(person), role: person.role,
                                at: Self.time(iso))
    }

    /// The incident's version as stored now (its timeline's length; 0 for none), read as the store's owner.
    func version(of id: String) throws -> Int {
        if let sqlite { return try sqlite.writer.read { try ConductRows.fetch(id, $0) }?.timeline.count ?? 0 }
        return try rootStore().withConnection { try ConductTable.fetch(id, $0) }?.timeline.count ?? 0
    }

    func open(_ id: String, by person: Person, at iso: String = "2026-03-02T12:00") throws -> ConductIncident {
        try store(person).openIncident(id, by: name(person), role: person.role, at: Self.time(iso))
    }

    /// The rest of the agent's steps to a report: continued, contact ended, reported.
    static let toReport: [ConductStep] = [.behaviourContinued([]), .contactEnded, .reported]

    /// An incident raised at `iso` and reported a minute later by its agent.
    func reported(by person: Person = .alice, at iso: String = "2026-03-02T10:00", reportedAt: String = "2026-03-02T10:01",
                  account: String? = ConductWorld.account, name: String? = "Pat Smith") throws -> ConductIncident {
        let raised = try raise(by: person, at: iso, account: account, name: name, kind: account == nil ? .memberOfPublic : .accountHolder)
        return try apply(Self.toReport, to: raised.id, by: person, at: reportedAt)
    }

    /// Sam's written-contact-only restriction from `start` to `review`, decided at the start's noon.
    func restrict(_ incident: ConductIncident, _ start: String, _ review: String) throws -> ConductIncident {
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: Self.date(start), reviewDate: Self.date(review))
        return try apply([.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse continued after a request to stop"])],
                         to: incident.id, by: .sam, at: start + "T12:00")
    }

    // MARK: - Looking behind the store

    /// The account's audit entries, oldest first, read as the store's owner.
    func auditEntries(forAccount number: String) throws -> [AuditEntry] {
        if let sqlite { return try sqlite.audit.entries(forAccount: number).reversed() }
        return try auditRows(where: "account_number = $1", [number])
    }

    /// The person's audit entries, oldest first.
    func auditEntries(by person: Person) throws -> [AuditEntry] {
        if let sqlite { return try sqlite.audit.entries(by: name(person)).reversed() }
        return try auditRows(where: "who = $1", [name(person)])
    }

    private func auditRows(where clause: String, _ parameters: [(any PGBindable)?]) throws -> [AuditEntry] {
        try rootStore().withConnection { connection in
            try connection.execute("""
                SELECT who, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS') AS at, action, account_number, detail FROM audit_log
                WHERE \(clause) ORDER BY id
                """, parameters).rows.map { row in
                AuditEntry(who: try row.string("who"), at: Self.time(try row.string("at")),
                           action: AuditAction(rawValue: try row.string("action"))!, accountNumber: row["account_number"],
                           detail: try row.string("detail"))
            }
        }
    }

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A fresh migrated database. The first migrations on a new server race to create the
    /// server-wide group roles ("v1-roles" checks, then creates), so a test that loses the race
    /// to a test running beside it tries once more, when the roles exist.
    private static func freshPostgres() throws -> PostgresStore {
        do {
            return try TestStores.postgres()
        } catch let error as PGError where error.isUniqueViolation {
            return try TestStores.postgres()
        }
    }

    /// Pat Smith's account, as the accounts migration's tables hold it.
    private static func createAccount(_ connection: PGConnection) throws {
        let address = try connection.execute("""
            INSERT INTO address(lines, suburb, postcode, state) VALUES ('27 Main Street', 'Bacchus Marsh', '3340', 'VIC') RETURNING id
            """).first?.string("id") ?? ""
        let account = try connection.execute("""
            INSERT INTO account(number, billing_address_id, property_address_id, pipe_size_mm, occupancy, balance_cents)
            VALUES ($1, $2::bigint, $2::bigint, 20, 'owner', 0) RETURNING id
            """, [Self.account, address]).first?.string("id") ?? ""
        try connection.execute("INSERT INTO customer(account_id, position, name, is_primary) VALUES ($1::bigint, 0, 'Pat Smith', true)", [account])
    }
}
