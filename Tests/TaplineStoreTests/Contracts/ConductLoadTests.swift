import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 11 item 10 for incidents: fifty clients, each with a connection of its own, raising
/// incidents on the same account at once.
@Suite("Conduct incidents under load: fifty clients on one account")
struct ConductLoadTests {
    static let clients = 50
    static let incidentsEach = 10

    @Test(arguments: StoreKind.allCases)
    func everyAcknowledgedRaiseIsSavedWholeUnderANumberOfItsOwn(_ kind: StoreKind) throws {
        // Given fifty clients, each its own connection to one store (a SQLite file, or the server)
        let (stores, user, auditedRaises, cleanup) = try Self.clientStores(kind)
        defer { cleanup() }
        // When each raises ten incidents on the same account at the same time
        let acknowledged = LockedBox<[ConductIncident]>([])
        let refused = LockedBox<[String]>([])
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: Self.clients) { client in
            for n in 0..<Self.incidentsEach {
                do {
                    let incident = try stores[client].raiseIncident(
                        accountNumber: ConductWorld.account, person: ConductPerson(name: "Pat Smith", description: "caller"),
                        personKind: .accountHolder, customerIsEmployee: false, channel: .phone, behaviours: [.hurtfulViolentOrAbusiveSpeech],
                        whatHappened: "client \(client) incident \(n)", then: [.askedToStop(words: ConductWorld.words)],
                        by: user(client), role: .agent, at: ConductWorld.time("2026-03-02T10:00"))
                    acknowledged.withLock { $0.append(incident) }
                } catch {
                    refused.withLock { $0.append("\(error)") }
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let saved = acknowledged.withLock { $0 }
        print("conduct load on \(kind): \(saved.count) incidents by \(Self.clients) clients in \(String(format: "%.2f", seconds)) s, "
              + "\(Int(Double(saved.count) / seconds)) raises/s; \(refused.withLock { $0.count }) refused")
        // Then every acknowledged incident reads back whole, no number twice, none missing
        #expect(refused.withLock { $0 }.isEmpty, "\(refused.withLock { $0.prefix(3) })")
        #expect(Set(saved.map(\.id)).count == saved.count, "no number is given twice")
        var stored: Set<ConductIncident> = []
        for raiser in Set(saved.map(\.raisedBy)) { stored.formUnion(try stores[0].incidents(raisedBy: raiser, limit: 1000)) }
        #expect(stored == Set(saved), "each is there exactly as acknowledged")
        #expect(Set(saved.map(\.id)) == Set((1...saved.count).map { ConductRecord.number(year: 2026, serial: $0) }), "numbers run without gaps")
        #expect(try auditedRaises() == 3 * saved.count, "each raise has its three audit entries (raised, behaviour, asked to stop), no more")
    }

    /// Fifty stores with a connection each, the name each client works as, a count of the
    /// account's conduct audit entries, and the clean-up.
    static func clientStores(_ kind: StoreKind) throws -> ([any ConductStore], @Sendable (Int) -> String, () throws -> Int, () -> Void) {
        switch kind {
        case .sqlite:
            let folder = StoreFixtures.temporaryFolder()
            let path = folder.appendingPathComponent("tapline.sqlite").path
            let first = try AppDatabase.open(path: path)
            try StoreFixtures.create([StoreFixtures.account(ConductWorld.account, "Pat Smith")], in: first)
            let stores: [any ConductStore] = [first] + (try (1..<clients).map { _ in try AppDatabase.open(path: path) })
            let audited = { try first.audit.entries(forAccount: ConductWorld.account, limit: 100_000).filter { $0.detail.hasPrefix("Conduct incident") }.count }
            return (stores, { "agent\($0)" }, audited, { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            let world = try ConductWorld(.postgres)
            let name = world.name(.alice)
            let stores: [any ConductStore] = try (0..<clients).map { _ in
                let store = try PostgresStore(uri: try world.rootStore().uri)
                try store.withConnection { try $0.execute("SET SESSION AUTHORIZATION \(name)") }
                return store
            }
            let audited = {
                try world.auditEntries(forAccount: ConductWorld.account).filter { $0.detail.hasPrefix("Conduct incident") }.count
            }
            return (stores, { _ in name }, audited, {})
        }
    }
}
