import TaplineDomain
import Testing
@testable import TaplineUI

/// One account's arrangements in memory, recorded and confirmed as the store adapter does, and
/// shown on the account as its banners.
final class MemoryArrangements: ArrangementsPort, AccountsPort, AccountContribution, @unchecked Sendable {
    var account = MemorySpecialNeeds().stored
    var bills: [Bill] = []
    var payments: [Payment] = []
    var arrangements: [PaymentArrangement] = []
    var letters: [String] = []

    init() {
        account.balance = Money(cents: 30_000)
        let address = MemorySpecialNeeds.address
        bills = [try! Bill(issueDate: CivilDate(iso: "2026-11-02")!, dueDate: CivilDate(iso: "2026-12-02")!, accountNumber: "1000000001",
                           billingAddress: address, propertyAddress: address,
                           usage: UsagePeriod(start: CivilDate(iso: "2026-08-01")!, end: CivilDate(iso: "2026-10-31")!, litres: 40_000,
                                              meterRead: .actual(CivilDate(iso: "2026-10-31")!)),
                           previousBillAmount: .zero, paymentsSinceLastBill: .zero,
                           charges: [Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: Money(cents: 30_000))],
                           concessionApplied: .zero)]
    }

    func start(accountNumber: String) throws -> ArrangementsStart? {
        ArrangementsStart(customerName: "Jane Smith", balance: account.balance, bills: bills, payments: payments, arrangements: arrangements)
    }

    func record(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String, at time: LocalDateTime) throws {
        arrangements.append(arrangement)
    }

    func writeConfirmation(for arrangement: PaymentArrangement, accountNumber: String, date: CivilDate) throws -> ArrangementLetter {
        let text = try ArrangementLetters.confirmation(for: arrangement, accountNumber: accountNumber, customerName: "Jane Smith",
                                                       addressLines: ["27 Gisborne Road", "Bacchus Marsh VIC 3340"],
                                                       contact: .westernWater, date: date)
        letters.append(text)
        return ArrangementLetter(path: "/letters/1000000001-\(arrangement.kindName)-\(date.iso).md", text: text)
    }

    func promisesToFollowUp(today: CivilDate, takenBy agent: String?) throws -> [PromiseToPay] {
        ArrangementStanding.promisesToFollowUp(arrangements, payments: payments, today: today).filter { agent == nil || $0.agent == agent }
    }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        AccountExtras(banners: ArrangementStanding.lines(arrangements, payments: payments, today: today).map {
            AccountBanner(text: $0.text, role: $0.needsFollowUp ? .warning : .info, mark: $0.needsFollowUp ? "▲" : nil)
        })
    }

    func search(_ query: String, limit: Int) throws -> AccountMatches { AccountMatches(total: "0", rows: []) }
    func open(_ accountNumber: String, by user: String, at time: LocalDateTime) throws -> AccountDetail? { try detail(accountNumber) }
    func detail(_ accountNumber: String) throws -> AccountDetail? {
        AccountDetail(account: account, flags: account.flags, bills: bills, payments: payments, interactions: [], notes: [])
    }
    func addNote(_ note: Note, to accountNumber: String) throws {}
}

@Suite("Payment arrangements (5.2(e), (g), 5.5(a)(2), (b), (d)): recorded from the account, confirmed in writing, shown on it")
struct ArrangementsScreenTests: AccountFormDriving {
    static let action = AccountAction(key: .character("d"), help: "payment arrangements: due date, promise, direct debit (5.2, 5.5)") {
        AnyScreen(ArrangementsScreen(context: $0))
    }
    /// Tue 1 Dec 2026.
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy", accountActions: [ArrangementsScreenTests.action])
    let store = MemoryArrangements()
    let formKey = Key.character("d")

    func register(into services: inout Services) {
        services.register(store, as: (any AccountsPort).self)
        services.register(store, as: (any ArrangementsPort).self)
        services.add(store)
    }

    func screen(_ console: Console) -> ArrangementsScreen? { console.top.state(as: ArrangementsScreen.self) }

    @Test func dOnTheAccountIsInHelp() {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, .function(1))
        #expect(text(console).contains("payment arrangements: due date, promise, direct debit"))
    }

    @Test func theFormOpensOnExtendingTheLatestBill() {
        let console = openForm()
        let shown = text(console)
        #expect(shown.contains("No payment arrangements on record."))
        #expect(shown.contains("◂ extend a bill's due date (5.5(d)) ▸"))
        #expect(shown.contains("◂ 2 Nov: $300.00, due 2 Dec 2026 ▸"))
        #expect(screen(console)?.form?[.amount] == "300.00")
    }

    /// From the arrangement field: down to the new due date, type it, F2.
    func extend(_ console: Console, to date: String) {
        press(console, .tab, .tab, .tab)
        type(console, date)
        press(console, .function(2))
    }

    @Test func extendingADueDateShowsItsLetterWithTheDateDueThenTheAccountShowsIt_5_5d_5_5b() {
        // Given the agent on the arrangements screen
        let console = openForm()
        // When they extend the bill's due date to Tue 15 Dec 2026 and press F2
        extend(console, to: "2026-12-15")
        // Then it is recorded, and its letter shows with the day written confirmation is due (10 business days)
        #expect(store.arrangements.count == 1)
        let letter = text(console)
        #expect(letter.contains("Confirm in writing by Tue 15 Dec 2026 (10 business days, Charter 5.5(b))"))
        #expect(letter.contains("✔ Due date extended to Tue 15 Dec 2026 (5.5(d)) · bill issued Mon 2 Nov 2026"))
        press(console, .pageDown)
        #expect(text(console).contains("from 2 December 2026 to **15 December 2026**"))
        // And back on the arrangements screen the extension is listed, the form fresh
        press(console, .escape)
        let list = text(console)
        #expect(list.contains("1 Dec 2026  Due date extended to Tue 15 Dec 2026 (5.5(d)) · bill issued Mon 2"))
        #expect(list.contains("◂ 2 Nov: $300.00, due 15 Dec 2026 ▸"), "the bill's due date now is the extended one")
        #expect(screen(console)?.hasUnsavedInput == false)
        // And on the account
        press(console, .escape)
        #expect(console.top.state(as: AccountScreen.self) != nil)
        #expect(text(console).contains("Due date extended to Tue 15 Dec 2026 (5.5(d)) · bill issued Mon 2 Nov 2026"))
    }

    @Test func aWeekendDateIsRefusedUnderItsFieldAndWhatWasTypedStays_5_5d() {
        let console = openForm()
        extend(console, to: "2026-12-12")
        #expect(store.arrangements.isEmpty)
        #expect(text(console).contains("✖ Sat 12 Dec 2026 is a weekend; the next business day is Mon"))
        #expect(screen(console)?.form?.focus == .newDueDate)
        #expect(screen(console)?.form?[.newDueDate] == "2026-12-12")
    }

    @Test func aMalformedDateIsRefusedInWords() {
        let console = openForm()
        extend(console, to: "15/12/2026")
        #expect(text(console).contains("✖ “15/12/2026” is not a date — use YYYY-MM-DD"))
    }

    @Test func aPromiseToPayIsConfirmedWithItsDateAndShownOnTheAccount_5_5a() {
        let console = openForm()
        press(console, .right)
        #expect(screen(console)?.form?[.amount] == "300.00", "the amount owed to start from")
        press(console, .tab, .ctrl("u"))
        type(console, "120")
        press(console, .tab)
        type(console, "2026-12-04")
        press(console, .function(2))
        #expect(text(console).contains("Confirm in writing by Tue 15 Dec 2026 (10 business days, Charter 5.5(b)):"))
        press(console, .pageDown)
        #expect(text(console).contains("you would pay **$120.00** by **4 December"))
        press(console, .escape, .escape)
        #expect(text(console).contains("Promise to pay $120.00 by Fri 4 Dec 2026 (5.5(a))"))
    }

    @Test func aMalformedAmountIsRefusedUnderItsField() {
        let console = openForm()
        press(console, .right, .tab, .ctrl("u"))
        type(console, "12x")
        press(console, .tab)
        type(console, "2026-12-04")
        press(console, .function(2))
        #expect(text(console).contains("✖ “12x” is not an amount — use digits like 1234.56"))
        #expect(screen(console)?.form?.focus == .amount)
    }

    @Test func directDebitIsRecordedOnlyWhenTheCustomerChoseItAndShownMasked_5_2g() {
        let console = openForm()
        press(console, .right, .right)
        #expect(screen(console)?.form?[.kind] == "direct debit (5.2(g))")
        press(console, .tab, .tab)
        type(console, "063-000")
        press(console, .tab)
        type(console, "12345678")
        // The first debit is today unless typed; the customer has not been asked
        press(console, .function(2))
        #expect(store.arrangements.isEmpty)
        #expect(text(console).contains("✖ ask the customer: record it only when they choose it (→);"))
        #expect(screen(console)?.form?.focus == .customerChose)
        press(console, .right, .function(2))
        #expect(store.arrangements.count == 1)
        #expect(text(console).contains("bank account ending 5678 (BSB 063-•••)"))
        #expect(!text(console).contains("12345678"))
        press(console, .escape, .escape)
        #expect(text(console).contains("Direct debit (chosen by the customer, 5.2(g)) from Tue 1 Dec 2026"))
    }

    @Test func aRedirectionTakesThePayersPostalAddressCheckedFieldByField_5_5a2() {
        let console = openForm()
        for _ in 0..<8 where screen(console)?.form?[.kind] != "redirect bills (5.5(a)(2))" { press(console, .right) }
        #expect(screen(console)?.form?[.kind] == "redirect bills (5.5(a)(2))")
        press(console, .tab)
        type(console, "Sam Carter")
        press(console, .tab)
        type(console, "4 Smith Street")
        press(console, .tab, .tab, .tab)
        type(console, "33")
        press(console, .tab)
        type(console, "2026-11-30")
        press(console, .function(2))
        // The suburb is missing and the postcode short: refused under each, nothing recorded
        #expect(text(console).contains("✖ the suburb or town is required"))
        #expect(text(console).contains("✖ a postcode is 4 digits"))
        #expect(store.arrangements.isEmpty)
        // The focus is on the first field refused
        #expect(screen(console)?.form?.focus == .payerSuburb)
        type(console, "Melton")
        press(console, .tab, .tab)
        type(console, "37")
        press(console, .function(2))
        guard case .billRedirection(let redirection)? = store.arrangements.first else {
            Issue.record("no redirection recorded: \(text(console))")
            return
        }
        #expect(redirection.payerPostalAddress == Address(lines: ["4 Smith Street"], suburb: "Melton", postcode: "3337"))
        #expect(redirection.payerAddress == "4 Smith Street, Melton VIC 3337")
    }

    @Test func aMissedPromiseIsOnTheAccountForFollowUp_5_5a() throws {
        // Given a promise of $120.00 by Fri 27 Nov 2026 and only $20.00 paid since
        store.arrangements = [.promiseToPay(try PromiseToPay(accountNumber: "1000000001", amount: Money(cents: 12_000),
                                                             promisedBy: CivilDate(iso: "2026-11-27")!, madeOn: CivilDate(iso: "2026-11-20")!,
                                                             agent: "sam", calendar: .victoria))]
        store.payments = [Payment(date: CivilDate(iso: "2026-11-23")!, amount: Money(cents: 2_000), method: .internet)]
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        #expect(text(console).contains("▲ Promise to pay $120.00 by Fri 27 Nov 2026 MISSED ($20.00 paid)"))
        press(console, .character("d"))
        #expect(text(console).contains("▲ MISSED · 20 Nov 2026  Promise to pay $120.00 by Fri 27 Nov 2026"))
    }

    @Test func homeCountsAMissedPromiseForWhoeverTookItAndForSupervisors_5_5a() throws {
        store.arrangements = [.promiseToPay(try PromiseToPay(accountNumber: "1000000001", amount: Money(cents: 12_000),
                                                             promisedBy: CivilDate(iso: "2026-11-27")!, madeOn: CivilDate(iso: "2026-11-20")!,
                                                             agent: "sam", calendar: .victoria))]
        let counts = ArrangementHomeCounts(port: store)
        #expect(try counts.homeCounts(user: "sam", role: .agent, today: env.today, calendar: .victoria) == [HomeCount("1 promise to pay missed", role: .warning)])
        #expect(try counts.homeCounts(user: "amy", role: .agent, today: env.today, calendar: .victoria).isEmpty)
        #expect(try counts.homeCounts(user: "pat", role: .supervisor, today: env.today, calendar: .victoria).count == 1)
    }

    @Test func escAsksBeforeThrowingTypingAway() {
        let console = openForm()
        press(console, .tab, .tab, .tab)
        type(console, "2026-12")
        press(console, .escape)
        #expect(text(console).contains("What you typed here is not saved and will be lost."))
        press(console, .character("n"))
        #expect(screen(console)?.form?[.newDueDate] == "2026-12", "kept")
    }

    @Test func theCursorIsOnTheFocusedField() {
        let console = openForm()
        press(console, .tab, .tab, .tab)
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        let row = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("New due date") }
        #expect(canvas.cursor?.y == row)
    }
}
