import Foundation
import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("The database file and its schema")
struct AppDatabaseTests {
    typealias F = StoreFixtures

    @Test func migratesAnEmptyDatabaseToTheCurrentSchema() throws {
        // Given an empty in-memory database, When it is wrapped, Then every migration ran and the tables exist
        let database = try F.memory()
        try database.writer.read { db in
            let applied = try Migrations.migrator.appliedIdentifiers(db)
            #expect(applied == Set(Migrations.migrator.migrations))
            #expect(applied.isSuperset(of: ["v1-users", "v1-audit", "v1-accounts"]))
            for table in ["app_user", "audit_log", "account", "customer", "address", "bill", "bill_charge", "charge_type",
                          "payment", "interaction", "note", "search_token", "search_vocab", "search_doc"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
        }
    }

    @Test func opensTheFileTwiceWithoutMigratingAgain() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        _ = try F.create([F.account("1000000001", "Zoë Ng")], in: AppDatabase.open(path: path))
        let reopened = try AppDatabase.open(path: path)
        #expect(try reopened.accounts.account("1000000001")?.customers.first?.name == "Zoë Ng")
    }

    @Test func createsTheFileOwnerOnlyAndItsFolder() throws {
        // Given a path in a folder that does not exist yet
        let folder = F.temporaryFolder().appendingPathComponent("nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("tapline.sqlite").path
        // When the database is opened
        let database = try AppDatabase.open(path: path)
        try F.create([F.account("1000000001", "Zoë Ng")], in: database)
        // Then the file is mode 0600, its folder 0700, and SQLite's WAL file is not wider than the database
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(folder.path) == 0o700)
        if FileManager.default.fileExists(atPath: path + "-wal") { #expect(try permissions(path + "-wal") & 0o077 == 0) }
    }

    @Test func takesAccessForEveryoneElseOffAnExistingFileButKeepsItsGroup() throws {
        // Given a database file someone made world-readable
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("tapline.sqlite").path
        _ = try AppDatabase.open(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        // When it is opened again, Then others lose access; the group keeps what `admin share` gives
        _ = try AppDatabase.open(path: path)
        #expect(try permissions(path) == 0o640)
    }

    @Test func aFileThatCannotBeCreatedIsRefusedWithAReason() {
        let path = "/proc/tapline-cannot-exist/tapline.sqlite"
        #expect(throws: StoreError.cannotOpenFile(path: path, reason: "cannot create the folder /proc/tapline-cannot-exist")) {
            _ = try AppDatabase.open(path: path)
        }
    }

    @Test func filesUseWriteAheadLoggingAndForeignKeys() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
        let (journal, foreignKeys) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    private func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

@Suite("Stored text of dates and times")
struct StoredTextTests {
    @Test("dates and moments are stored as sortable ISO text", arguments: [
        ("2025-04-17", "2025-04-17"), ("0999-01-02", "0999-01-02"), ("2024-02-29", "2024-02-29"),
    ])
    func datesAsISO(iso: String, stored: String) throws {
        #expect(StoredText.date(try #require(CivilDate(iso: iso))) == stored)
    }

    @Test func momentsCarrySeconds() throws {
        let moment = LocalDateTime(date: try #require(CivilDate(iso: "2025-04-07")), hour: 9, minute: 5, second: 3)
        #expect(StoredText.moment(moment) == "2025-04-07T09:05:03")
        #expect(LocalDateTime.fromDatabaseValue(moment.databaseValue) == moment)
    }
}
