import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline users`: who may do what. The user is the operating-system login; the store's admin
/// (the database file's owner) and supervisors give roles, and the store refuses anyone else.
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
        let store = try AppDatabase.open(path: global.database ?? Paths.defaultDatabase.path)
        for user in try store.users.users() { print("\(user.name)\t\(user.role.rawValue)") }
    }
}

struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user with a role (agent, supervisor, trainer).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's login name.") var name: String
    @Option(help: "agent, supervisor or trainer.") var role: String = "agent"

    func run() throws { try RoleAssignment(global: global, name: name, role: role).run() }
}

struct UsersSetRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Give a user a role (agent, supervisor, trainer).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's login name.") var name: String
    @Argument(help: "agent, supervisor or trainer.") var role: String

    func run() throws { try RoleAssignment(global: global, name: name, role: role).run() }
}

/// What `users add` and `users set-role` both do: ask the store, as the login running this, to
/// give the role; a refusal goes to stderr with exit status 1.
private struct RoleAssignment {
    let global: GlobalOptions
    let name: String
    let role: String

    func run() throws {
        guard let parsed = Role(rawValue: role), parsed != .admin else {
            throw ValidationError("role must be agent, supervisor or trainer, not “\(role)”")
        }
        let store = try AppDatabase.open(path: global.database ?? Paths.defaultDatabase.path)
        do {
            try store.users.assign(parsed, to: name, by: Paths.userName, at: UtilityZone.melbourne.local(Date()))
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
            throw ExitCode.failure
        }
        print("\(name) is now \(RoleChange.article(parsed)) \(parsed.rawValue)")
    }
}
