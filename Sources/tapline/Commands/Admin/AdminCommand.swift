import ArgumentParser
import Foundation
import TaplineStore

/// `tapline admin`: setting the store up for several people.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Set the store up: share a SQLite file with a group, bring its schema up to date.",
        subcommands: [AdminShareCommand.self, AdminMigrateCommand.self])
}

struct AdminShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Let every member of a group use this SQLite file (folder 2770, file 0660).",
        discussion: """
            SQLite cannot enforce roles against anyone who can write the file: a member of the \
            group could change it with the sqlite3 tool. When that matters, use PostgreSQL.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "The operating-system group whose members share the file.") var group: String

    func run() throws {
        let path = global.database ?? Paths.defaultDatabase.path
        _ = try AppDatabase.open(path: path)  // made and migrated first, so every member opens the same schema
        for changed in try AppDatabase.share(path: path, group: group) { print("shared with \(group): \(changed)") }
    }
}

struct AdminMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the database's schema up to date and list its migrations.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try AppDatabase.open(path: global.database ?? Paths.defaultDatabase.path)
        for migration in try store.appliedMigrations() { print(migration) }
    }
}
