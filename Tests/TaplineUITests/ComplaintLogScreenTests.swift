import Testing
@testable import TaplineDomain
@testable import TaplineUI

@Suite("Log complaint form: reply date as soon as receipt is typed, validation, save, letter")
struct ComplaintLogScreenTests {
    typealias F = ComplaintScreenFixtures

    func open(_ port: InMemoryComplaints = InMemoryComplaints(), env: ScreenEnvironment = F.env()) -> Console {
        F.console(LogComplaintScreen(context: F.account), port: port, env: env)
    }

    func screen(_ console: Console) -> LogComplaintScreen { console.top.state(as: LogComplaintScreen.self)! }

    /// Replaces the time of receipt (the first field, focused when the form opens).
    func typeReceipt(_ text: String, into console: Console, env: ScreenEnvironment) {
        console.handle(.ctrl("u"), env: env)
        F.type(text, into: console, env: env)
    }

    /// Moves focus to `field` with Tab.
    func focus(_ field: LogComplaintScreen.Field, in console: Console, env: ScreenEnvironment) {
        while screen(console).form.focus != field { console.handle(.tab, env: env) }
    }

    @Test func receiptDefaultsToNowAndTheReplyDateShowsAtOnce_3_1a() {
        // Given the form opened on Thu 17 Apr 2025 at 10:30, the day before Good Friday
        let env = F.env()
        let console = open(env: env)
        // Then receipt is now and the reply is due Tue 6 May 2025 (Good Friday, Easter Monday, ANZAC Day skipped)
        let text = F.render(console, env: env).text
        #expect(text.contains("Received at"))
        #expect(text.contains("2025-04-17 10:30"))
        #expect(text.contains("Reply due: Tue 6 May 2025"))
        #expect(text.contains("the 10th business day after Thu 17 Apr 2025 (Charter 3.1(a))"))
        #expect(!screen(console).hasUnsavedInput, "a default is not something the agent typed")
    }

    @Test("the reply date follows the receipt as it is typed, whatever the hour or day", arguments: [
        ("2025-04-11 23:59", "Wed 30 Apr 2025"),   // a Friday just before midnight, across Easter and ANZAC Day
        ("2025-04-20 12:00", "Tue 6 May 2025"),    // Easter Sunday counts from that calendar date
        ("2025-04-18 08:00", "Tue 6 May 2025"),    // Good Friday, a public holiday
        ("2025-04-16 16:45", "Mon 5 May 2025"),    // the Wednesday before Easter
        ("2026-04-02 09:00", "Mon 20 Apr 2026"),   // the Thursday before Easter 2026
    ])
    func replyDateFollowsTheReceiptTyped_3_1a(receipt: String, due: String) {
        let env = F.env("2026-05-01T09:00")
        let console = open(env: env)
        // When the agent types a receipt one character short of complete
        typeReceipt(String(receipt.dropLast()), into: console, env: env)
        // Then no date is shown yet, and it appears with the last character
        #expect(F.render(console, env: env).text.contains("Reply due: shown once the time of receipt is a valid YYYY-MM-DD HH:MM"))
        F.type(String(receipt.last!), into: console, env: env)
        #expect(F.render(console, env: env).text.contains("Reply due: \(due)"))
    }

    @Test func eachBadFieldSaysWhatIsWrongAndNothingIsSaved() {
        // Given a receipt that is not a date, no description, and a disputed amount with three decimals
        let env = F.env()
        let port = InMemoryComplaints()
        let console = open(port, env: env)
        typeReceipt("2025-13-01 10:00", into: console, env: env)
        focus(.disputedAmount, in: console, env: env)
        F.type("12.345", into: console, env: env)
        // When the agent presses F2
        console.handle(.function(2), env: env)
        // Then each field has its message, the status line says why, and nothing reached the register
        let text = F.render(console, env: env).text
        #expect(text.contains("✖ use YYYY-MM-DD HH:MM, e.g. 2025-04-17 10:30"))
        #expect(text.contains("✖ describe the complaint"))
        #expect(text.contains("✖ “12.345” has more than two decimal places"))
        #expect(text.contains("Not saved: correct the fields marked ✖"))
        #expect(port.all.isEmpty)
        #expect(screen(console).form.focus == .receivedAt, "focus goes to the first field to fix")
        #expect(screen(console).hasUnsavedInput)
    }

    @Test("a disputed amount must be a positive amount", arguments: [
        ("0", "must be more than $0.00; leave it empty if none"),
        ("-5", "must be more than $0.00; leave it empty if none"),
        ("abc", "“abc” is not an amount — use digits like 1234.56"),
    ])
    func aDisputedAmountMustBePositive_3_1e(typed: String, message: String) {
        let env = F.env()
        let console = open(env: env)
        focus(.disputedAmount, in: console, env: env)
        F.type(typed, into: console, env: env)
        console.handle(.function(2), env: env)
        #expect(F.render(console, env: env).text.contains("✖ " + message))
    }

    @Test func aReceiptLaterThanNowIsRefused() {
        let env = F.env()
        let console = open(env: env)
        typeReceipt("2025-04-17 11:00", into: console, env: env)
        console.handle(.function(2), env: env)
        #expect(F.render(console, env: env).text.contains("✖ cannot be after now (Thu 17 Apr 2025 10:30)"))
    }

    @Test func savingLogsTheComplaintWithItsNumberAndRecordsItForTraining_3_1a() throws {
        // Given a disputed-bill complaint received yesterday by letter
        let env = F.env()
        let port = InMemoryComplaints()
        let console = open(port, env: env)
        typeReceipt("2025-04-16 16:45", into: console, env: env)
        focus(.channel, in: console, env: env)
        console.handle(.right, env: env)                        // Phone → Email
        console.handle(.right, env: env)                        // → Letter
        focus(.category, in: console, env: env)
        console.handle(.right, env: env)                        // Billing → Disputed amount
        focus(.description, in: console, env: env)
        F.type("Estimated reading; usage charge is wrong.", into: console, env: env)
        focus(.disputedAmount, in: console, env: env)
        F.type("684.90", into: console, env: env)
        #expect(screen(console).hasUnsavedInput)
        // When F2 saves it
        console.handle(.function(2), env: env)
        console.settle(services: F.services(port), env: env)
        // Then the register has it, the screen shows its number, and training sees the due date shown
        let saved = try #require(port.all.first)
        #expect(saved.id == "C-2025-000001")
        #expect(saved.channel == .letter && saved.category == .disputedAmount)
        #expect(saved.disputedAmount == Money(dollars: 684, cents: 90))
        #expect(saved.receivedAt == F.time("2025-04-16T16:45"))
        #expect(saved.timeline.first?.agent == "amy" && saved.timeline.first?.at == env.now)
        let text = F.render(console, env: env).text
        #expect(text.contains("✔ Logged as C-2025-000001"))
        #expect(text.contains("Complaint C-2025-000001 logged — reply due Mon 5 May 2025"))
        #expect(text.contains("Press a to write the acknowledgement letter"))
        #expect(console.traineeActions.map(\.action) == [
            .loggedComplaint(dueDate: F.date("2025-05-05"), receivedAt: F.time("2025-04-16T16:45"),
                             disputedAmount: Money(dollars: 684, cents: 90), category: "disputed-amount"),
        ])
        #expect(!screen(console).hasUnsavedInput)
    }

    @Test func theAcknowledgementLetterIsWrittenAndTheCustomerRecordedAsTold_3_1f() throws {
        let env = F.env()
        let port = InMemoryComplaints()
        let console = open(port, env: env)
        focus(.description, in: console, env: env)
        F.type("Low pressure every morning.", into: console, env: env)
        console.handle(.function(2), env: env)
        console.settle(services: F.services(port), env: env)
        // When the agent presses a
        console.handle(.character("a"), env: env)
        console.settle(services: F.services(port), env: env)
        // Then the letter's path shows, and the complaint records that every right was stated
        let text = F.render(console, env: env).text
        #expect(text.contains("✔ Acknowledgement letter written:"))
        #expect(text.contains("/letters/C-2025-000001-acknowledgement-2025-04-17.md"))
        #expect(port.letters.map(\.0) == [.acknowledgement])
        #expect(try #require(port.all.first).rightsNotYetInformed.isEmpty)
        // And Enter opens the complaint in place of the form
        console.handle(.enter, env: env)
        #expect(console.top.title == "Complaint C-2025-000001")
    }

    @Test func aLongDescriptionStopsAt1000CharactersAndSaysSo() {
        let env = F.env()
        let console = open(env: env)
        focus(.description, in: console, env: env)
        F.type(String(repeating: "x", count: 1_001), into: console, env: env)
        #expect(screen(console).form[.description].count == 1_000)
        let text = F.render(console, env: env).text
        #expect(text.contains("✖ at most 1000 characters"))
        #expect(text.contains("Reply due: Tue 6 May 2025"))
    }

    @Test func aSaveThatFailsIsShownAndTheFormKept() {
        // Given a console where no complaints register is wired
        let env = F.env()
        let console = Console(root: AnyScreen(LogComplaintScreen(context: F.account)))
        console.start(env: env)
        console.settle(services: Services(), env: env)
        focus(.description, in: console, env: env)
        F.type("No port wired.", into: console, env: env)
        console.handle(.function(2), env: env)
        console.settle(services: Services(), env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("Not saved: ComplaintsPort is not available in this console"))
        #expect(screen(console).saved == nil && screen(console).hasUnsavedInput)
    }
}
