/// A customer's request about their meter or their billing record, and what became of it:
/// a special meter reading (Charter 4.3), a meter test (11.1) with its outcome and any bill
/// adjustment (4.8), or their account and usage history (14.8).
///
/// One record per request, kept on the account: the agent sees each request and its stage
/// on the meter screen, and the account's balance carries what it cost or credited.
public struct MeterRequest: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case specialReading = "special-reading"
        case meterTest = "meter-test"
        case billingHistory = "billing-history"

        public var displayName: String {
            switch self {
            case .specialReading: "Special meter reading (4.3)"
            case .meterTest: "Meter test (11.1)"
            case .billingHistory: "Billing history (14.8)"
            }
        }
    }

    /// How the outstanding charges are worked out outside the billing cycle (Charter 4.3).
    public enum SpecialReadingWay: String, Hashable, Sendable, CaseIterable {
        /// 4.3(a): a special meter reading, charged only for a meter of 32 mm or larger.
        case reading
        /// 4.3(b): an estimated bill, at no charge.
        case estimatedBill = "estimated-bill"

        public var displayName: String {
            switch self {
            case .reading: "special meter reading (4.3(a))"
            case .estimatedBill: "estimated bill, no charge (4.3(b))"
            }
        }
    }

    /// The store's number for the request; nil until saved.
    public var id: Int64?
    public var kind: Kind
    public var requestedOn: CivilDate
    /// The meter's size as the agent confirmed it (4.3: 32 mm or larger may be charged).
    public var meterMillimetres: Int
    /// Special readings only.
    public var way: SpecialReadingWay?
    /// What the request itself costs the customer (a special reading of a large meter; else zero).
    public var charge: Money
    /// A meter test's booked day; a billing history's due day (14.8: 10 business days).
    public var dueOn: CivilDate?
    /// A meter test: the further off-site independent test the customer asked for (11.1).
    public var independent: Bool
    /// A meter test's outcome, once recorded.
    public var outcome: MeterTestOutcome?
    /// A billing history: how many years it covers (three, or other by agreement) and the file made.
    public var historyYears: Int?
    public var historyFile: String?

    public init(id: Int64? = nil, kind: Kind, requestedOn: CivilDate, meterMillimetres: Int, way: SpecialReadingWay? = nil,
                charge: Money = .zero, dueOn: CivilDate? = nil, independent: Bool = false, outcome: MeterTestOutcome? = nil,
                historyYears: Int? = nil, historyFile: String? = nil) {
        self.id = id
        self.kind = kind
        self.requestedOn = requestedOn
        self.meterMillimetres = meterMillimetres
        self.way = way
        self.charge = charge
        self.dueOn = dueOn
        self.independent = independent
        self.outcome = outcome
        self.historyYears = historyYears
        self.historyFile = historyFile
    }

    /// What the request moves the balance by: its own charge, a test's charge, less a credit.
    public var balanceChange: Money {
        charge + (outcome?.charge ?? .zero) - (outcome?.credited ?? .zero)
    }

    /// A test still waiting for its outcome.
    public var awaitsOutcome: Bool { kind == .meterTest && outcome == nil }

    /// One line for lists and the audit trail: "Meter test (11.1) requested Wed 2 Dec 2026,
    /// booked Tue 8 Dec 2026: reading high by 4.50% — $23.45 credited (4.8)".
    public var summary: String {
        var text = (independent ? "Independent off-site meter test (11.1)" : kind.displayName)
            + " requested \(requestedOn.display)"
        switch kind {
        case .specialReading:
            text += ": " + (way?.displayName ?? "") + (charge.isZero ? ", no charge" : ", \(charge.formatted) charged")
        case .meterTest:
            if let dueOn { text += ", booked \(dueOn.display)" }
            text += ": " + (outcome?.summary ?? "awaiting its outcome")
        case .billingHistory:
            text += ": \(historyYears ?? 3) years, due to the customer \(dueOn?.display ?? "")"
        }
        return text
    }
}

/// What a meter test found and what follows from it (Charter 11.1, 4.8).
public struct MeterTestOutcome: Hashable, Sendable {
    public enum Finding: String, Hashable, Sendable, CaseIterable {
        case readingHigh = "reading-high"
        case accurate
        case readingLow = "reading-low"

        public var displayName: String {
            switch self {
            case .readingHigh: "reading high"
            case .accurate: "accurate"
            case .readingLow: "reading low"
            }
        }
    }

    /// How the customer wants an overcharge back (4.8(b)).
    public enum Instruction: String, Hashable, Sendable, CaseIterable {
        case credit
        case refund

        public var displayName: String {
            switch self {
            case .credit: "credit the account"
            case .refund: "refund to the customer"
            }
        }
    }

    public var finding: Finding
    public var decidedOn: CivilDate
    /// Reading high: by how much, in hundredths of a percent (450 is 4.50%).
    public var highByBasisPoints: Int
    /// Reading high: the overcharge to give back (4.8, 11.1(c)).
    public var adjustment: Money
    public var instruction: Instruction?
    /// Reading high: the last day to tell the customer (4.8(a): 10 business days).
    public var informBy: CivilDate?
    /// Accurate or reading low: the test's charge, if the utility imposes it (11.1); zero if waived.
    public var charge: Money

    public init(finding: Finding, decidedOn: CivilDate, highByBasisPoints: Int = 0, adjustment: Money = .zero,
                instruction: Instruction? = nil, informBy: CivilDate? = nil, charge: Money = .zero) {
        self.finding = finding
        self.decidedOn = decidedOn
        self.highByBasisPoints = highByBasisPoints
        self.adjustment = adjustment
        self.instruction = instruction
        self.informBy = informBy
        self.charge = charge
    }

    /// The part of the adjustment that goes on the balance: all of it when the customer asked
    /// for a credit; none when it is refunded (paid out, so the balance nets to the same).
    public var credited: Money { instruction == .credit ? adjustment : .zero }

    /// "reading high by 4.50% on Wed 9 Dec 2026: free test, meter to be rectified, $23.45
    /// credited (4.8), customer told by Wed 23 Dec 2026"
    public var summary: String {
        switch finding {
        case .readingHigh:
            let back = instruction == .refund ? "\(adjustment.formatted) to refund" : "\(adjustment.formatted) credited"
            return "reading high by \(MeterRules.percentText(highByBasisPoints)) on \(decidedOn.display): free test, meter to be rectified, "
                + "\(back) (4.8)" + (informBy.map { ", customer told by \($0.display)" } ?? "")
        case .accurate, .readingLow:
            return "\(finding.displayName) on \(decidedOn.display): " + (charge.isZero ? "test charge waived" : "\(charge.formatted) test charge (11.1)")
        }
    }
}
