import Foundation
import TaplineDomain

extension AppDatabase {
    /// The user directory as `actor` uses it: the `UsersStore` contract on a SQLite file.
    ///
    /// On SQLite the actor is the real uid's login (`SystemLogin.current`), or demo mode's
    /// `--as`: whoever can open the file could claim any name with the sqlite3 tool anyway.
    public func users(actingAs actor: String) -> ActingUserDirectory {
        ActingUserDirectory(directory: users, actor: actor)
    }
}

/// `UserDirectory` with its acting user fixed, stamping changes with the utility's clock.
public struct ActingUserDirectory: UsersStore {
    let directory: UserDirectory
    let actor: String

    public func currentUser() throws -> String { actor }
    public func role(of user: String) throws -> Role? { try directory.role(of: user) }
    /// On SQLite anyone may be named, so adding is giving a role with nothing read to check.
    public func add(_ user: String, as role: Role) throws {
        try directory.assign(role, to: user, by: actor, at: UtilityZone.melbourne.local(Date()))
    }
    public func setRole(of user: String, to role: Role, readRole: Role?) throws {
        try directory.reassign(role, to: user, readRole: readRole, by: actor, at: UtilityZone.melbourne.local(Date()))
    }
    public func users() throws -> [ConsoleUser] { try directory.users() }
}
