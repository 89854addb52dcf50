import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's meter requests in memory, saved as the stores save them: against the version
/// read, refused with `ChangedSinceRead` naming who saved since; the balance moved by each.
final class MemoryMeters: MeterPort, AccountsPort, @unchecked Sendable {
    static let address = Address(lines: ["27 Gisborne Road"], suburb: "Bacchus Marsh", postcode: "3340")
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static let rate = UsageRate(tenThousandthsPerKilolitre: 26_354)

    var stored = Account(accountNumber: "1000000001", billingAddress: address,
                         customers: [Customer(name: "Jane Smith", phone: "0491 570 156", isPrimary: true)],
                         property: Property(address: address, servicePipeSizeMillimetres: 20, occupancy: .owner),
                         balance: Money(cents: 60_000))
    var requests: [MeterRequest] = []
    var written: [BillingHistory] = []
    var lastChange: ChangedSinceRead?
    let tariff = Tariff.victorianDefault

    /// Two bills: 600 kL on the register at the first (estimated), 182 kL used to the second (read).
    let bills: [Bill] = [
        try! Bill(issueDate: date("2026-08-05"), dueDate: date("2026-09-02"), accountNumber: "1000000001", billingAddress: address,
                  propertyAddress: address,
                  usage: UsagePeriod(start: date("2026-04-01"), end: date("2026-07-31"), litres: 150_000, meterRead: .estimated,
                                     closingRegisterLitres: 600_000),
                  previousBillAmount: .zero, paymentsSinceLastBill: .zero,
                  charges: [.usage(service: .water, description: "Water usage", pricing: UsagePricing(litres: 150_000, rate: rate))],
                  concessionApplied: .zero),
        try! Bill(issueDate: date("2026-12-01"), dueDate: date("2026-12-29"), accountNumber: "1000000001", billingAddress: address,
                  propertyAddress: address,
                  usage: UsagePeriod(start: date("2026-08-01"), end: date("2026-11-27"), litres: 182_000, meterRead: .actual(date("2026-11-27")),
                                     closingRegisterLitres: 782_000),
                  previousBillAmount: Money(cents: 39_531), paymentsSinceLastBill: Money(cents: 39_531),
                  charges: [Charge(kind: .serviceCharge, service: .water, description: "Water service charge", amount: Money(cents: 7_092)),
                            .usage(service: .water, description: "Water usage", pricing: UsagePricing(litres: 182_000, rate: rate))],
                  concessionApplied: .zero),
    ]

    func requests(_ accountNumber: String) throws -> [MeterRequest] { requests.reversed() }

    func record(_ request: MeterRequest, on accountNumber: String, readVersion: Int, by user: String, at time: LocalDateTime) throws -> Account {
        if readVersion != stored.version, let lastChange { throw lastChange }
        var saved = request
        saved.id = Int64(requests.count + 1)
        requests.append(saved)
        return changed(by: saved.balanceChange, words: "meter request: " + saved.summary, user: user, time: time)
    }

    func recordOutcome(_ outcome: MeterTestOutcome, ofRequest id: Int64, on accountNumber: String, readVersion: Int,
                       by user: String, at time: LocalDateTime) throws -> Account {
        if readVersion != stored.version, let lastChange { throw lastChange }
        let index = try #require(requests.firstIndex { $0.id == id })
        let before = requests[index].balanceChange
        requests[index].outcome = outcome
        return changed(by: requests[index].balanceChange - before, words: "meter test outcome", user: user, time: time)
    }

    private func changed(by amount: Money, words: String, user: String, time: LocalDateTime) -> Account {
        stored.balance = stored.balance + amount
        stored.version += 1
        lastChange = ChangedSinceRead(record: "Account 1000000001", by: user, at: time, change: words)
        return stored
    }

    func writeHistory(_ history: BillingHistory) throws -> String {
        written.append(history)
        return "/data/billing-histories/billing-history-\(history.accountNumber)-\(history.to.iso).csv"
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: stored, flags: stored.flags, bills: bills, payments: [], interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Bill and meter enquiries (4.3, 4.5(d), 4.6, 4.8, 11.1, 14.8) on screen")
struct MeterScreenTests: AccountFormDriving {
    static let action = AccountAction(key: .character("m"), help: "meter: special reading, test, billing history (4.3, 11.1, 14.8)") { context in
        AnyScreen(MeterScreen(context: context))
    }
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy", accountActions: [MeterScreenTests.action])
    let store = MemoryMeters()
    let formKey = Key.character("m")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any MeterPort).self)
    }

    func meter(_ console: Console) -> MeterScreen? { console.top.state(as: MeterScreen.self) }
    func form(_ console: Console) -> MeterRequestScreen? { console.top.state(as: MeterRequestScreen.self) }

    @Test func theBillsTabShowsEachReadingTheKilolitresUsedAndTheTariffBehindTheUsageCharge_4_5d_4_6b() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        let screen = text(console)
        #expect(screen.contains("Previous read 600 kL ESTIMATED"))
        #expect(screen.contains("Current read  782 kL 27 Nov 2026"))
        #expect(screen.contains("Used          182 kL, 1529 L/day"))
        #expect(screen.contains("182 kL × $2.6354/kL"))
        #expect(screen.contains("= $479.64"))
        #expect(screen.contains("New charges"))
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func mOnTheAccountIsInHelpAndOpensTheMeterScreen() {
        let console = openForm()
        #expect(meter(console) != nil)
        #expect(text(console).contains("No meter or billing-record requests on this account."))
        press(console, .function(1))
        #expect(text(console).contains("meter test (11.1)"))
    }

    @Test func aMeterTestIsBookedThenReadingHighCreditsTheAccount_11_1_4_8() throws {
        let console = openForm()
        press(console, .character("t"))
        #expect(form(console) != nil)
        // Booked five business days on by default, and what it may cost said before F2
        #expect(text(console).contains("2026-12-08"))
        #expect(text(console).contains("Accurate or reading low: a charge of $154.00 may apply (11.1)."))
        press(console, .function(2))
        #expect(meter(console) != nil)
        #expect(store.requests.first?.dueOn == CivilDate(iso: "2026-12-08"))
        #expect(text(console).contains("booked 8 Dec 2026, awaiting outcome"))
        // The outcome: reading high by 4.5%, credited
        press(console, .character("o"))
        press(console, .tab)
        type(console, "4.5")
        let preview = text(console)
        // $479.64 + $395.31 of usage × 4.5 ÷ 104.5 = $37.68 (rounded up)
        #expect(preview.contains("Adjustment $37.68 (4.8)"))
        #expect(preview.contains("tell the customer by Tue 15 Dec 2026"))
        press(console, .function(2))
        let outcome = try #require(store.requests.first?.outcome)
        #expect(outcome.finding == .readingHigh && outcome.adjustment == Money(cents: 3_768) && outcome.instruction == .credit)
        #expect(store.stored.balance == Money(cents: 60_000 - 3_768))
        #expect(text(console).contains("reading high: $37.68 credited"))
        #expect(text(console).contains("balance $562.32 owed"))
    }

    @Test func aReadingHighWithoutItsPercentageIsRefusedUnderTheField_11_1() {
        let console = openForm()
        press(console, .character("t"), .function(2), .character("o"), .function(2))
        #expect(form(console) != nil)
        #expect(text(console).contains("✖ type by how much it reads high"))
        #expect(store.requests.first?.outcome == nil)
    }

    @Test func aTestBookedOnASundayIsRefusedAndWhatWasTypedKept_11_1() {
        let console = openForm()
        press(console, .character("t"), .ctrl("u"))
        type(console, "2026-12-06")
        press(console, .function(2))
        #expect(text(console).contains("Sun 6 Dec 2026 is not a business day"))
        #expect(form(console)?.form[.bookedFor] == "2026-12-06")
        #expect(store.requests.isEmpty)
    }

    @Test func aSpecialReadingOfA20mmMeterIsFreeAndOfA32mmOneIsCharged_4_3() {
        let console = openForm()
        press(console, .character("r"))
        #expect(text(console).contains("Charge: no charge: a 20 mm meter (under 32 mm, 4.3)"))
        press(console, .tab, .right, .right)
        #expect(text(console).contains("Charge: $65.50: a 32 mm meter (32 mm or larger, 4.3)"))
        press(console, .function(2))
        #expect(store.requests.first?.charge == Money(cents: 6_550))
        #expect(store.stored.balance == Money(cents: 66_550))
    }

    @Test func aBillingHistoryIsWrittenAndItsDueDateShown_14_8() {
        let console = openForm()
        press(console, .character("b"))
        #expect(text(console).contains("Due to the customer by Tue 15 Dec 2026 (10 business days, 14.8)."))
        press(console, .function(2))
        #expect(store.written.first?.rows.filter { $0[1] == "bill" }.count == 2)
        #expect(store.requests.first?.historyFile == "/data/billing-histories/billing-history-1000000001-2026-12-01.csv")
        #expect(console.status?.text.contains("/data/billing-histories/billing-history-1000000001-2026-12-01.csv") == true)
        #expect(text(console).contains("due to the customer 15 Dec 2026"))
    }

    @Test func aStaleSaveKeepsWhatWasTypedAndCtrlRMakesTheRequestOnTheFreshCopy() {
        let console = openForm()
        press(console, .character("t"))
        // Someone else saves the account meanwhile
        store.stored.version += 1
        store.lastChange = ChangedSinceRead(record: "Account 1000000001", by: "sam", at: LocalDateTime(iso: "2026-12-01T10:31")!,
                                            change: "contact details: phone 0491 570 156 → 0499 111 222")
        press(console, .function(2))
        #expect(store.requests.isEmpty)
        #expect(form(console) != nil)
        #expect(text(console).contains("changed by sam at 10:31"))
        #expect(text(console).contains("Ctrl-R"))
        press(console, .ctrl("r"))
        #expect(store.requests.count == 1)
        #expect(meter(console) != nil)
    }
}
