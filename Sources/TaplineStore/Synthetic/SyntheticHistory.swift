import TaplineDomain

/// An account with its history, ready to load: what the synthetic generator makes, and what
/// the PostgreSQL loader writes (an imported account has no history yet).
public struct SyntheticAccount: Sendable {
    public var account: Account
    public var bills: [Bill]
    public var payments: [Payment]
    public var interactions: [Interaction]
    public var notes: [Note]

    public init(account: Account, bills: [Bill], payments: [Payment], interactions: [Interaction], notes: [Note]) {
        self.account = account
        self.bills = bills
        self.payments = payments
        self.interactions = interactions
        self.notes = notes
    }
}

/// Builds three years of bills (one every four months, Charter 4.1) with seasonal usage, the
/// payments a household's habit makes, and a few contacts and notes.
enum SyntheticHistory {
    static let billsPerAccount = 9
    static let agents = ["asmith", "bnguyen", "cpatel", "dobrien", "ewilliams", "fchen", "gmorris", "hsingh"]

    static func build(_ household: SyntheticHousehold, today: CivilDate, _ random: inout SplitMix64) -> SyntheticAccount {
        var account = household.account
        let lastEnd = today.adding(days: -(4 + household.cycleOffsetDays))
        var start = lastEnd.adding(months: -4 * billsPerAccount).adding(days: 1)
        var bills: [Bill] = []
        var payments: [Payment] = []
        var previousAmount = Money.zero
        var lastIssue: CivilDate?
        var register = openingRegisterLitres(account.accountNumber)
        for index in 0..<billsPerAccount {
            let end = lastEnd.adding(months: -4 * (billsPerAccount - 1 - index))
            let issue = end.adding(days: 4)
            let due = Bill.earliestDueDate(issuedOn: issue).adding(days: random.below(3))
            var usage = usagePeriod(household, start: start, end: end, &random)
            register += usage.litres
            usage.closingRegisterLitres = register
            let charges = SyntheticTariff.charges(
                usage: usage, pipeMillimetres: account.property.servicePipeSizeMillimetres, sewered: household.sewered,
                waterways: household.suburb.waterwaysCharge && index % 3 == 0,
                specialReading: account.property.specialReadingIsChargeable && random.chance(percent: 2))
            let paid = payments.filter { payment in lastIssue.map { payment.date > $0 } ?? true }.map(\.amount).sum()
            // Every value here satisfies Bill's rules by construction (due ≥ issue + 28, issue after the period).
            let bill = try! Bill(issueDate: issue, dueDate: due, accountNumber: account.accountNumber,
                                 billingAddress: account.billingAddress, propertyAddress: account.property.address, usage: usage,
                                 previousBillAmount: previousAmount, paymentsSinceLastBill: paid, charges: charges,
                                 concessionApplied: account.concession.isHeld ? SyntheticTariff.concession(on: charges) : .zero)
            bills.append(bill)
            payments += pay(bill, habit: household.habit, today: today, &random)
            previousAmount = bill.amountDue
            lastIssue = issue
            start = end.adding(days: 1)
        }
        let paidSinceLastBill = payments.filter { $0.date > lastIssue! }.map(\.amount).sum()
        account.balance = previousAmount - paidSinceLastBill
        return SyntheticAccount(account: account, bills: bills, payments: payments,
                                interactions: interactions(household, today: today, &random), notes: notes(today: today, &random))
    }

    /// The meter's register when the history starts: a few hundred kilolitres, taken from the
    /// account number rather than the random stream, so every other value seeded stays as it was.
    static func openingRegisterLitres(_ accountNumber: String) -> Int {
        let digits = accountNumber.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 1_000_003 }
        return 100_000 + (digits % 900) * 1_000 + digits % 997
    }

    /// Usage for a period: the household's size, the season and some noise; 4% are estimated.
    static func usagePeriod(_ household: SyntheticHousehold, start: CivilDate, end: CivilDate, _ random: inout SplitMix64) -> UsagePeriod {
        let days = start.days(until: end) + 1
        let middle = start.adding(days: days / 2)
        let season = SyntheticTariff.seasonalFactor(month: middle.month)
        let typical = Double(household.suburb.typicalDailyLitres) * season
        let size = 0.45 + 0.22 * Double(household.occupants)
        let noise = 0.8 + 0.4 * random.unit()
        let litres = Int(typical * size * noise) * days
        let read: MeterRead = random.chance(percent: 4) ? .estimated : .actual(end)
        return UsagePeriod(start: start, end: end, litres: litres, meterRead: read,
                           neighbourhoodAverageLitres: Int(typical) * days)
    }

    static let promptMethods = WeightedTable<PaymentMethod>([
        (.internet, 50), (.phoneCard, 15), (.postOffice, 12), (.inPerson, 5), (.mail, 5),
    ])

    /// The payments made against one bill, up to `today`.
    static func pay(_ bill: Bill, habit: SyntheticHousehold.PaymentHabit, today: CivilDate, _ random: inout SplitMix64) -> [Payment] {
        let owed = bill.amountDue
        var payments: [Payment] = []
        switch habit {
        case .prompt:
            if owed > .zero {
                payments.append(Payment(date: bill.issueDate.adding(days: random.inRange(5...25)), amount: owed,
                                        method: promptMethods.pick(&random)))
            }
        case .directDebit:
            if owed > .zero { payments.append(Payment(date: bill.dueDate, amount: owed, method: .directDebit)) }
        case .late:
            if owed > .zero {
                payments.append(Payment(date: bill.dueDate.adding(days: random.inRange(5...40)), amount: owed,
                                        method: promptMethods.pick(&random)))
            }
        case .struggling:
            if owed > .zero, !random.chance(percent: 40) {
                let share = random.chance(percent: 15) ? 100 : random.inRange(20...70)
                payments.append(Payment(date: bill.dueDate.adding(days: random.inRange(-10...30)),
                                        amount: Money(cents: owed.cents * Int64(share) / 100), method: promptMethods.pick(&random)))
            }
        case .inAdvance:
            let amount = max(owed, .zero) + Money(cents: bill.newCharges.cents / 5)
            payments.append(Payment(date: bill.issueDate.adding(days: random.inRange(3...10)), amount: amount, method: .inAdvance))
        case .centrepay:
            let instalment = Money(cents: max(bill.newCharges.cents - bill.concessionApplied.cents, 4_000) / 4)
            for month in 0..<4 {
                payments.append(Payment(date: bill.issueDate.adding(days: 7 + 30 * month), amount: instalment, method: .centrepay))
            }
        }
        return payments.filter { $0.date <= today && $0.amount > .zero }
    }

    static let contactSummaries = [
        "Asked when the next bill is due", "Reported a leak at the meter; job raised", "Updated phone number",
        "Asked about concession eligibility (Charter 5.3)", "Requested a copy of the last bill", "Enquired about high usage",
        "Asked for a special meter reading (Charter 4.3)", "Moved in: confirmed details", "Asked about payment methods",
        "Meter access: dog on the property", "Discussed a payment plan (Charter 5.4)", "Complained about water pressure",
    ]
    static let channels = WeightedTable<InteractionChannel>([(.phone, 60), (.email, 18), (.letter, 6), (.inPerson, 5), (.sms, 5), (.webChat, 6)])

    static func interactions(_ household: SyntheticHousehold, today: CivilDate, _ random: inout SplitMix64) -> [Interaction] {
        let count = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3][random.below(10)] + (household.habit == .struggling ? 1 : 0)
        return (0..<count).map { _ in
            let summary = household.habit == .struggling && random.chance(percent: 50)
                ? "Discussed payment difficulties; told about the hardship program (Charter 5.5)"
                : random.pick(contactSummaries)
            return Interaction(channel: channels.pick(&random), at: workingMoment(today: today, &random),
                               agent: random.pick(agents), summary: summary)
        }.sorted { $0.at < $1.at }
    }

    static let noteTexts = [
        "Prefers contact by email", "Dog on property: meter reader to call ahead", "Hard of hearing: speak clearly",
        "Interpreter required: Vietnamese", "Interpreter required: Mandarin", "Gate is locked: key with neighbour at no. 12",
        "Works night shift: call after 2 pm", "Asked not to be called at work",
    ]

    static func notes(today: CivilDate, _ random: inout SplitMix64) -> [Note] {
        let count = [0, 0, 0, 0, 0, 1, 1, 1, 2, 0][random.below(10)]
        return (0..<count).map { _ in
            Note(text: random.pick(noteTexts), agent: random.pick(agents), at: workingMoment(today: today, &random))
        }.sorted { $0.at < $1.at }
    }

    /// A moment in business hours in the last three years.
    static func workingMoment(today: CivilDate, _ random: inout SplitMix64) -> LocalDateTime {
        LocalDateTime(date: today.adding(days: -random.below(3 * 365)), hour: random.inRange(8...16),
                      minute: random.below(60), second: random.below(60))
    }
}
