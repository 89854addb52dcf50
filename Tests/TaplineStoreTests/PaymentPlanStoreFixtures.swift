import Foundation
@testable import TaplineDomain
@testable import TaplineStore

/// Givens the hardship, payment plan and restriction store tests share.
enum PlanStoreFixtures {
    static let calendar = BusinessCalendar.victoria
    static let agent = "ajones"
    static let number = "1000000042"
    /// Tue 3 Mar 2026, 10:00: a business day, before 3 pm, no holiday the next day.
    static let now = LocalDateTime(date: date("2026-03-03"), hour: 10)

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func dollars(_ text: String) -> Money { try! Money.parse(text) }

    /// A database holding one account owing `balance`, in Melton (postcode 3337).
    static func database(balance: String = "1234.56", occupancy: Occupancy = .owner,
                         specialNeeds: SpecialNeedsRegistration? = nil) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        var account = StoreFixtures.account(number, "Mel Carter", address: StoreFixtures.address("27 Barkly Street", "Melton", "3337"),
                                            occupancy: occupancy)
        account.balance = dollars(balance)
        account.specialNeeds = specialNeeds
        _ = try database.accounts.create(account, by: "setup", at: now)
        return database
    }

    /// Records an assessment with `outcome` at `time`.
    @discardableResult
    static func assess(_ database: AppDatabase, outcome: HardshipOutcome = .inHardship, at time: LocalDateTime = now,
                       account: String = number) throws -> HardshipAssessment {
        try database.hardship.record(readVersion: try database.hardshipVersion(forAccount: account), by: agent, at: time) { id in
            try HardshipAssessment.record(id: id, accountNumber: account, at: time, agent: agent,
                                          criteria: HardshipCriteria(concession: .holdsCard, isTenant: true, customerSaysUnableToPay: true),
                                          statement: nil, outcome: outcome, outcomeNote: "agreed with the customer",
                                          referrals: [ReferralOffer(.financialCounsellor, offeredOn: time.date, accepted: true)],
                                          calendar: calendar)
        }
    }

    /// A fortnightly plan for `debt` in `count` equal instalments from `start`.
    static func calculation(debt: String = "1234.56", count: Int = 4, start: String = "2026-03-16") throws -> PlanCalculation {
        try PaymentPlanCalculator.calculate(
            PlanRequest(debt: dollars(debt), frequency: .fortnightly, start: date(start), sizing: .instalments(count)),
            calendar: calendar)
    }

    /// Agrees a plan on the account at `now`.
    @discardableResult
    static func agree(_ database: AppDatabase, count: Int = 4, start: String = "2026-03-16",
                      hardshipAssessmentID: String? = nil, account: String = number) throws -> PaymentPlan {
        let calculation = try calculation(count: count, start: start)
        return try database.paymentPlans.agree(readVersion: try database.paymentPlans.events(for: account).count, by: agent, at: now) { id in
            try PaymentPlan.agree(id: id, accountNumber: account, calculation: calculation, agreedOn: now.date, agent: agent,
                                  eligibility: .eligible, hardshipAssessmentID: hardshipAssessmentID, calendar: calendar)
        }
    }

    /// The account's badges as the account screen shows them.
    static func flags(_ database: AppDatabase, account: String = number) throws -> [AccountFlag] {
        try database.accounts.detail(account)?.flags ?? []
    }

    /// Values gathered from several threads at once.
    final class Collected<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [T] = []

        func append(_ value: T) { lock.withLock { values.append(value) } }
        var items: [T] { lock.withLock { values } }
    }
}
