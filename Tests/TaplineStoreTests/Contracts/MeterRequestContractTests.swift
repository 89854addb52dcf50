import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 7, one behaviour on both stores: an agent takes a customer's meter and
/// billing-record requests (Charter 4.3, 11.1, 14.8) and records a test's outcome (11.1, 4.8);
/// each is audited in the agent's name, the balance moves by what it charged or credited, a
/// rule broken or a stale copy refuses the save whole; and seeded bills carry their meter
/// registers and the tariff behind each usage charge (4.5(d), 4.6(b)).
@Suite("Meter request contract: SQLite and PostgreSQL alike")
struct MeterRequestContractTests {
    typealias F = StoreFixtures

    static func meters(_ store: any AccountsStore) throws -> any MeterRequestsStore {
        try #require(store as? any MeterRequestsStore)
    }

    static var test: MeterRequest {
        MeterRequest(kind: .meterTest, requestedOn: F.today, meterMillimetres: 20, dueOn: CivilDate(iso: "2025-04-24")!)
    }

    static var readingHigh: MeterTestOutcome {
        MeterTestOutcome(finding: .readingHigh, decidedOn: F.today, highByBasisPoints: 450, adjustment: Money(cents: 4_500),
                         instruction: .credit, informBy: CivilDate(iso: "2025-05-02")!)
    }

    @Test(arguments: StoreKind.allCases)
    func aMeterTestReadingHighCreditsTheAccountInTheAgentsName_11_1_4_8(kind: StoreKind) throws {
        // Given an agent who read the account
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        // When they book a meter test
        let booked = try Self.meters(agent.store).recordMeterRequest(Self.test, on: "1000000001", readVersion: read.version,
                                                                      by: agent.name, at: F.at(10))
        // Then it is on record awaiting its outcome, audited, and costs nothing yet (11.1)
        #expect(booked.version == read.version + 1)
        #expect(booked.balance == read.balance)
        let requests = try Self.meters(world.setup).meterRequests(forAccount: "1000000001")
        let test = try #require(requests.first)
        #expect(requests.count == 1 && test.awaitsOutcome && test.id != nil && test.dueOn == CivilDate(iso: "2025-04-24"))
        let entry = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(entry.who == agent.name)
        #expect(entry.detail == "meter request: Meter test (11.1) requested Thu 17 Apr 2025, booked Thu 24 Apr 2025: awaiting its outcome")
        // When the test finds the meter reading high
        let decided = try Self.meters(agent.store).recordMeterTestOutcome(Self.readingHigh, ofRequest: try #require(test.id), on: "1000000001",
                                                                          readVersion: booked.version, by: agent.name, at: F.at(11))
        // Then the overcharge is credited to the balance (4.8(b)) and the outcome is on record
        #expect(decided.balance == read.balance - Money(cents: 4_500))
        #expect(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first?.outcome == Self.readingHigh)
        let last = try #require(try world.setup.auditEntries(forAccount: "1000000001", limit: 5).first)
        #expect(last.who == agent.name)
        #expect(last.detail.hasPrefix("meter test requested Thu 17 Apr 2025: awaiting its outcome → reading high by 4.50%"))
        #expect(last.detail.contains("$45.00 credited (4.8), customer told by Fri 2 May 2025"))
        // And a second outcome for the same test is refused, leaving the balance alone
        #expect(throws: StoreError.self) {
            _ = try Self.meters(agent.store).recordMeterTestOutcome(Self.readingHigh, ofRequest: test.id!, on: "1000000001",
                                                                    readVersion: decided.version, by: agent.name, at: F.at(12))
        }
        #expect(try world.setup.account("1000000001")?.balance == decided.balance)
    }

    @Test(arguments: StoreKind.allCases)
    func anAccurateMetersTestChargeGoesOnTheBalance_11_1(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let read = try #require(try world.first.store.account("1000000001"))
        let booked = try Self.meters(world.first.store).recordMeterRequest(Self.test, on: "1000000001", readVersion: read.version,
                                                                            by: world.first.name, at: F.at(10))
        let id = try #require(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first?.id)
        let accurate = MeterTestOutcome(finding: .accurate, decidedOn: F.today, charge: Money(cents: 15_400))
        let decided = try Self.meters(world.first.store).recordMeterTestOutcome(accurate, ofRequest: id, on: "1000000001",
                                                                                 readVersion: booked.version, by: world.first.name, at: F.at(11))
        #expect(decided.balance == read.balance + Money(cents: 15_400))
    }

    @Test(arguments: StoreKind.allCases)
    func anIndependentTestFollowsOnlyAFirstTestFoundAccurate_11_1(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        var independent = Self.test
        independent.independent = true
        let read = try #require(try agent.store.account("1000000001"))
        #expect(throws: StoreError.self) {
            _ = try Self.meters(agent.store).recordMeterRequest(independent, on: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        }
        let booked = try Self.meters(agent.store).recordMeterRequest(Self.test, on: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        let id = try #require(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first?.id)
        let decided = try Self.meters(agent.store).recordMeterTestOutcome(MeterTestOutcome(finding: .accurate, decidedOn: F.today), ofRequest: id,
                                                                          on: "1000000001", readVersion: booked.version, by: agent.name, at: F.at(11))
        _ = try Self.meters(agent.store).recordMeterRequest(independent, on: "1000000001", readVersion: decided.version, by: agent.name, at: F.at(12))
        let requests = try Self.meters(world.setup).meterRequests(forAccount: "1000000001")
        #expect(requests.map(\.independent) == [true, false])
    }

    @Test(arguments: StoreKind.allCases)
    func aSmallMetersSpecialReadingCannotBeChargedButALargeOnesMay_4_3(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account("1000000001"))
        let charged = MeterRequest(kind: .specialReading, requestedOn: F.today, meterMillimetres: 20, way: .reading, charge: Money(cents: 6_550))
        #expect(throws: StoreError.self) {
            _ = try Self.meters(agent.store).recordMeterRequest(charged, on: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        }
        #expect(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").isEmpty)
        var large = charged
        large.meterMillimetres = 32
        let saved = try Self.meters(agent.store).recordMeterRequest(large, on: "1000000001", readVersion: read.version, by: agent.name, at: F.at(10))
        #expect(saved.balance == read.balance + Money(cents: 6_550))
        #expect(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first?.way == .reading)
    }

    @Test(arguments: StoreKind.allCases)
    func aStaleOutcomeIsRefusedNamingWhoSavedAndNothingOfItIsSaved(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let (first, second) = (world.first, world.second)
        let read = try #require(try first.store.account("1000000001"))
        let booked = try Self.meters(first.store).recordMeterRequest(Self.test, on: "1000000001", readVersion: read.version,
                                                                      by: first.name, at: F.at(10))
        let id = try #require(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first?.id)
        // Someone else takes a billing history request on the same account meanwhile
        let history = MeterRequest(kind: .billingHistory, requestedOn: F.today, meterMillimetres: 20,
                                   dueOn: CivilDate(iso: "2025-05-02")!, historyYears: 3, historyFile: "/tmp/h.csv")
        _ = try Self.meters(second.store).recordMeterRequest(history, on: "1000000001", readVersion: booked.version, by: second.name, at: F.at(10, 30))
        let refusal = try #require(throws: ChangedSinceRead.self) {
            _ = try Self.meters(first.store).recordMeterTestOutcome(Self.readingHigh, ofRequest: id, on: "1000000001",
                                                                    readVersion: booked.version, by: first.name, at: F.at(11))
        }
        #expect(refusal.by == second.name)
        #expect(refusal.change.hasPrefix("meter request: Billing history (14.8)"))
        #expect(try Self.meters(world.setup).meterRequests(forAccount: "1000000001").first { $0.id == id }?.outcome == nil)
        #expect(try world.setup.account("1000000001")?.balance == read.balance)
    }

    @Test(arguments: StoreKind.allCases)
    func seededBillsCarryTheirMeterRegistersAndTheTariffBehindEachUsageCharge_4_5d_4_6b(kind: StoreKind) throws {
        let store: any AccountsStore = switch kind {
        case .sqlite: try TestStores.sqlite()
        case .postgres: try TestStores.postgres()
        }
        try store.generateSynthetic(accounts: 3, seed: 7, today: F.today) { _, _ in }
        let detail = try #require(try store.detail("1000000001"))
        let readings = Bill.readings(of: detail.bills)
        #expect(readings.allSatisfy { $0 != nil })
        for (bill, reading) in zip(detail.bills, readings) {
            #expect(reading?.litresUsed == bill.usage.litres)
            let usage = bill.charges(of: .usageCharge)
            #expect(!usage.isEmpty && usage.allSatisfy { $0.pricing?.amount == $0.amount })
        }
        for (earlier, later) in zip(readings, readings.dropFirst()) {
            #expect(later?.previous.registerLitres == earlier?.current.registerLitres)
        }
    }

    /// On PostgreSQL an agent may add a request and record an outcome, in their own name, and
    /// the balance moves by the request's trigger; they may not change what was asked, delete a
    /// request, nor move the balance themselves.
    @Test func onPostgresAnAgentMayTakeARequestButNotMoveTheBalanceThemselves() throws {
        let store = try TestStores.postgres()
        _ = try store.createAccount(F.account("1000000001", "Zoë Ng"), by: "setup", at: F.morning)
        let login = TestLogins()("amy")
        let agent = try AreaStoreFixtures.connection(to: store, as: login, in: "tapline_agent")
        try agent.execute("""
            INSERT INTO meter_request(account_id, kind, requested_on, meter_mm, way, charge_cents, recorded_at)
            SELECT id, 'special-reading', '2025-04-17', 32, 'reading', 6550, '2025-04-17 10:00' FROM account WHERE number = '1000000001'
            """)
        let row = try #require(try store.withConnection {
            try $0.execute("SELECT r.recorded_by, a.balance_cents FROM meter_request r JOIN account a ON a.id = r.account_id").first
        })
        #expect(row["recorded_by"] == login)
        #expect(row.int64("balance_cents") == 6_550)
        try agent.execute("INSERT INTO meter_request(account_id, kind, requested_on, meter_mm, recorded_at) "
                          + "SELECT id, 'meter-test', '2025-04-17', 20, '2025-04-17 10:00' FROM account WHERE number = '1000000001'")
        try agent.execute("UPDATE meter_request SET finding = 'reading-high', decided_on = '2025-04-17', high_by_bp = 300, "
                          + "adjustment_cents = 550, instruction = 'credit' WHERE kind = 'meter-test'")
        let after = try #require(try store.withConnection { try $0.execute("SELECT balance_cents FROM account").first })
        #expect(after.int64("balance_cents") == 6_000)
        #expect(throws: PGError.self) { try agent.execute("UPDATE meter_request SET charge_cents = 0") }
        #expect(throws: PGError.self) { try agent.execute("DELETE FROM meter_request") }
        #expect(throws: PGError.self) { try agent.execute("UPDATE account SET balance_cents = 0 WHERE number = '1000000001'") }
    }
}
