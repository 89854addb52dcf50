import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplineStore

/// The repository's `scenarios/` folder, found from this file's place in `Tests/TaplineStoreTests/`.
private let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

private func scenario(_ id: String) throws -> Scenario {
    let (scenarios, _) = ScenarioLoader.loadAll(from: scenariosFolder)
    return try #require(scenarios.first { $0.id == id }, "no scenario \(id)")
}

private func money(_ text: String) -> Money { try! Money.parse(text) }

/// A real wall-clock moment for the trainee's start (the fixture's history is dated on the scenario's clock).
private let realStart = LocalDateTime(date: CivilDate(year: 2026, month: 3, day: 2)!, hour: 9)

@Suite("Training fixtures: each attempt gets a fresh copy of the scenario's account, with its history")
struct TrainingFixtureInstallerTests {
    @Test func everyScenarioFileInstallsIntoADemoDatabase() throws {
        // Given every shipped scenario and an empty database
        let (scenarios, errors) = ScenarioLoader.loadAll(from: scenariosFolder)
        #expect(errors.isEmpty, "\(errors)")
        let database = try AppDatabase.inMemory()
        for scenario in scenarios {
            // When its fixture is installed
            let number = try database.scenarioFixtures(calendar: .victoria).install(scenario, by: "amy", at: realStart).accountNumber
            // Then the account carries the scenario's number, customer and balance
            let detail = try #require(try database.accounts.detail(number))
            #expect(number == scenario.fixture.accountNumber)
            #expect(detail.account.primaryCustomer?.name == scenario.fixture.customerName)
            #expect(detail.account.balance == scenario.fixture.balance, "\(scenario.id)")
            #expect(detail.bills.count == scenario.fixture.bills.count)
            #expect(detail.notes.count == scenario.fixture.notes.count)
        }
    }

    @Test func theEasterBillIsEstimatedWithTheDisputedUsageChargeAndDueAmountEqualToTheBalance_4_5() throws {
        // Given the disputed-bill scenario
        let easter = try scenario("disputed-bill-easter")
        let database = try AppDatabase.inMemory()
        // When it is installed
        let number = try database.scenarioFixtures(calendar: .victoria).install(easter, by: "amy", at: realStart).accountNumber
        // Then the bill shows an estimated read (4.5(d)), the $684.90 usage charge the caller disputes, and $1,046.30 to pay
        let bill = try #require(try database.accounts.detail(number)?.bills.last)
        #expect(bill.meterRead == .estimated)
        #expect(bill.charges(of: .usageCharge).map(\.amount) == [money("684.90")])
        #expect(bill.newCharges == money("1046.30"))
        #expect(bill.amountDue == money("1046.30"))
        #expect(bill.dueDate == CivilDate(iso: "2025-04-24"))
    }

    @Test func aBalanceAboveTheBillsIsCarriedIntoTheFirstBill_4_5k() throws {
        // Given the hardship scenario: $1,184.60 owed, bills of $398.75 and $392.15
        let hardship = try scenario("hardship-plan")
        let database = try AppDatabase.inMemory()
        // When it is installed
        let number = try database.scenarioFixtures(calendar: .victoria).install(hardship, by: "amy", at: realStart).accountNumber
        let detail = try #require(try database.accounts.detail(number))
        // Then $393.70 is carried into the first bill and the last bill asks for the whole balance
        #expect(detail.bills.first?.carriedFromPreviousBills == money("393.70"))
        #expect(detail.bills.last?.amountDue == money("1184.60"))
        #expect(detail.account.concession.isHeld)
        #expect(detail.payments.isEmpty)
    }

    @Test func aBalanceBelowTheBillsMeansTheCustomerPaidThem() throws {
        // Given the abusive-caller scenario: nothing owed on a $311.40 bill
        let abusive = try scenario("abusive-caller")
        let database = try AppDatabase.inMemory()
        // When it is installed
        let number = try database.scenarioFixtures(calendar: .victoria).install(abusive, by: "amy", at: realStart).accountNumber
        let detail = try #require(try database.accounts.detail(number))
        // Then a payment of $311.40 before the due date clears it, and it is dated before the call
        let payment = try #require(detail.payments.first)
        #expect(payment.amount == money("311.40"))
        #expect(payment.date < abusive.now.date && payment.date <= CivilDate(iso: "2025-06-26")!)
        #expect(detail.account.balance == .zero)
    }

    @Test func theLifeSupportCustomerIsRegisteredOnTheDayHerNoteGives_9_5a() throws {
        let lifeSupport = try scenario("life-support-restriction")
        let database = try AppDatabase.inMemory()
        let number = try database.scenarioFixtures(calendar: .victoria).install(lifeSupport, by: "amy", at: realStart).accountNumber
        let detail = try #require(try database.accounts.detail(number))
        #expect(detail.account.specialNeeds?.need == .lifeSupport)
        #expect(detail.account.specialNeeds?.registeredOn == CivilDate(iso: "2023-02-14"))
        #expect(detail.flags.contains(.lifeSupport))
        #expect(detail.notes.contains { $0.text.hasPrefix("Notice Before Restriction sent") && $0.at.date == CivilDate(iso: "2025-08-01") })
    }

    @Test func theNoticesTheNotesNameAreInTheCollectionRecordSoOnlyTheRegisterAndContactBlockRestriction_7_1_7_3b() throws {
        // Given the life-support scenario, whose notes say a Final Notice and a Notice Before Restriction were sent
        let lifeSupport = try scenario("life-support-restriction")
        let database = try AppDatabase.inMemory()
        // When it is installed
        let number = try database.scenarioFixtures(calendar: .victoria).install(lifeSupport, by: "amy", at: realStart).accountNumber
        // Then both notices are in the collection record on their days
        let events = try database.collections.events(for: number)
        #expect(events.map(\.kind) == [.finalNotice, .noticeBeforeRestriction])
        #expect(events.map(\.on) == [CivilDate(iso: "2025-07-10")!, CivilDate(iso: "2025-08-01")!])
        // And the restriction check at the scenario's time refuses for life support, not for missing notices
        let facts = try database.restrictionFacts.facts(for: number, today: lifeSupport.now.date, disputedAmount: .zero)
        let clauses = RestrictionCheck.evaluate(facts, at: lifeSupport.now, calendar: .victoria).clauses
        #expect(clauses.contains("7.3(b)"))
        #expect(!clauses.contains("7.1(a)") && !clauses.contains("7.1(b)") && !clauses.contains("6.3"))
    }

    @Test func theEarlierComplaintIsInTheRegisterAtTeamLeaderAndRepliedTo_3_1d() throws {
        // Given the repeat-complaint scenario
        let repeated = try scenario("repeat-complaint-manager")
        let database = try AppDatabase.inMemory()
        // When it is installed
        let installed = try database.scenarioFixtures(calendar: .victoria).install(repeated, by: "amy", at: realStart)
        // Then the May complaint is with a Team Leader, replied to on 3 June
        let register = database.complaints(calendar: .victoria)
        let earlier = try #require(try register.all(forAccount: installed.accountNumber).first)
        #expect(installed.complaintNumbers == [earlier.id])
        #expect(earlier.level == .teamLeader)
        #expect(earlier.category == .supplyInterruption)
        #expect(earlier.status == .responded(at: LocalDateTime(date: CivilDate(iso: "2025-06-03")!, hour: 14)))
        // And the trainee can take it to a Manager at the scenario's time
        let escalated = try earlier.escalated(to: .manager, at: repeated.now, by: "amy")
        #expect(try register.save(escalated).level == .manager)
    }

    @Test func aSecondAttemptGetsAFreshCopyUndertheNumberWithTwoMoreDigits() throws {
        // Given a repeated-complaint attempt that escalated the complaint to a Manager
        let repeated = try scenario("repeat-complaint-manager")
        let database = try AppDatabase.inMemory()
        let installer = database.scenarioFixtures(calendar: .victoria)
        let first = try installer.install(repeated, by: "amy", at: realStart).accountNumber
        let register = database.complaints(calendar: .victoria)
        let complaint = try #require(try register.all(forAccount: first).first)
        try register.save(try complaint.escalated(to: .manager, at: repeated.now, by: "amy"))
        // When the scenario is started again
        let second = try installer.install(repeated, by: "ben", at: realStart).accountNumber
        let third = try installer.install(repeated, by: "cat", at: realStart).accountNumber
        // Then the retry has its own copy, with the complaint still at Team Leader
        #expect(first == "9000001005")
        #expect(second == "900000100502")
        #expect(third == "900000100503")
        #expect(try register.all(forAccount: second).map(\.level) == [.teamLeader])
        #expect(AccountNumber.problem(with: second) == nil)
    }

    @Test func installingRecordsWhoCreatedTheAccountInTheAuditLog() throws {
        let easter = try scenario("disputed-bill-easter")
        let database = try AppDatabase.inMemory()
        let number = try database.scenarioFixtures(calendar: .victoria).install(easter, by: "amy", at: realStart).accountNumber
        let entries = try database.audit.entries(forAccount: number)
        #expect(entries.contains { $0.who == "amy" && $0.action == .created && $0.at == realStart })
    }

    struct AddressCase: Sendable, CustomTestStringConvertible {
        let text: String
        let lines: [String]
        let suburb: String
        let postcode: String
        var testDescription: String { text }
    }

    @Test("a fixture address is read as street lines, suburb, state and postcode", arguments: [
        AddressCase(text: "27 Barkly Street, Sunbury VIC 3429", lines: ["27 Barkly Street"], suburb: "Sunbury", postcode: "3429"),
        AddressCase(text: "Unit 4, 18 Evans Street, Sunbury VIC 3429", lines: ["Unit 4", "18 Evans Street"], suburb: "Sunbury", postcode: "3429"),
        AddressCase(text: "9 Lake Street, Caroline Springs VIC 3023", lines: ["9 Lake Street"], suburb: "Caroline Springs", postcode: "3023"),
        AddressCase(text: "Somewhere near the river", lines: ["Somewhere near the river"], suburb: "", postcode: ""),
        AddressCase(text: "1 Main Road, Gisborne VIC", lines: ["1 Main Road, Gisborne VIC"], suburb: "", postcode: ""),
    ])
    func fixtureAddresses(row: AddressCase) {
        let address = FixtureRecords.address(row.text)
        #expect(address.lines == row.lines)
        #expect(address.suburb == row.suburb)
        #expect(address.postcode == row.postcode)
    }

    @Test func aNoteWithoutADatePrefixIsDatedTheDayBeforeTheCall() throws {
        let fixture = ScenarioFixture(accountNumber: "9000009999", customerName: "Sam Sample", propertyAddress: "1 Sample Street, Sunbury VIC 3429",
                                      balance: .zero, notes: ["Prefers email.", "2025-01-02: Moved in."])
        let records = FixtureRecords(fixture: fixture, accountNumber: "9000009999", today: CivilDate(iso: "2025-04-17")!)
        #expect(records.notes.map(\.text) == ["Prefers email.", "Moved in."])
        #expect(records.notes.map(\.at.date) == [CivilDate(iso: "2025-04-16")!, CivilDate(iso: "2025-01-02")!])
    }
}
