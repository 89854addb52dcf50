/// How often a payment plan instalment falls due, as training names it ("fortnightly").
///
/// Capacity to pay is assessed per fortnight, the period most income support is paid in.
/// To compare a plan with it, both are taken over a year: instalment × instalments a year
/// (weekly 52, fortnightly 26, monthly 12, quarterly 4) against capacity × 26. Comparing
/// yearly totals keeps the test exact in cents, where turning a monthly amount into a
/// fortnightly one would need rounding. Charter 5.4: plans follow the capacity to pay.
public enum TrainingPlanFrequency: String, Sendable, CaseIterable {
    case weekly, fortnightly, monthly, quarterly

    /// Reads a frequency name, ignoring case; nil for anything else.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public var instalmentsPerYear: Int {
        switch self {
        case .weekly: 52
        case .fortnightly: 26
        case .monthly: 12
        case .quarterly: 4
        }
    }

    /// Whether an instalment at this frequency costs no more over a year than `capacity` a fortnight.
    public func instalment(_ instalment: Money, isWithinFortnightlyCapacity capacity: Money) -> Bool {
        instalment.cents * Int64(instalmentsPerYear) <= capacity.cents * 26
    }

    /// What an instalment comes to per fortnight, to the nearest cent: for showing, never for deciding.
    public func fortnightlyEquivalent(of instalment: Money) -> Money {
        let yearly = instalment.cents * Int64(instalmentsPerYear)
        return Money(cents: (yearly * 2 + 26) / 52)
    }
}
