import Testing
@testable import TaplineDomain

@Suite("Hardship assessor proposes an outcome from objective criteria and surplus (Charter 5.6(a), (b))")
struct HardshipAssessorTests {
    typealias F = PlansFixtures
    typealias Criteria = HardshipCriteria
    static let today = CivilDate(iso: "2025-06-10")!

    /// A case: the criteria, the monthly surplus (nil for no statement), the outcome expected.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let criteria: HardshipCriteria
        let surplus: String?
        let expected: HardshipOutcome
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "family violence decides, whatever the surplus", criteria: Criteria(familyViolence: true),
             surplus: "500", expected: .inHardship),
        Case(name: "identified by a financial counsellor", criteria: Criteria(identifiedBy: .financialCounsellor),
             surplus: "500", expected: .inHardship),
        Case(name: "costs above income, no indicator", criteria: Criteria(), surplus: "-0.01", expected: .inHardship),
        Case(name: "costs use all income", criteria: Criteria(), surplus: "0", expected: .inHardship),
        Case(name: "two indicators with a surplus", criteria: Criteria(concession: .holdsCard, isTenant: true),
             surplus: "300", expected: .inHardship),
        Case(name: "eligible for a card and says cannot pay",
             criteria: Criteria(concession: .eligibleNotHeld, customerSaysUnableToPay: true), surplus: "300", expected: .inHardship),
        Case(name: "one indicator with a surplus", criteria: Criteria(isTenant: true), surplus: "300",
             expected: .referToFinancialCounsellor),
        Case(name: "no indicator with a surplus", criteria: Criteria(), surplus: "0.01", expected: .notInHardship),
        Case(name: "no indicator and no statement", criteria: Criteria(), surplus: nil, expected: .referToFinancialCounsellor),
        Case(name: "two indicators and no statement: early identification",
             criteria: Criteria(isTenant: true, customerSaysUnableToPay: true), surplus: nil, expected: .inHardship),
        Case(name: "two bills with difficulty count as an indicator",
             criteria: Criteria(isTenant: true, paymentHistory: .init(lateBills: 1, partPaidBills: 1)),
             surplus: "300", expected: .inHardship),
        Case(name: "one late bill does not",
             criteria: Criteria(isTenant: true, paymentHistory: .init(lateBills: 1)), surplus: "300",
             expected: .referToFinancialCounsellor),
        Case(name: "a recent grant application counts",
             criteria: Criteria(isTenant: true, previousURGSApplications: [CivilDate(iso: "2023-06-11")!]),
             surplus: "300", expected: .inHardship),
        Case(name: "a grant application two years ago or more does not",
             criteria: Criteria(isTenant: true, previousURGSApplications: [CivilDate(iso: "2023-06-10")!]),
             surplus: "300", expected: .referToFinancialCounsellor),
    ]

    @Test("proposes the outcome by the documented rule", arguments: cases)
    func proposesOutcome_5_6a(testCase: Case) throws {
        // Given the criteria and a statement with that monthly surplus
        let statement = try testCase.surplus.map { try F.statement(monthlyIncome: "2000", monthlyCosts: (F.dollars("2000") - F.dollars($0)).plain) }
        // When the assessor proposes
        let recommendation = HardshipAssessor.recommend(criteria: testCase.criteria, statement: statement, today: Self.today)
        // Then
        #expect(recommendation.outcome == testCase.expected)
    }

    @Test func reasonsStateTheFacts_5_6a1() throws {
        let criteria = Criteria(concession: .holdsCard, isTenant: true, previousURGSApplications: [F.date("2024-08-01")],
                                paymentHistory: .init(lateBills: 2, missedBills: 1, partPaidBills: 0),
                                customerSaysUnableToPay: true, selfAssessment: "Hours at work were cut in March.")
        let reasons = HardshipAssessor.recommend(criteria: criteria, statement: try F.statement(monthlyIncome: "2000", monthlyCosts: "2150.50"),
                                                 today: Self.today).reasons
        #expect(reasons.contains("Holds a concession card."))
        #expect(reasons.contains("Rents the home."))
        #expect(reasons.contains("Applied for a Utility Relief Grant on Thu 1 Aug 2024."))
        #expect(reasons.contains("In the past 12 months: 2 bills paid late, 1 unpaid, 0 part-paid."))
        #expect(reasons.contains("Household costs are $150.50 a month more than household income."))
        #expect(reasons.contains("5 of 5 hardship indicators apply."))
    }

    @Test("reasons use neutral words, never a judgement", arguments: [
        Criteria(), Criteria(familyViolence: true),
        Criteria(identifiedBy: .financialCounsellor, concession: .eligibleNotHeld, isTenant: true,
                 previousURGSApplications: [CivilDate(iso: "2020-01-01")!],
                 paymentHistory: .init(lateBills: 3, missedBills: 4, partPaidBills: 5), customerSaysUnableToPay: true),
    ])
    func reasonsAreNeutral_5_6b(criteria: HardshipCriteria) throws {
        let judgements = ["fail", "refus", "excuse", "claim", "admit", "irresponsib", "should", "blame", "fault", "poor", "bad", "lazy"]
        for statement in [nil, try F.statement(), try F.statement(monthlyIncome: "100", monthlyCosts: "900")] {
            let text = HardshipAssessor.recommend(criteria: criteria, statement: statement, today: Self.today)
                .reasons.joined(separator: " ").lowercased()
            for word in judgements { #expect(!text.contains(word), "“\(word)” in: \(text)") }
        }
    }
}
