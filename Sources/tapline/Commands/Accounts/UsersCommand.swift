import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline users`: who may do what. The agent is the operating-system user; supervisors and
/// trainers are named here.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "List console users or set a user's role.", subcommands: [UsersListCommand.self, UsersSetRoleCommand.self],
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

struct UsersSetRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Give a user a role (agent, supervisor, trainer).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's login name.") var name: String
    @Argument(help: "agent, supervisor or trainer.") var role: String

    func run() throws {
        guard let parsed = Role(rawValue: role) else { throw ValidationError("role must be agent, supervisor or trainer, not “\(role)”") }
        let store = try AppDatabase.open(path: global.database ?? Paths.defaultDatabase.path)
        try store.users.assign(parsed, to: name, by: Paths.userName, at: UtilityZone.melbourne.local(Date()))
        print("\(name) is now a \(parsed.rawValue)")
    }
}
