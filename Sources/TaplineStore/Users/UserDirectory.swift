import GRDB
import TaplineDomain

/// Which console users exist and what role each has.
///
/// The console's user is the operating-system user (or `--as NAME` in demo mode); this maps
/// that name to a `Role` so permission checks can be made below the UI.
public struct UserDirectory: Sendable {
    let database: AppDatabase

    public init(_ database: AppDatabase) { self.database = database }

    /// The role of `user`, or nil for someone not in the directory.
    public func role(of user: String) throws -> Role? {
        try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT role FROM app_user WHERE name = ?", arguments: [user]).flatMap(Role.init(rawValue:))
        }
    }

    /// Gives `user` a role (adding them if new), recording who did it.
    public func assign(_ role: Role, to user: String, by actor: String, at time: LocalDateTime) throws {
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO app_user(name, role) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET role = excluded.role",
                           arguments: [user, role.rawValue])
            try AuditLog.insert(AuditEntry(who: actor, at: time, action: .changed, accountNumber: nil,
                                           detail: "role of \(user) set to \(role.rawValue)"), db)
        }
    }

    /// Everyone in the directory, by name.
    public func users() throws -> [ConsoleUser] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, role FROM app_user ORDER BY name").compactMap { row in
                Role(rawValue: row["role"]).map { ConsoleUser(name: row["name"], role: $0) }
            }
        }
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
