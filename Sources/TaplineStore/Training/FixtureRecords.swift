import Foundation
import TaplineDomain

/// The account, bills, payment and notes a scenario's fixture describes, as the store keeps them.
///
/// A scenario file describes its customer in a few words (a name, "27 Barkly Street, Sunbury
/// VIC 3429", a balance, bills by amount); this fills in what the account screen shows so the
/// call looks like any other: the bills' periods, usage and charges, and a payment when the
/// balance is less than the bills (the customer paid them).
struct FixtureRecords {
    let fixture: ScenarioFixture
    let accountNumber: String
    /// The scenario's day: history is dated before it.
    let today: CivilDate

    /// Who the fixture's history is recorded as, in notes and complaint timelines.
    static let recordedBy = "training"

    /// What water costs a kilolitre, to turn a usage charge into litres.
    static let centsPerKilolitre: Int64 = 330

    var address: Address { Self.address(fixture.propertyAddress) }

    var bills: [FixtureBill] { fixture.bills.sorted { $0.issuedOn < $1.issuedOn } }

    /// The balance carried into the first bill, so the last bill's amount due is the balance.
    var openingBalance: Money { max(fixture.balance - bills.map(\.amount).sum(), .zero) }

    /// What the customer paid after the last bill, when the balance is less than the bills.
    var payment: Payment? {
        let paid = bills.map(\.amount).sum() - fixture.balance
        guard paid > .zero, let last = bills.last else { return nil }
        let day = min(last.dueOn.adding(days: -2), today.adding(days: -1))
        return Payment(date: max(day, last.issuedOn), amount: paid, method: .internet)
    }

    var account: Account {
        let concession: Concession = fixture.concession ? .card(.healthCareCard, number: "TRAINING") : .none
        let lifeSupport = fixture.lifeSupport
            ? SpecialNeedsRegistration(need: .lifeSupport, registeredOn: registrationDate,
                                       notes: "Life-support equipment (training scenario)")
            : nil
        return Account(accountNumber: accountNumber, billingAddress: address, concession: concession,
                       customers: [Customer(name: fixture.customerName, isPrimary: true)],
                       property: Property(address: address, servicePipeSizeMillimetres: 20,
                                          occupancy: fixture.tenant ? .tenant : .owner),
                       balance: openingBalance, specialNeeds: lifeSupport)
    }

    /// The bills as issued, each carrying the one before it, with nothing paid in between.
    func issuedBills() throws(BillError) -> [Bill] {
        var previous = openingBalance
        var issued: [Bill] = []
        for bill in bills {
            let usage = bill.usageCharge ?? Money(cents: bill.amount.cents * 55 / 100)
            let end = bill.issuedOn.adding(days: -1)
            let period = UsagePeriod(start: end.adding(days: -90), end: end,
                                     litres: Int(usage.cents * 1000 / Self.centsPerKilolitre),
                                     meterRead: bill.estimatedRead ? .estimated : .actual(end))
            let next = try Bill(issueDate: bill.issuedOn, dueDate: bill.dueOn, accountNumber: accountNumber,
                                billingAddress: address, propertyAddress: address, usage: period,
                                previousBillAmount: previous, paymentsSinceLastBill: .zero,
                                charges: [Charge(kind: .serviceCharge, service: .water, description: "Water and sewerage service charges",
                                                 amount: bill.amount - usage),
                                          Charge(kind: .usageCharge, service: .water, description: "Water usage", amount: usage)],
                                concessionApplied: .zero)
            issued.append(next)
            previous = next.amountDue
        }
        return issued
    }

    /// The fixture's notes, dated by their "2025-08-01: " prefix (at 9 am), else the day before the call.
    var notes: [Note] {
        fixture.notes.map { text in
            let (date, rest) = Self.datedText(text)
            return Note(text: rest, agent: Self.recordedBy, at: LocalDateTime(date: date ?? today.adding(days: -1), hour: 9))
        }
    }

    /// The collection steps the dated notes describe (Charter 6, 7.1), so the restriction check
    /// sees the notices the scenario talks about: a dated note starting "Final Notice",
    /// "Notice Before Restriction" (which carries the hardship information, 6.3(a)) or "Attempt
    /// to contact" records that step on its date.
    var collectionEvents: [CollectionEvent] {
        fixture.notes.map(Self.datedText).compactMap { date, text in
            guard let date else { return nil }
            let lower = text.lowercased()
            if lower.hasPrefix("final notice") { return CollectionEvent(.finalNotice, on: date, note: text) }
            if lower.hasPrefix("notice before restriction") {
                return CollectionEvent(.noticeBeforeRestriction, on: date, includedHardshipInformation: true, note: text)
            }
            if lower.hasPrefix("attempt to contact") { return CollectionEvent(.contactAttempt, on: date, note: text) }
            return nil
        }
    }

    /// The day a note says the customer registered for life support, else two years before the call.
    var registrationDate: CivilDate {
        let dated = fixture.notes.map(Self.datedText).first { $0.text.lowercased().contains("life support") }
        return dated?.date ?? today.adding(days: -730)
    }

    /// "2025-08-01: Notice sent." → (1 Aug 2025, "Notice sent."); text without a date prefix stays whole.
    static func datedText(_ text: String) -> (date: CivilDate?, text: String) {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let date = CivilDate(iso: String(parts[0]).trimmingCharacters(in: .whitespaces)) else {
            return (nil, text)
        }
        return (date, String(parts[1]).trimmingCharacters(in: .whitespaces))
    }

    /// "27 Barkly Street, Sunbury VIC 3429" → lines ["27 Barkly Street"], Sunbury, VIC, 3429.
    ///
    /// The last part must end "<state> <postcode>"; anything else is kept whole as the first line.
    static func address(_ text: String) -> Address {
        var parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let last = parts.popLast().map { $0.split(separator: " ").map(String.init) } ?? []
        guard last.count >= 3, !parts.isEmpty, last[last.count - 1].allSatisfy(\.isNumber) else {
            return Address(lines: [text], suburb: "", postcode: "", state: "")
        }
        return Address(lines: parts, suburb: last.dropLast(2).joined(separator: " "), postcode: last[last.count - 1],
                       state: last[last.count - 2])
    }
}
