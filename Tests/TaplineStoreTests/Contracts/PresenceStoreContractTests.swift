import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 12 item 2, one behaviour on both stores: who else has an account open, since when,
/// and nobody left on an account once their console stops saying it is there.
@Suite("Presence store contract: SQLite and PostgreSQL alike")
struct PresenceStoreContractTests {
    static let account = "1000000002"
    static let morning = LocalDateTime(iso: "2026-12-01T10:32")!
    static let now: Int64 = 1_800_000_000

    static func store(_ kind: StoreKind) throws -> any PresenceStore {
        switch kind {
        case .sqlite: try TestStores.sqlite()
        case .postgres: try TestStores.postgres()
        }
    }

    /// Who a store records: SQLite the caller's user, PostgreSQL the session's login.
    static func login(_ user: String, on kind: StoreKind) -> String { kind == .postgres ? SystemLogin.current : user }

    @Test(arguments: StoreKind.allCases)
    func aColleagueOnTheAccountIsShownWithWhenTheyOpenedIt(kind: StoreKind) throws {
        let store = try Self.store(kind)
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: nil, since: Self.morning, at: Self.now)
        let seen = try store.presence(onAccount: Self.account, excludingConsole: "desk-2", at: Self.now + 5)
        #expect(seen == [Presence(login: Self.login("sam", on: kind), accountNumber: Self.account, subject: nil, since: Self.morning)])
        #expect(seen.first?.description == "● \(Self.login("sam", on: kind)) on this account since 10:32")
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "desk-1", at: Self.now + 5).isEmpty,
                "a console is not shown itself")
        #expect(try store.presence(onAccount: "1000000003", excludingConsole: "desk-2", at: Self.now + 5).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aHeartbeatKeepsTheOpeningTimeAndAConsoleThatFallsSilentExpires(kind: StoreKind) throws {
        let store = try Self.store(kind)
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: nil, since: Self.morning, at: Self.now)
        let later = LocalDateTime(iso: "2026-12-01T10:40")!
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: nil, since: later, at: Self.now + 20)
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "x", at: Self.now + 25).map(\.since) == [Self.morning])
        let silentFor = Int64(Presence.expirySeconds) + 1
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "x", at: Self.now + 20 + silentFor).isEmpty,
                "no ghost: three missed heartbeats and the console is gone")
    }

    @Test(arguments: StoreKind.allCases)
    func leavingOrMovingToAnotherAccountTakesTheConsoleOff(kind: StoreKind) throws {
        let store = try Self.store(kind)
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: nil, since: Self.morning, at: Self.now)
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: "1000000003", subject: nil, since: Self.morning, at: Self.now + 1)
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "x", at: Self.now + 2).isEmpty)
        #expect(try store.presence(onAccount: "1000000003", excludingConsole: "x", at: Self.now + 2).count == 1)
        try store.withdrawPresence(console: "desk-1")
        #expect(try store.presence(onAccount: "1000000003", excludingConsole: "x", at: Self.now + 3).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aColleagueWithAComplaintOpenIsShownOnItAndOnItsAccount(kind: StoreKind) throws {
        let store = try Self.store(kind)
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: "C-2026-000001",
                                   since: Self.morning, at: Self.now)
        let onComplaint = try store.presence(onSubject: "C-2026-000001", excludingConsole: "desk-2", at: Self.now + 1)
        #expect(onComplaint.map(\.subject) == ["C-2026-000001"])
        #expect(onComplaint.first?.onSubjectDescription == "● \(Self.login("sam", on: kind)) also has C-2026-000001 open: they may be changing it")
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "desk-2", at: Self.now + 1).count == 1)
        // Back on the account's own screen, the complaint is no longer theirs to be changing
        try store.announcePresence(console: "desk-1", user: "sam", accountNumber: Self.account, subject: nil,
                                   since: Self.morning, at: Self.now + 2)
        #expect(try store.presence(onSubject: "C-2026-000001", excludingConsole: "desk-2", at: Self.now + 3).isEmpty)
        #expect(try store.presence(onAccount: Self.account, excludingConsole: "desk-2", at: Self.now + 3).map(\.since) == [Self.morning])
    }

    /// On PostgreSQL nobody can appear on an account as someone else or take a colleague off
    /// it: the database holds every write to the session's own rows.
    @Test func onPostgresNobodyWritesPresenceInAnotherName() throws {
        let store = try TestStores.postgres()
        try store.announcePresence(console: "desk-1", user: "ignored", accountNumber: Self.account, subject: nil, since: Self.morning, at: Self.now)
        let mallory = try AreaStoreFixtures.connection(to: store, as: "tl_mallory", in: "tapline_agent")
        let forged = #expect(throws: PGError.self) {
            try mallory.execute("INSERT INTO presence(console, login, account_number, since, last_seen) VALUES ('m', 'sam', '1', now(), 0)")
        }
        #expect(forged?.sqlState == "42501", "row-level security refuses a row in another's name")
        #expect(try mallory.execute("DELETE FROM presence WHERE console = 'desk-1'").affected == 0, "a colleague's row is not theirs to delete")
        #expect(try mallory.execute("SELECT login FROM presence").rows.count == 1, "but everyone sees who is on an account")
    }
}
