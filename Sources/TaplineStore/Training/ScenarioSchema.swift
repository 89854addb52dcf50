import TaplineDomain

/// Turns the tables of a parsed scenario file into a `Scenario`, checking every key.
///
/// The key names and rules are documented on `ScenarioLoader`.
enum ScenarioSchema {
    static func scenario(_ root: ScenarioTableReader) throws(ScenarioFieldError) -> Scenario {
        try root.allowOnly(["id", "title", "summary", "start_screen", "now", "fixture", "lines", "expectations"])
        let id = try root.string("id")
        guard id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw root.fail("id", "scenario id “\(id)” may use only lower-case letters, digits and hyphens")
        }
        let lines = try root.tables("lines", title: "lines").map { reader throws(ScenarioFieldError) in try callerLine(reader) }
        guard !lines.isEmpty else { throw root.fail(nil, "a scenario needs at least one [[lines]] entry for the caller") }
        let expectationReaders = try root.tables("expectations", title: "expectations")
        guard !expectationReaders.isEmpty else { throw root.fail(nil, "a scenario needs at least one [[expectations]] entry") }
        var expectations: [ScenarioExpectation] = []
        for reader in expectationReaders {
            let next = try expectation(reader)
            if expectations.contains(where: { $0.id == next.id }) {
                throw reader.fail("id", "expectation id “\(next.id)” is used twice")
            }
            expectations.append(next)
        }
        let startScreen = try root.string("start_screen")
        guard startScreens.contains(startScreen) else {
            throw root.fail("start_screen", "unknown start screen “\(startScreen)” (the console can start on: "
                            + startScreens.joined(separator: ", ") + ")")
        }
        let fixture = try fixture(try root.table("fixture"))
        if startScreen == "complaint", fixture.complaints.isEmpty {
            throw root.fail("start_screen", "start_screen “complaint” opens the fixture's latest complaint, but it has none "
                            + "(add a [[fixture.complaints]])")
        }
        return Scenario(id: id, title: try root.string("title"), summary: try root.string("summary"),
                        startScreen: startScreen, now: try root.dateTime("now"),
                        fixture: fixture, callerLines: lines, expectations: expectations)
    }

    /// The screens the console can open a scenario on: the account, or the latest of the
    /// fixture's complaints (over the account) for a call about a complaint already made.
    static let startScreens = ["account", "complaint"]

    // MARK: - Fixture

    /// The longest fixture account number: each attempt after the first gets a fresh copy of the
    /// account under the number with two more digits, and account numbers have at most 12.
    static let longestFixtureNumber = AccountNumber.allowedLengths.upperBound - 2

    private static func fixture(_ table: ScenarioTableReader) throws(ScenarioFieldError) -> ScenarioFixture {
        try table.allowOnly(["account", "name", "address", "balance", "life_support", "concession", "tenant",
                             "plans_cancelled_last_12_months", "bills", "complaints", "notes"])
        let account = try table.string("account")
        if let problem = AccountNumber.problem(with: account) { throw table.fail("account", problem) }
        guard account.count <= longestFixtureNumber else {
            throw table.fail("account", "account number “\(account)” must have at most \(longestFixtureNumber) digits "
                             + "(later attempts add two)")
        }
        let cancelled = try table.int("plans_cancelled_last_12_months", default: 0)
        guard cancelled >= 0 else { throw table.fail("plans_cancelled_last_12_months", "plans cancelled cannot be negative") }
        let bills = try table.tables("bills", title: "fixture.bills").map { reader throws(ScenarioFieldError) in
            try reader.allowOnly(["issued", "due", "amount", "estimated", "usage"])
            let amount = try reader.money("amount")
            let usage = try reader.optionalMoney("usage")
            if let usage, usage.isNegative || usage > amount {
                throw reader.fail("usage", "the usage charge \(usage.formatted) must be between $0.00 and the bill's amount \(amount.formatted)")
            }
            let issued = try reader.date("issued"), due = try reader.date("due")
            guard due >= Bill.earliestDueDate(issuedOn: issued) else {
                throw reader.fail("due", "a bill issued \(issued.display) cannot be due \(due.display): "
                                  + "at least 28 days are given to pay (Charter 5.1)")
            }
            return FixtureBill(issuedOn: issued, dueOn: due, amount: amount,
                               estimatedRead: try reader.bool("estimated", default: false), usageCharge: usage)
        }
        let complaints = try table.tables("complaints", title: "fixture.complaints").map { reader throws(ScenarioFieldError) in
            try reader.allowOnly(["received", "category", "summary", "escalated_to", "responded"])
            let category = try reader.string("category")
            guard ComplaintCategory(rawValue: category) != nil else {
                let known = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.fail("category", "unknown complaint category “\(category)” (expected one of: \(known))")
            }
            let level = try reader.optionalString("escalated_to")
            if let level, TrainingNames.escalationLevel(named: level) == nil {
                let known = TrainingNames.escalationNames.joined(separator: ", ")
                throw reader.fail("escalated_to", "unknown escalation level “\(level)” (expected one of: \(known))")
            }
            return FixtureComplaint(receivedAt: try reader.dateTime("received"), category: category,
                                    summary: try reader.string("summary"), escalatedTo: level,
                                    respondedOn: try reader.optionalDate("responded"))
        }
        return ScenarioFixture(
            accountNumber: try table.string("account"), customerName: try table.string("name"),
            propertyAddress: try table.string("address"), balance: try table.money("balance"),
            lifeSupport: try table.bool("life_support", default: false), concession: try table.bool("concession", default: false),
            tenant: try table.bool("tenant", default: false), plansCancelledLast12Months: cancelled,
            bills: bills, complaints: complaints, notes: try table.strings("notes"))
    }

    // MARK: - Caller lines

    private static func callerLine(_ table: ScenarioTableReader) throws(ScenarioFieldError) -> CallerLine {
        try table.allowOnly(["text", "after"])
        return CallerLine(text: try table.string("text"), revealAfter: try actionKind(table, "after"))
    }

    private static func actionKind(_ table: ScenarioTableReader, _ key: String) throws(ScenarioFieldError) -> TraineeActionKind? {
        guard let name = try table.optionalString(key) else { return nil }
        guard let kind = TraineeActionKind(rawValue: name) else {
            let known = TraineeActionKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw table.fail(key, "unknown trainee action “\(name)” in \(table.name) (expected one of: \(known))")
        }
        return kind
    }

    // MARK: - Expectations

    private static let common = ["id", "description", "clause", "points", "check"]

    /// Each check kind and the keys of its own that it takes.
    private static let checkKeys: [(kind: String, keys: [String])] = [
        ("complaintLogged", ["due"]),
        ("disputedAmountRecorded", ["amount"]),
        ("complaintEscalatedAbove", ["level"]),
        ("requestToStopBeforeContactEnded", []),
        ("contactEnded", []),
        ("incidentReported", []),
        ("planWithinCapacity", []),
        ("hardshipAssessedAs", ["outcome", "capacity_at_most"]),
        ("restrictionRefusedWithClause", ["reason_clause"]),
        ("noRestrictionPermitted", []),
        ("referralOffered", ["referral"]),
        ("callerOnlyFrustrated", []),
        ("moveOutRecorded", ["moving_out_on", "forwarding_postcode"]),
        ("newCustomerMovedIn", []),
        ("meterTestRequested", []),
        ("notDone", ["action"]),
    ]

    private static func expectation(_ table: ScenarioTableReader) throws(ScenarioFieldError) -> ScenarioExpectation {
        let kind = try table.string("check")
        if kind == "complaintEscalatedTo" {
            // It asked for one exact level, while the escalation dialog lets any higher level be chosen.
            throw table.fail("check", "“complaintEscalatedTo” is no longer a check: any higher level may be chosen "
                             + "(Charter 3.1(d)(1)); use “complaintEscalatedAbove” with level = the complaint's current level")
        }
        guard let own = checkKeys.first(where: { $0.kind == kind })?.keys else {
            let known = checkKeys.map(\.kind).joined(separator: ", ")
            throw table.fail("check", "unknown check kind “\(kind)” in \(table.name) (expected one of: \(known))")
        }
        try table.allowOnly(common + own)
        let points = try table.int("points")
        guard points >= 1 else { throw table.fail("points", "“points” in \(table.name) must be at least 1") }
        return ScenarioExpectation(id: try table.string("id"), description: try table.string("description"),
                                   clause: try table.string("clause"), points: points,
                                   check: try check(kind, table))
    }

    private static func check(_ kind: String, _ table: ScenarioTableReader) throws(ScenarioFieldError) -> ExpectationCheck {
        switch kind {
        case "complaintLogged": return .complaintLogged(dueDate: try table.date("due"))
        case "disputedAmountRecorded": return .disputedAmountRecorded(try table.money("amount"))
        case "complaintEscalatedAbove":
            let level = try table.string("level")
            guard EscalationLevel(trainingName: level) != nil else {
                let known = EscalationLevel.allCases.map(\.trainingName).joined(separator: ", ")
                throw table.fail("level", "unknown escalation level “\(level)” (expected one of: \(known))")
            }
            return .complaintEscalatedAbove(level: level)
        case "callerOnlyFrustrated": return .callerOnlyFrustrated
        case "requestToStopBeforeContactEnded": return .requestToStopBeforeContactEnded
        case "contactEnded": return .contactEnded
        case "incidentReported": return .incidentReported
        case "planWithinCapacity": return .planWithinCapacity
        case "hardshipAssessedAs":
            return .hardshipAssessedAs(outcome: try table.string("outcome"), capacityAtMost: try table.optionalMoney("capacity_at_most"))
        case "restrictionRefusedWithClause": return .restrictionRefusedWithClause(try table.string("reason_clause"))
        case "noRestrictionPermitted": return .noRestrictionPermitted
        case "referralOffered": return .referralOffered(try table.string("referral"))
        case "moveOutRecorded":
            return .moveOutRecorded(on: try table.date("moving_out_on"), forwardingPostcode: try table.optionalString("forwarding_postcode"))
        case "newCustomerMovedIn": return .newCustomerMovedIn
        case "meterTestRequested": return .meterTestRequested
        default:  // "notDone", the one kind left: `expectation` has already refused unknown kinds.
            guard let action = try actionKind(table, "action") else { throw table.fail(nil, "missing key “action” in \(table.name)") }
            return .notDone(action)
        }
    }
}
