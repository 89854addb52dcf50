import GRDB
import Testing
@testable import TaplineDomain
@testable import TaplineStore

@Suite("The audit log")
struct AuditLogTests {
    typealias F = StoreFixtures

    @Test func entriesAreListedByAccountAndByUserNewestFirst() throws {
        let database = try F.memory()
        let entries = [
            AuditEntry(who: "asmith", at: F.at(9), action: .viewed, accountNumber: "1000000001"),
            AuditEntry(who: "bnguyen", at: F.at(10), action: .viewed, accountNumber: "1000000001"),
            AuditEntry(who: "asmith", at: F.at(11), action: .changed, accountNumber: "1000000002", detail: "changed concession"),
        ]
        for entry in entries { try database.audit.record(entry) }
        #expect(try database.audit.entries(forAccount: "1000000001") == [entries[1], entries[0]])
        #expect(try database.audit.entries(by: "asmith") == [entries[2], entries[0]])
        #expect(try database.audit.entries(by: "asmith", limit: 1) == [entries[2]])
    }

    @Test func theLogCannotBeRewritten() throws {
        let database = try F.memory()
        try database.audit.record(AuditEntry(who: "asmith", at: F.at(9), action: .viewed, accountNumber: "1000000001"))
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "UPDATE audit_log SET who = 'nobody'") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "DELETE FROM audit_log") }
        }
        #expect(try database.audit.entries(by: "asmith").count == 1)
    }
}

@Suite("The audit chain on SQLite")
struct AuditChainMigrationTests {
    typealias F = StoreFixtures

    /// Entries written before "v2-audit-chain" are chained by it, in id order.
    @Test func theMigrationChainsTheEntriesAlreadyThere() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try Migrations.migrator.migrate(queue, upTo: "v2-complaints-deciders")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO audit_log(at, who, action, account_number, detail) VALUES ('2025-04-17T09:00:00', 'asmith', 'viewed', '1000000001', '');
                INSERT INTO audit_log(at, who, action, account_number, detail) VALUES ('2025-04-17T09:01:00', 'asmith', 'changed', NULL, 'changed phone');
                """)
        }
        let database = try AppDatabase(queue, admin: "root")
        try database.audit.record(AuditEntry(who: "bnguyen", at: F.at(10), action: .viewed, accountNumber: "1000000001"))
        let verification = try database.audit.verify()
        #expect(verification.isSound)
        #expect(verification.checked == 3)
        #expect(verification.head.sequence == 3)
    }

    /// The sqlite3 shell cannot add an entry without its link, nor move the head back.
    @Test func anUnchainedEntryAndAHeadMovedBackAreRefused() throws {
        let database = try F.memory()
        try database.audit.record(AuditEntry(who: "asmith", at: F.at(9), action: .viewed, accountNumber: "1000000001"))
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "INSERT INTO audit_log(at, who, action) VALUES ('2025-04-17T08:00:00', 'asmith', 'viewed')") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "UPDATE audit_chain_head SET seq = 0") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "DELETE FROM audit_chain_head") }
        }
        #expect(try database.audit.verify().isSound)
    }
}
