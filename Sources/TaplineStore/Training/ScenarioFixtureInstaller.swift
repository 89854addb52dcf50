import TaplineDomain

/// A scenario's account as created for one attempt, and the earlier complaints on it.
public struct InstalledFixture: Sendable, Hashable {
    public let accountNumber: String
    /// The numbers of the fixture's earlier complaints, oldest first ("C-2025-000001").
    public let complaintNumbers: [String]
}

/// Creates a scenario's customer in the demo database: a fresh copy of the account for each attempt.
///
/// Each attempt gets its own copy so what one trainee did (a complaint logged, a plan set up,
/// an escalation to a Manager) never changes the next attempt's call: a retry of the repeat
/// complaint could not escalate to a Manager again. The first copy takes the scenario's account
/// number; later ones add two digits, "9000001005" → "900000100502", "900000100503", up to 99.
///
/// Everything goes in through the areas' own repositories, with their audit entries: the
/// account and its bills, a payment when the balance is less than the bills, the notes (and the
/// collection notices they name, for the restriction check), and earlier complaints in the complaints register with their escalation and reply (Charter
/// 3.1(d)). Payment plans cancelled in the last 12 months are not separate records: the
/// scenarios' notes say so in words.
public struct ScenarioFixtureInstaller: Sendable {
    let database: AppDatabase
    let calendar: BusinessCalendar

    /// The most copies of one scenario's account a demo database holds (attempt numbers 02–99).
    public static let maximumCopies = 99

    public init(_ database: AppDatabase, calendar: BusinessCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// Creates a fresh copy of `scenario`'s account for one attempt by `user`.
    public func install(_ scenario: Scenario, by user: String, at time: LocalDateTime) throws -> InstalledFixture {
        var copy = try firstFreeCopy(of: scenario.fixture.accountNumber)
        while true {
            let number = Self.number(of: scenario.fixture.accountNumber, copy: copy)
            let records = FixtureRecords(fixture: scenario.fixture, accountNumber: number, today: scenario.now.date)
            do {
                _ = try database.accounts.create(records.account, by: user, at: time)
            } catch StoreError.accountAlreadyExists {
                // Another console took this copy between the check and the create: take the next.
                copy += 1
                guard copy <= Self.maximumCopies else { throw Self.full(scenario) }
                continue
            }
            return InstalledFixture(accountNumber: number,
                                    complaintNumbers: try addHistory(records, scenario: scenario, by: user, at: time))
        }
    }

    /// The account number of copy `copy` (1 is the scenario's own number).
    static func number(of base: String, copy: Int) -> String {
        copy == 1 ? base : base + (copy < 10 ? "0" : "") + String(copy)
    }

    private func firstFreeCopy(of base: String) throws -> Int {
        for copy in 1...Self.maximumCopies where try database.accounts.account(Self.number(of: base, copy: copy)) == nil {
            return copy
        }
        throw StoreError.invalidAccount(accountNumber: base, reason: "every training copy is used")
    }

    private static func full(_ scenario: Scenario) -> StoreError {
        .invalidAccount(accountNumber: scenario.fixture.accountNumber,
                        reason: "this demo database already holds \(maximumCopies) copies of the “\(scenario.title)” account; "
                            + "start afresh with `tapline demo --reset`")
    }

    /// Adds the account's history; returns the numbers of the earlier complaints, oldest first.
    private func addHistory(_ records: FixtureRecords, scenario: Scenario, by user: String, at time: LocalDateTime) throws -> [String] {
        do {
            for bill in try records.issuedBills() { try database.accounts.addBill(bill) }
        } catch let error as BillError {
            throw StoreError.invalidAccount(accountNumber: records.accountNumber, reason: error.message)
        }
        if let payment = records.payment {
            try database.accounts.addPayment(payment, to: records.accountNumber, by: user, at: time)
        }
        for note in records.notes { try database.notes.add(note, to: records.accountNumber) }
        for event in records.collectionEvents {
            try database.collections.record(event, for: records.accountNumber, by: FixtureRecords.recordedBy, at: time)
        }
        let complaints = database.complaints(calendar: calendar)
        return try scenario.fixture.complaints.sorted(by: { $0.receivedAt < $1.receivedAt }).map { earlier in
            let logged = try complaints.log(try Self.complaint(earlier, on: records.accountNumber, calendar: calendar))
            // Earlier decisions at a higher level were made on that level's behalf (Charter 3.1(d)(1)).
            return try complaints.save(try Self.handled(logged, as: earlier), role: .supervisor).id
        }
    }

    /// An earlier complaint as it was logged, by phone when it was received.
    static func complaint(_ earlier: FixtureComplaint, on accountNumber: String, calendar: BusinessCalendar) throws -> Complaint {
        try Complaint.log(accountNumber: accountNumber, receivedAt: earlier.receivedAt, channel: .phone,
                          category: ComplaintCategory(rawValue: earlier.category) ?? .other, description: earlier.summary,
                          loggedBy: FixtureRecords.recordedBy, calendar: calendar)
    }

    /// An earlier complaint taken as far as the scenario says: escalated the next morning, replied to in the afternoon.
    static func handled(_ complaint: Complaint, as earlier: FixtureComplaint) throws -> Complaint {
        var handled = complaint
        let by = FixtureRecords.recordedBy
        if let name = earlier.escalatedTo, let level = TrainingNames.escalationLevel(named: name) {
            var at = LocalDateTime(date: earlier.receivedAt.date.adding(days: 1), hour: 9)
            if let responded = earlier.respondedOn, responded <= at.date { at = earlier.receivedAt }
            handled = try handled.escalated(to: level, at: at, by: by, note: "Customer asked for a \(level.title).")
        }
        if let responded = earlier.respondedOn {
            handled = try handled.responding(at: max(LocalDateTime(date: responded, hour: 14), handled.timeline.last?.at ?? earlier.receivedAt),
                                             by: ComplaintResponder(user: by, role: .supervisor), text: "Written reply sent.",
                                             reasons: "Recorded as earlier history for a training scenario.")
        }
        return handled
    }
}
