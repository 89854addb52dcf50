import ArgumentParser
import Foundation
import TaplineDomain
import TaplinePostgres
import TaplineStore

/// `tapline users`: who may do what. The user is the operating-system login (on PostgreSQL, the
/// session's role); the store's admin (the SQLite file's owner, or who ran `tapline admin init`)
/// and supervisors give roles, and the store refuses anyone else.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "List console users, add one, or change a user's role.",
        subcommands: [UsersListCommand.self, UsersAddCommand.self, UsersSetRoleCommand.self],
        defaultSubcommand: UsersListCommand.self)
}

struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List users and their roles.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let users = try StoreFailure.reported { try UsersCommand.store(global).users() }
        for user in users { print("\(user.name)\t\(user.role.rawValue)") }
    }
}

struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user with a role (agent, supervisor, trainer).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's login name.") var name: String
    @Option(help: "agent, supervisor, trainer, or admin (on PostgreSQL).") var role: String = "agent"

    func run() throws { try RoleAssignment(global: global, name: name, role: role, read: .nothing).run() }
}

struct UsersSetRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Give a user a role (agent, supervisor, trainer).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's login name.") var name: String
    @Argument(help: "agent, supervisor, trainer, or admin (on PostgreSQL).") var role: String
    @Option(name: .customLong("from"),
            help: "The role you saw the user have (agent, supervisor, trainer, admin, none); refused if it changed since. Default: read it now.")
    var from: String?

    func run() throws {
        let read: RoleAssignment.Read
        switch from {
        case nil: read = .now
        case "none": read = .role(nil)
        case let word?:
            guard let seen = Role(rawValue: word) else {
                throw ValidationError("--from must be agent, supervisor, trainer, admin or none, not “\(word)”")
            }
            read = .role(seen)
        }
        try RoleAssignment(global: global, name: name, role: role, read: read).run()
    }
}

/// What `users add` and `users set-role` both do: ask the store, as the login running this, to
/// give the role; a refusal (a role changed since it was read among them) goes to stderr with
/// exit status 1.
private struct RoleAssignment {
    /// What the role is given against (issue 12 item 3).
    enum Read {
        /// `users add`: nothing read (on PostgreSQL, may create the login role).
        case nothing
        /// `users set-role` without `--from`: the role as read just before setting it.
        case now
        /// `users set-role --from`: the role the person saw (nil: none).
        case role(Role?)
    }

    let global: GlobalOptions
    let name: String
    let role: String
    let read: Read

    func run() throws {
        guard let parsed = Role(rawValue: role) else {
            throw ValidationError("role must be agent, supervisor, trainer or admin, not “\(role)”")
        }
        try StoreFailure.reported {
            let store = try UsersCommand.store(global)
            switch read {
            case .nothing: try store.add(name, as: parsed)
            case .now: try store.setRole(of: name, to: parsed, readRole: try store.role(of: name))
            case .role(let seen): try store.setRole(of: name, to: parsed, readRole: seen)
            }
        }
        print("\(name) is now \(RoleChange.article(parsed)) \(parsed.rawValue)")
    }
}

extension UsersCommand {
    /// The users store the options name, acting as the login running this command: on SQLite
    /// the real uid's login, on PostgreSQL the role the server authenticated.
    static func store(_ global: GlobalOptions) throws -> any UsersStore {
        switch try global.storeLocation() {
        case .sqlite(let path): return try AppDatabase.open(path: path).users(actingAs: Paths.userName)
        case .postgres(let uri): return try PostgresStore(uri: uri)
        }
    }
}
