import TaplineDomain
import TaplineStore
import TaplineUI

/// Hardship on the store (issue #5): assessments behind `HardshipPort`, the account screen's
/// `h` key, the HARDSHIP banner and the History entries for assessments and plan changes, and
/// the Hardship home area (find the customer, then assess).
enum HardshipWiring {
    static func register(into services: inout Services, store: any HardshipStore & PaymentPlansStore) {
        let hardship = StoreHardship(store: store)
        services.register(hardship, as: (any HardshipPort).self)
        services.add(hardship)
    }

    /// `h` on the account screen: assess hardship (Charter 5.6).
    static let accountAction = AccountAction(key: .character("h"), help: "assess hardship") { context in
        AnyScreen(HardshipAssessmentScreen(context: context))
    }

    static var homeArea: HomeScreen.Area {
        HomeScreen.Area(title: "Hardship", summary: "assess capacity to pay, refer, protect (5.6)") {
            AnyScreen(LookupScreen(then: accountAction))
        }
    }
}

/// The store's hardship records behind `HardshipPort`, and the hardship and payment plan part
/// of the account screen (banners and History).
struct StoreHardship: HardshipPort, AccountContribution {
    let store: any HardshipStore & PaymentPlansStore

    func start(accountNumber: String, today: CivilDate) throws -> HardshipStart {
        try reportedAsPlansError {
            guard let standing = try store.standing(ofAccount: accountNumber) else { throw StoreError.accountNotFound(accountNumber) }
            let account = standing.account
            return HardshipStart(customerName: account.primaryCustomer?.name ?? accountNumber, balance: account.balance,
                                 concession: account.concessionCard.map { $0.validFrom <= today && today <= $0.validTo } == true
                                     ? .holdsCard : .notEligible,
                                 isTenant: account.property.occupancy == .tenant,
                                 paymentHistory: BillPaymentHistory(bills: standing.bills, payments: standing.payments, today: today)
                                     .hardshipHistory(today: today),
                                 previous: try store.hardshipAssessments(for: accountNumber),
                                 version: try store.hardshipVersion(forAccount: accountNumber),
                                 previousURGSApplications: account.concessionApplications.filter { $0.kind == .urgs }.map(\.lodgedOn))
        }
    }

    func record(readVersion: Int, by agent: String, at time: LocalDateTime,
                _ make: @Sendable (String) throws -> HardshipAssessment) throws -> HardshipAssessment {
        try reportedAsPlansError { try store.recordHardshipAssessment(readVersion: readVersion, by: agent, at: time, make) }
    }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        HardshipAccountExtras.extras(assessments: try store.hardshipAssessments(for: accountNumber),
                                     cessation: try store.hardshipCessations(for: accountNumber).last,
                                     plans: try store.paymentPlans(for: accountNumber),
                                     planEvents: try StorePaymentPlans.events(store, accountNumber), today: today)
    }
}

/// Runs store work, turning the store's own errors into messages the screens show as they are.
func reportedAsPlansError<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as StoreError {
        throw PlansPortError(message: error.message)
    }
}
