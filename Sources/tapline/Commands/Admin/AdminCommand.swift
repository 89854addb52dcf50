import ArgumentParser
import Foundation
import TaplinePostgres
import TaplineStore

/// `tapline admin`: setting the store up for several people.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Set the store up: Tapline's schema and first admin, sharing a SQLite file, bringing the schema up to date.",
        subcommands: [AdminInitCommand.self, AdminShareCommand.self, AdminMigrateCommand.self])
}

struct AdminInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create Tapline's schema and roles in an empty database, and make yourself its admin.",
        discussion: """
            On PostgreSQL, run it as a role that may create roles (a superuser, or CREATEROLE): \
            Tapline's users are PostgreSQL roles, made by `tapline users add`. On SQLite the file \
            is created and migrated, and whoever owns it is its admin.
            """)
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (applied, admin): ([String], String) = try StoreFailure.reported {
            switch try global.storeLocation() {
            case .sqlite(let path):
                let database = try AppDatabase.open(path: path)
                return (try database.appliedMigrations(), database.admin ?? Paths.userName)
            case .postgres(let uri):
                let store = try PostgresStore(uri: uri, requireSchema: false)
                return (try store.withConnection { try PostgresAdmin.initialise($0) }, try store.sessionUser())
            }
        }
        for migration in applied { print(migration) }
        print("\(admin) is the admin: add users with tapline users add NAME --role agent|supervisor|trainer")
    }
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
        guard case .sqlite(let path) = try StoreFailure.reported({ try global.storeLocation() }) else {
            throw ValidationError("admin share is for a SQLite file; on PostgreSQL everyone connects to the server: give each login a role with tapline users add")
        }
        _ = try AppDatabase.open(path: path)  // made and migrated first, so every member opens the same schema
        for changed in try AppDatabase.share(path: path, group: group) { print("shared with \(group): \(changed)") }
    }
}

struct AdminMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the database's schema up to date and list its migrations.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let applied: [String] = try StoreFailure.reported {
            switch try global.storeLocation() {
            case .sqlite(let path):
                return try AppDatabase.open(path: path).appliedMigrations()
            case .postgres(let uri):
                return try PostgresStore(uri: uri, requireSchema: false).withConnection { connection in
                    // A database never set up needs its first admin too: that is admin init's work.
                    guard !(try PostgresMigrations.applied(connection)).isEmpty else { throw PostgresSchemaError.notInitialised }
                    try PostgresMigrations.migrate(connection)
                    return try PostgresMigrations.applied(connection)
                }
            }
        }
        for migration in applied { print(migration) }
    }
}
