import GRDB
import TaplineDomain

/// Which console users exist and what role each has, and who may change that.
///
/// The console's user is the operating-system login (`SystemLogin`), or `--as NAME` in demo
/// mode; this maps that name to a `Role` so permission checks are made below the UI. The
/// store's admin (the database file's owner) holds `.admin` whatever the table says.
public struct UserDirectory: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// The role of `user`, or nil for someone not in the directory.
    public func role(of user: String) throws -> Role? {
        if user == database.admin { return .admin }
        return try database.writer.read { db in try storedRole(of: user, db) }
    }

    private func storedRole(of user: String, _ db: Database) throws -> Role? {
        try String.fetchOne(db, sql: "SELECT role FROM app_user WHERE name = ?", arguments: [user]).flatMap(Role.init(rawValue:))
    }

    /// Gives `user` a role (adding them if new) when `actor` may (`RoleChange`), recording who
    /// did it; a refusal is recorded in the audit log too, then thrown.
    public func assign(_ role: Role, to user: String, by actor: String, at time: LocalDateTime) throws {
        try give(role, to: user, by: actor, at: time) { _, _ in }
    }

    /// Gives `user` a role as `assign` does, if their role is still `readRole` (nil: none), the
    /// one `actor` read; otherwise gives nothing and throws `ChangedSinceRead`, naming who made
    /// the latest change from the audit log (issue 12 item 3). Checked in the giving transaction.
    public func reassign(_ role: Role, to user: String, readRole: Role?, by actor: String, at time: LocalDateTime) throws {
        try give(role, to: user, by: actor, at: time) { current, db in
            guard current != readRole else { return }
            let prefix = "role of \(user) set to "
            let latest = try Row.fetchOne(db, sql: """
                SELECT who, at, detail FROM audit_log WHERE action = ? AND substr(detail, 1, ?) = ? ORDER BY id DESC LIMIT 1
                """, arguments: [AuditAction.changed.rawValue, prefix.count, prefix])
            throw ChangedSinceRead(record: "the role of \(user)", by: latest?["who"] ?? "the database's owner", at: latest?["at"] ?? time,
                                   change: latest?["detail"] ?? "role of \(user) is now \(current?.rawValue ?? "none")")
        }
    }

    /// What `assign` and `reassign` share, `check` first seeing the user's current role.
    private func give(_ role: Role, to user: String, by actor: String, at time: LocalDateTime,
                      check: (Role?, Database) throws -> Void) throws {
        let refusal: String? = try database.writer.write { db in
            let actorRole = actor == database.admin ? .admin : try storedRole(of: actor, db)
            let current = user == database.admin ? .admin : try storedRole(of: user, db)
            try check(current, db)
            var reason = RoleChange.refusal(actor: actor, actorRole: actorRole, target: user, currentRole: current, newRole: role)
            if reason == nil, role == .admin || current == .admin {
                reason = "on SQLite the admin is whoever owns the database file (\(database.admin ?? "nobody")); that cannot be given or taken here"
            }
            if let reason {
                try AuditLog.insert(AuditEntry(who: actor, at: time, action: .refused, accountNumber: nil,
                                               detail: "role of \(user) not set to \(role.rawValue): \(reason)"), db)
                return reason
            }
            try db.execute(sql: "INSERT INTO app_user(name, role) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET role = excluded.role",
                           arguments: [user, role.rawValue])
            try AuditLog.insert(AuditEntry(who: actor, at: time, action: .changed, accountNumber: nil,
                                           detail: "role of \(user) set to \(role.rawValue)"), db)
            return nil
        }
        if let refusal { throw StoreError.refused(refusal) }
    }

    /// Refuses `act`, and records the refusal, unless `actor` is a supervisor or the admin:
    /// the acts PostgreSQL's grants keep to those roles (naming complaint deciders, 3.1(d)(1);
    /// recording a Total Fire Ban, 7.3(d)) are refused on SQLite to everyone else who goes
    /// through Tapline.
    public func requireSupervisor(_ actor: String, toDo act: String, at time: LocalDateTime) throws {
        let refusal: String? = try database.writer.write { db in
            let role = actor == database.admin ? .admin : try storedRole(of: actor, db)
            guard !(role?.actsAsSupervisor ?? false) else { return nil }
            let reason = "only a supervisor or the admin may \(act); \(actor) is \(role.map { "a \($0.rawValue)" } ?? "not a console user")"
            try AuditLog.insert(AuditEntry(who: actor, at: time, action: .refused, accountNumber: nil, detail: reason), db)
            return reason
        }
        if let refusal { throw StoreError.refused(refusal) }
    }

    /// Everyone in the directory, by name, with the admin first.
    public func users() throws -> [ConsoleUser] {
        let stored = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, role FROM app_user ORDER BY name").compactMap { row in
                Role(rawValue: row["role"]).map { ConsoleUser(name: row["name"], role: $0) }
            }
        }
        guard let admin = database.admin else { return stored }
        return [ConsoleUser(name: admin, role: .admin)] + stored.filter { $0.name != admin }
    }
}

/// A user in the directory and their role.
public struct ConsoleUser: Hashable, Sendable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
