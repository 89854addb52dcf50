import Foundation
import Testing
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Issue 13 item 5, one behaviour on both stores: an agent (on PostgreSQL, a member of the
/// agents' group, by its grants) records a due-date extension (Charter 5.5(d)), a promise to pay
/// (5.5(a)), direct debit and Centrepay the customer chose (5.2(e), (g)) and a redirection of
/// bills (5.5(a)(2)); each is kept whole, listed oldest agreed first and audited in their name.
@Suite("Payment arrangements contract: SQLite and PostgreSQL alike")
struct PaymentArrangementsContractTests {
    typealias F = StoreFixtures
    static let calendar = BusinessCalendar.victoria
    static let number = "1000000001"

    static func arrangements(agent: String) throws -> [PaymentArrangement] {
        let today = F.today  // Thu 17 Apr 2025
        return [
            .dueDateExtension(try DueDateExtension(billReference: "issued Mon 17 Mar 2025", amountOwed: Money(cents: 42_000),
                                                   amountExtended: Money(cents: 42_000), currentDueDate: today,
                                                   newDueDate: CivilDate(iso: "2025-05-15")!, agreedOn: today, agent: agent,
                                                   calendar: calendar)),
            .promiseToPay(try PromiseToPay(accountNumber: number, amount: Money(cents: 12_000), promisedBy: CivilDate(iso: "2025-04-24")!,
                                           madeOn: today, agent: agent, calendar: calendar)),
            .paymentMethod(try PaymentMethodArrangement(accountNumber: number, method: .directDebitFromBank(bsb: "063-000", accountNumber: "12345678"),
                                                        startsOn: CivilDate(iso: "2025-04-22")!, agreedOn: today, agent: agent,
                                                        customerChose: true, calendar: calendar)),
            .paymentMethod(try PaymentMethodArrangement(accountNumber: number, method: .centrepay(crn: "412 345 678K"),
                                                        startsOn: CivilDate(iso: "2025-04-22")!, agreedOn: today, agent: agent,
                                                        customerChose: true, calendar: calendar)),
            .billRedirection(try BillRedirection(accountNumber: number, payerName: "Sam Carter", payerAddress: "4 Smith St, Melton VIC 3337",
                                                 payerAgreedInWritingOn: CivilDate(iso: "2025-04-16")!, customerConsentedInWritingOn: nil,
                                                 agreedOn: today, agent: agent)),
        ]
    }

    private func store(_ store: any AccountsStore) throws -> any PaymentArrangementsStore {
        try #require(store as? any PaymentArrangementsStore)
    }

    @Test(arguments: StoreKind.allCases)
    func everyArrangementIsKeptWholeListedAndAuditedInTheAgentsName_5_5(kind: StoreKind) throws {
        // Given an agent on an account with no arrangements
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let arrangements = try store(agent.store)
        #expect(try arrangements.paymentArrangements(for: Self.number).isEmpty)
        // When they record each kind, a later-agreed promise first
        let later = PaymentArrangement.promiseToPay(try PromiseToPay(accountNumber: Self.number, amount: Money(cents: 5_000),
                                                                     promisedBy: CivilDate(iso: "2025-04-28")!,
                                                                     madeOn: CivilDate(iso: "2025-04-18")!, agent: agent.name,
                                                                     calendar: Self.calendar))
        try arrangements.recordPaymentArrangement(later, on: Self.number, by: agent.name, at: LocalDateTime(date: CivilDate(iso: "2025-04-18")!, hour: 9, minute: 0))
        let made = try Self.arrangements(agent: agent.name)
        for (i, arrangement) in made.enumerated() {
            try arrangements.recordPaymentArrangement(arrangement, on: Self.number, by: agent.name, at: F.at(10, i))
        }
        // Then they read back whole, oldest agreed first: the same day's in the order recorded
        #expect(try arrangements.paymentArrangements(for: Self.number) == made + [later])
        // And each is in the audit trail in the agent's name
        let entries = try world.setup.auditEntries(forAccount: Self.number, limit: 20).filter { $0.action == .created }.prefix(6)
        #expect(entries.allSatisfy { $0.who == agent.name })
        #expect(entries.map(\.detail) == [
            "promise to pay $50.00 by Mon 28 Apr 2025",
            "bills redirected to Sam Carter",
            "centrepay from Tue 22 Apr 2025, CRN ending 678K, chosen by the customer (5.2(e))",
            "direct debit from Tue 22 Apr 2025, bank account ending 5678 (BSB 063-•••), chosen by the customer (5.2(g))",
            "promise to pay $120.00 by Thu 24 Apr 2025",
            "due date of bill issued Mon 17 Mar 2025 extended to Thu 15 May 2025",
        ])
    }

    @Test(arguments: StoreKind.allCases)
    func aRedirectionToAPostalAddressSendsTheBillsThereAndMovesTheVersion_5_5a2_4_4b(kind: StoreKind) throws {
        // Given an agent who read the account
        let world = try ContactDetailsContractTests.world(kind)
        let agent = world.first
        let read = try #require(try agent.store.account(Self.number))
        let postal = Address(lines: ["4 Smith Street"], suburb: "Melton", postcode: "3337")
        // When they redirect its bills to a payer who agreed in writing, at a postal address
        let redirection = try BillRedirection(accountNumber: Self.number, payerName: "Sam Carter", payerAddress: postal.oneLine,
                                              payerPostalAddress: postal, payerAgreedInWritingOn: CivilDate(iso: "2025-04-16")!,
                                              customerConsentedInWritingOn: nil, agreedOn: F.today, agent: agent.name)
        try store(agent.store).recordPaymentArrangement(.billRedirection(redirection), on: Self.number, by: agent.name, at: F.at(10))
        // Then the bills go there from now on, the account's version moves, and the audit trail says so
        let after = try #require(try world.setup.account(Self.number))
        #expect(after.billingAddress == postal)
        #expect(after.property.address == read.property.address)
        #expect(after.version == read.version + 1)
        #expect(try world.setup.auditEntries(forAccount: Self.number, limit: 3).first?.detail
                == "bills redirected to Sam Carter, 4 Smith Street, Melton VIC 3337")
        // And a colleague's save on the copy read before is refused naming the redirection
        #expect {
            try world.second.store.updateContactDetails(ContactDetails(of: read), of: Self.number, readVersion: read.version,
                                                        by: world.second.name, at: F.at(11))
        } throws: { ($0 as? ChangedSinceRead)?.change == "bills redirected to Sam Carter, 4 Smith Street, Melton VIC 3337" }
    }

    @Test(arguments: StoreKind.allCases)
    func promisesAreFoundByTheirDateAndWhoTookThem_5_5a(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let arrangements = try store(world.first.store)
        for arrangement in try Self.arrangements(agent: world.first.name) {
            try arrangements.recordPaymentArrangement(arrangement, on: Self.number, by: world.first.name, at: F.at(10))
        }
        // The promise is dated Thu 24 Apr 2025
        let day = CivilDate(iso: "2025-04-24")!
        #expect(try arrangements.accountsWithPromises(datedFrom: day, to: day, takenBy: nil) == [Self.number])
        #expect(try arrangements.accountsWithPromises(datedFrom: day.adding(days: -30), to: day, takenBy: world.first.name) == [Self.number])
        #expect(try arrangements.accountsWithPromises(datedFrom: day, to: day, takenBy: world.second.name).isEmpty)
        #expect(try arrangements.accountsWithPromises(datedFrom: day.adding(days: 1), to: day.adding(days: 30), takenBy: nil).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func anArrangementOnNoSuchAccountIsRefusedAndNothingIsAudited(kind: StoreKind) throws {
        let world = try ContactDetailsContractTests.world(kind)
        let arrangement = try Self.arrangements(agent: world.first.name)[1]
        #expect(throws: (any Error).self) {
            try store(world.first.store).recordPaymentArrangement(arrangement, on: "1999999999", by: world.first.name, at: F.at(10))
        }
        #expect(try world.setup.auditEntries(forAccount: "1999999999", limit: 5).isEmpty)
    }

    @Test func postgresRecordsAnArrangementOnlyInTheSessionsOwnName() throws {
        // Given two agents signed in to the shared store
        let world = try ContactDetailsContractTests.world(.postgres)
        let arrangement = try Self.arrangements(agent: world.second.name)[1]
        // When the first records a promise as taken by the second, it is refused and nothing is kept
        let refusal = #expect(throws: StoreError.self) {
            try store(world.first.store).recordPaymentArrangement(arrangement, on: Self.number, by: world.second.name, at: F.at(10))
        }
        #expect(refusal?.message.contains("but you are signed in as \(world.first.name); nothing was saved") == true)
        #expect(try store(world.first.store).paymentArrangements(for: Self.number).isEmpty)
    }

    @Test func onPostgresATrainerReadsArrangementsButCannotRecordOne() throws {
        // Given an account with an agent's promise, and a trainer signed in
        let world = try ContactDetailsContractTests.world(.postgres)
        let promise = try Self.arrangements(agent: world.first.name)[1]
        try store(world.first.store).recordPaymentArrangement(promise, on: Self.number, by: world.first.name, at: F.at(10))
        let postgres = try #require(world.setup as? PostgresStore)
        let trainer = TestLogins()("trainer")
        try AreaStoreFixtures.retryingRoleRace { try postgres.withConnection { try $0.ensureLogin(trainer, in: "trainer") } }
        let trainers = try postgres.actingAs(trainer)
        // Then they read it (the account's banners show at their console) and may not add one
        #expect(try trainers.paymentArrangements(for: Self.number) == [promise])
        #expect(throws: StoreError.self) {
            try trainers.recordPaymentArrangement(promise, on: Self.number, by: trainer, at: F.at(11))
        }
    }
}
