import Foundation
import Testing
@testable import TaplineDomain

@Suite("Income and expenditure statement: capacity to pay (Charter 5.4, 5.5(a), 5.6(a)(1))")
struct IncomeExpenditureTests {
    typealias F = PlansFixtures

    @Test func mixedFrequenciesAddUpExactlyPerMonth_5_6a1() throws {
        // Given wages of $500.00 a week, a benefit of $300.50 a fortnight, $100.00 a month and $1,200.00 a year
        let statement = try IncomeExpenditure(
            household: .init(adults: 2, children: 2),
            income: [IncomeLine(.wages, F.dollars("500"), .weekly),
                     IncomeLine(.governmentBenefits, F.dollars("300.50"), .fortnightly, note: "Family Tax Benefit"),
                     IncomeLine(.childSupport, F.dollars("100"), .monthly),
                     IncomeLine(.other, F.dollars("1200"), .yearly)],
            costs: [])
        // Then the year is 26,000 + 7,813 + 1,200 + 1,200 = $36,213.00 and a month is a twelfth of it
        #expect(statement.yearlyIncome == F.dollars("36213"))
        #expect(statement.monthlyIncome == F.dollars("3017.75"))
        #expect(statement.income(per: .fortnightly) == F.dollars("1392.80"))
    }

    @Test func totalsAreTheSumOfTheRowsShown_5_6a1() throws {
        // Given three costs of $1.00 a week, each shown as $4.33 a month ($4.333…)
        let statement = try IncomeExpenditure(household: .init(adults: 1, children: 0), income: [],
                                              costs: Array(repeating: CostLine(.transport, F.dollars("1"), .weekly), count: 3))
        // Then the month's costs are the rows as shown, 3 × $4.33 = $12.99, so the screen adds up
        #expect(statement.costs.map { $0.amount(per: .monthly) } == Array(repeating: F.dollars("4.33"), count: 3))
        #expect(statement.monthlyCosts == F.dollars("12.99"))
    }

    @Test func theShortfallIsIncomeLessCostsAsShown_issue10_5_6a1() throws {
        // Given $1,150.00 a fortnight in and one cost of $550.00 a week ($2,383.333… a month)
        let statement = try IncomeExpenditure(household: .init(adults: 1, children: 0),
                                              income: [IncomeLine(.wages, F.dollars("1150"), .fortnightly)],
                                              costs: [CostLine(.housing, F.dollars("550"), .weekly),
                                                      CostLine(.foodAndHousekeeping, F.dollars("1300"), .fortnightly)])
        // Then each row rounds half-up: $2,491.67 in; $2,383.33 and $2,816.67 out
        #expect(statement.monthlyIncome == F.dollars("2491.67"))
        #expect(statement.costs.map { $0.amount(per: .monthly) } == [F.dollars("2383.33"), F.dollars("2816.67")])
        #expect(statement.monthlyCosts == F.dollars("5200"))
        // And the shortfall is exactly the shown costs less the shown income
        #expect(statement.monthlySurplus == F.dollars("2491.67") - F.dollars("5200"))
        #expect(statement.surplus(per: .fortnightly) == statement.income(per: .fortnightly) - statement.costs(per: .fortnightly))
    }

    @Test func surplusIsCapacityToPayAndCanBeNegative_5_4() throws {
        let positive = try F.statement(monthlyIncome: "2600", monthlyCosts: "2300")
        #expect(positive.monthlySurplus == F.dollars("300"))
        #expect(positive.surplus(per: .fortnightly) == F.dollars("138.46"))  // 3,600 / 26 = 138.4615…
        let negative = try F.statement(monthlyIncome: "2000", monthlyCosts: "2150.50")
        #expect(negative.monthlySurplus == F.dollars("-150.50"))
        #expect(negative.yearlySurplus == F.dollars("-1806"))
    }

    @Test func costsByCategoryAndByKind_5_6a1() throws {
        // Given rent, energy, groceries and a car loan, the groceries marked fixed by the agent
        let statement = try IncomeExpenditure(
            household: .init(adults: 1, children: 1), income: [],
            costs: [CostLine(.housing, F.dollars("400"), .weekly, note: "Rent to agent"),
                    CostLine(.utilities, F.dollars("150"), .monthly),
                    CostLine(.foodAndHousekeeping, F.dollars("120"), .weekly),
                    CostLine(.transport, F.dollars("60"), .weekly),
                    CostLine(.priorityDebts, F.dollars("50"), .fortnightly, note: "Council rates arrears")])
        #expect(statement.costs(in: .housing) == F.dollars("1733.33"))       // 20,800 / 12
        #expect(statement.costs(in: .childcare) == .zero)
        // Housing, utilities and priority debts are fixed; food and transport flexible
        #expect(statement.costs(ofKind: .fixed) == F.dollars("1991.66"))     // 1,733.33 + 150.00 + 108.33: each row as shown
        #expect(statement.costs(ofKind: .flexible) == F.dollars("780"))      // (6,240 + 3,120) / 12
    }

    @Test func categoriesHaveUsualKindsThatALineCanOverride() {
        #expect(ExpenditureCategory.housing.usualKind == .fixed)
        #expect(ExpenditureCategory.foodAndHousekeeping.usualKind == .flexible)
        #expect(CostLine(.other, F.dollars("30"), .monthly).kind == .flexible)
        #expect(CostLine(.other, F.dollars("30"), .monthly, kind: .fixed).kind == .fixed)
    }

    @Test("refuses an impossible statement with a reason", arguments: [
        (0, 0, "100", "10", "at least one adult"),
        (1, -1, "100", "10", "children"),
        (1, 0, "-100", "10", "income"),
        (1, 0, "100", "-10", "cost"),
    ])
    func refusesInvalid(adults: Int, children: Int, income: String, cost: String, mentions: String) {
        let error = #expect(throws: IncomeExpenditure.Invalid.self) {
            try IncomeExpenditure(household: .init(adults: adults, children: children),
                                  income: [IncomeLine(.wages, F.dollars(income), .weekly)],
                                  costs: [CostLine(.housing, F.dollars(cost), .weekly)])
        }
        #expect(error?.message.contains(mentions) == true)
    }

    @Test func survivesEncoding() throws {
        let statement = try F.statement()
        let decoded = try JSONDecoder().decode(IncomeExpenditure.self, from: JSONEncoder().encode(statement))
        #expect(decoded == statement)
    }
}
