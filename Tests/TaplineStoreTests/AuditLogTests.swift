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
