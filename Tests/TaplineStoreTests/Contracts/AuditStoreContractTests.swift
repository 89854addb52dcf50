import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// One behaviour, two stores: the audit trail is chained entry to entry, and `verify` names
/// the first entry altered, deleted or inserted out of order (issue 12, item 5).
@Suite("Audit store contract: a chained trail, SQLite and PostgreSQL alike")
struct AuditStoreContractTests {
    typealias F = StoreFixtures

    @Test(arguments: StoreKind.allCases)
    func everyEntryIsNumberedInOrderAndLinkedToTheOneBefore(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        let links = try world.links()
        #expect(links.map(\.sequence) == [1, 2, 3, 4])
        #expect(links[0].previous == AuditChain.genesis)
        for (earlier, later) in zip(links, links.dropFirst()) { #expect(later.previous == earlier.hash) }
        let verification = try world.store.verifyAuditTrail()
        #expect(verification.isSound)
        #expect(verification.checked == 4)
        #expect(verification.head == AuditChainHead(sequence: 4, hash: links[3].hash))
    }

    @Test(arguments: StoreKind.allCases)
    func anEmptyTrailIsSound(kind: StoreKind) throws {
        let verification = try AuditWorld(kind).store.verifyAuditTrail()
        #expect(verification == AuditVerification(checked: 0, head: .empty, firstBreak: nil))
    }

    /// PostgreSQL's trigger builds the encoding with its own functions; Swift's `AuditChain`
    /// must agree byte for byte, for a time with a fraction of a second, no account, and text
    /// beyond ASCII. The entries go in as a shell would write them (psql, the sqlite3 shell
    /// refuses an unchained row, so SQLite's go through the log).
    @Test(arguments: StoreKind.allCases)
    func theStoredHashIsAuditChainsHashOfWhatTheEntrySays(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        let entries = [
            AuditEntry(who: "zoë", at: F.at(9, 5, second: 7), action: .viewed, accountNumber: nil, detail: "水野健 asked — “who saw it?”"),
            AuditEntry(who: "asmith", at: F.at(23, 59, second: 59), action: .changed, accountNumber: "1000000002", detail: ""),
        ]
        switch kind {
        case .sqlite:
            let database = try #require(world.store as? AppDatabase)
            for entry in entries { try database.audit.record(entry) }
        case .postgres:
            // The login the tests run as writes in its own name (row-level security), so the
            // entries name it; a fraction of a second is cut to whole seconds.
            try world.execute("""
                INSERT INTO audit_log(at, action, account_number, detail) VALUES ('2025-04-17 09:05:07.654321', 'viewed', NULL, '水野健 asked — “who saw it?”');
                INSERT INTO audit_log(at, action, account_number, detail) VALUES ('2025-04-17 23:59:59', 'changed', '1000000002', '');
                """)
        }
        let links = try world.links()
        #expect(links.count == 2)
        var previous = AuditChain.genesis
        for (link, written) in zip(links, entries) {
            #expect(link.entry.at == written.at)
            #expect(link.entry.detail == written.detail)
            #expect(link.hash == AuditChain.hash(sequence: link.sequence, previous: previous, entry: link.entry))
            previous = link.hash
        }
        #expect(try world.store.verifyAuditTrail().isSound)
    }

    // MARK: - Tampering, each kind caught

    @Test(arguments: StoreKind.allCases)
    func anAlteredEntryIsNamed(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        try world.tamper("UPDATE audit_log SET who = 'nobody' WHERE seq = 2")
        let verification = try world.store.verifyAuditTrail()
        #expect(verification.firstBreak == .altered(sequence: 2))
        #expect(verification.checked == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aDeletedEntryIsNamedByTheGapItLeaves(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        try world.tamper("DELETE FROM audit_log WHERE seq = 2")
        #expect(try world.store.verifyAuditTrail().firstBreak == .deleted(first: 2, last: 2))
    }

    @Test(arguments: StoreKind.allCases)
    func deletingTheNewestEntriesFallsShortOfTheHead(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        try world.tamper("DELETE FROM audit_log WHERE seq >= 3")
        #expect(try world.store.verifyAuditTrail().firstBreak == .deleted(first: 3, last: 4))
    }

    /// Removing entry 2 and renumbering the rest leaves no gap; entry 3's link to what is now
    /// before it breaks.
    @Test(arguments: StoreKind.allCases)
    func aDeletionCoveredByRenumberingBreaksTheLink(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        try world.tamper("""
            DELETE FROM audit_log WHERE seq = 2;
            UPDATE audit_log SET seq = seq - 1 WHERE seq = 3;
            UPDATE audit_log SET seq = seq - 1 WHERE seq = 4;
            UPDATE audit_chain_head SET seq = 3;
            """)
        #expect(try world.store.verifyAuditTrail().firstBreak == .brokenLink(sequence: 2))
    }

    /// An entry rewritten with a freshly computed hash passes its own check; the next entry's
    /// link to it does not.
    @Test(arguments: StoreKind.allCases)
    func anEntryRewrittenWithAFreshHashBreaksTheNextLink(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        let links = try world.links()
        var forged = links[1].entry
        forged.who = "nobody"
        try world.tamper("UPDATE audit_log SET who = 'nobody', hash = \(world.literal(world.rehash(2, previous: links[0].hash, forged))) WHERE seq = 2")
        #expect(try world.store.verifyAuditTrail().firstBreak == .brokenLink(sequence: 3))
    }

    /// The newest entry rewritten with a fresh hash has no next link to break: the head,
    /// written when the entry was, still holds the true hash.
    @Test(arguments: StoreKind.allCases)
    func theNewestEntryRewrittenWithAFreshHashDisagreesWithTheHead(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        let links = try world.links()
        var forged = links[3].entry
        forged.detail = "nothing to see"
        try world.tamper("UPDATE audit_log SET detail = 'nothing to see', hash = \(world.literal(world.rehash(4, previous: links[2].hash, forged))) WHERE seq = 4")
        #expect(try world.store.verifyAuditTrail().firstBreak == .altered(sequence: 4))
    }

    /// A backdated entry put in around the chain, perfectly linked and hashed, is still past
    /// the head the chain recorded.
    @Test(arguments: StoreKind.allCases)
    func anEntryInsertedAroundTheChainIsOutOfOrder(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        let last = try #require(try world.links().last)
        let backdated = AuditEntry(who: "asmith", at: F.at(8), action: .viewed, accountNumber: AuditWorld.account)
        let hash = world.rehash(5, previous: last.hash, backdated)
        try world.tamper("""
            INSERT INTO audit_log(id, seq, prev_hash, hash, at, who, action, account_number, detail)
            VALUES (99, 5, \(world.literal(last.hash)), \(world.literal(hash)), '2025-04-17T08:00:00', 'asmith', 'viewed', '\(AuditWorld.account)', '')
            """)
        #expect(try world.store.verifyAuditTrail().firstBreak == .insertedOutOfOrder(sequence: 5, id: 99))
    }

    @Test(arguments: StoreKind.allCases)
    func nobodyUpdatesOrDeletesAnEntryThroughTheStoresDefences(kind: StoreKind) throws {
        let world = try AuditWorld(kind)
        try world.writeEntries()
        #expect(throws: (any Error).self) { try world.execute("UPDATE audit_log SET who = 'nobody' WHERE seq = 2") }
        #expect(throws: (any Error).self) { try world.execute("DELETE FROM audit_log WHERE seq = 4") }
        #expect(try world.store.verifyAuditTrail().isSound)
    }
}
