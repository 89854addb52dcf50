import TaplineDomain
import TaplineStore

/// Users are PostgreSQL login roles; the "v1-users" functions give roles and decide who may.
///
/// Each change is one statement outside any transaction, so the audit entry the function
/// writes for a refusal is committed before the refusal is thrown here.
extension PostgresStore: UsersStore {
    public func currentUser() throws -> String { try sessionUser() }

    public func role(of user: String) throws -> Role? {
        try withConnection { connection in
            try connection.execute("SELECT tapline_role_of($1) AS role", [user]).first?["role"].flatMap(Role.init(rawValue:))
        }
    }

    public func add(_ user: String, as role: Role) throws { try give("tapline_add_user", role, to: user) }

    public func setRole(of user: String, to role: Role, readRole: Role?) throws {
        let row = try withConnection { connection in
            try connection.execute("SELECT refusal, changed_by, changed_at, change FROM tapline_set_role_as_read($1, $2, $3)",
                                   [user, readRole?.rawValue, role.rawValue]).first
        }
        if let refusal = row?["refusal"] { throw StoreError.refused(refusal) }
        if let row, let by = row["changed_by"] {
            throw ChangedSinceRead(record: "the role of \(user)", by: by, at: try PGAreaSupport.time(row, "changed_at"),
                                   change: try row.string("change"))
        }
    }

    public func users() throws -> [ConsoleUser] {
        try withConnection { connection in
            try connection.execute("SELECT login, role FROM tapline_users() ORDER BY role = 'admin' DESC, login").rows.compactMap { row in
                guard let name = row["login"], let role = row["role"].flatMap(Role.init(rawValue:)) else { return nil }
                return ConsoleUser(name: name, role: role)
            }
        }
    }

    private func give(_ function: String, _ role: Role, to user: String) throws {
        let refusal = try withConnection { connection in
            try connection.execute("SELECT \(function)($1, $2) AS refusal", [user, role.rawValue]).first?["refusal"]
        }
        if let refusal { throw StoreError.refused(refusal) }
    }
}
