import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// Payment plans on the store (issue #5): plans and confirmation letters behind
/// `PaymentPlansPort`, the account screen's `p` key, and the Payment plans home area (find the
/// customer, then their plans).
enum PaymentPlansWiring {
    static func register(into services: inout Services, store: any PaymentPlansStore & HardshipStore & ComplaintsStore, calendar: BusinessCalendar = .victoria,
                         letters: LetterDestination = .real) {
        services.register(StorePaymentPlans(store: store, calendar: calendar, letters: letters), as: (any PaymentPlansPort).self)
    }

    /// `p` on the account screen: set up a payment plan, or renegotiate the active one (Charter 5.4).
    static let accountAction = AccountAction(key: .character("p"), help: "set up a payment plan") { context in
        AnyScreen(PlanSetupScreen(context: context))
    }

    /// What the home area opens once the customer is found: their plans.
    static let historyAction = AccountAction(key: .character("P"), help: "see their payment plans") { context in
        AnyScreen(PlanHistoryScreen(context: context))
    }

    static var homeArea: HomeScreen.Area {
        HomeScreen.Area(title: "Payment plans", summary: "plans from capacity to pay, exact to the cent (5.4)") {
            AnyScreen(LookupScreen(then: historyAction))
        }
    }
}

/// The store's payment plans and letter files behind the UI's `PaymentPlansPort`.
struct StorePaymentPlans: PaymentPlansPort {
    let store: any PaymentPlansStore & HardshipStore & ComplaintsStore
    let calendar: BusinessCalendar
    /// Where confirmation letters go; demo mode's are marked TRAINING.
    let letters: LetterDestination

    func start(accountNumber: String, today: CivilDate) throws -> PlanStart {
        try reportedAsPlansError {
            guard let detail = try store.standing(ofAccount: accountNumber) else { throw StoreError.accountNotFound(accountNumber) }
            let yearAgo = today.adding(months: -12)
            let charges = detail.bills.filter { $0.issueDate > yearAgo && $0.issueDate <= today }
                .map { $0.newCharges - $0.concessionApplied }.sum()
            let latest = try store.hardshipAssessments(for: accountNumber).last
            let inHardship = HardshipProtectionStatus.isInHardship(latest: latest,
                                                                   cessation: try store.hardshipCessations(for: accountNumber).last)
            // Charter 3.1(e): what the account's complaints hold from collection stays out of the plan.
            let disputed = try store.heldAmount(onAccount: accountNumber, today: today, calendar: calendar)
            let versions = Dictionary(grouping: try store.paymentPlanEvents(for: accountNumber), by: \.planID).mapValues(\.count)
            return PlanStart(customerName: detail.account.primaryCustomer?.name ?? accountNumber, balance: detail.account.balance,
                             amountInDispute: disputed, chargesLastYear: charges, plans: try store.paymentPlans(for: accountNumber),
                             hardshipAssessment: inHardship ? latest : nil, planVersions: versions)
        }
    }

    func agree(readVersion: Int, by agent: String, at time: LocalDateTime,
               _ make: @Sendable (String) throws -> PaymentPlan) throws -> PaymentPlan {
        try reportedAsPlansError { try store.agreePaymentPlan(readVersion: readVersion, by: agent, at: time, make) }
    }

    func renegotiate(_ planID: String, readVersion: Int, by agent: String, at time: LocalDateTime,
                     _ make: @Sendable (String, PaymentPlan) throws -> (old: PaymentPlan, new: PaymentPlan)) throws -> PaymentPlan {
        try reportedAsPlansError { try store.renegotiatePaymentPlan(planID, readVersion: readVersion, by: agent, at: time, make).new }
    }

    func recordMissed(_ planID: String, readVersion: Int, instalment: Int, on date: CivilDate, by agent: String,
                      at time: LocalDateTime) throws -> (plan: PaymentPlan, outcome: PaymentPlan.MissedOutcome) {
        try reportedAsPlansError {
            try store.recordInstalmentMissed(planID, readVersion: readVersion, instalment: instalment, on: date, by: agent, at: time)
        }
    }

    func cancel(_ planID: String, readVersion: Int, on date: CivilDate, reason: String, by agent: String,
                at time: LocalDateTime) throws -> PaymentPlan {
        try reportedAsPlansError { try store.cancelPaymentPlan(planID, readVersion: readVersion, on: date, reason: reason, by: agent, at: time) }
    }

    func history(accountNumber: String) throws -> PlanHistory {
        try reportedAsPlansError {
            PlanHistory(plans: try store.paymentPlans(for: accountNumber), events: try Self.events(store, accountNumber))
        }
    }

    func writeConfirmation(for plan: PaymentPlan, date: CivilDate) throws -> String {
        try reportedAsPlansError { try PlanLetterFiles(store, folder: letters.folder, training: letters.training).writeConfirmation(for: plan, date: date).path }
    }

    /// The status history of the account's plans, as the UI shows it.
    static func events(_ store: any PaymentPlansStore, _ accountNumber: String) throws -> [PlanHistory.Event] {
        try store.paymentPlanEvents(for: accountNumber).map {
            PlanHistory.Event(planID: $0.planID, at: $0.at, agent: $0.agent, summary: $0.detail)
        }
    }
}
