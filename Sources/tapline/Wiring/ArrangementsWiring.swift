import TaplineDomain
import TaplineStore
import TaplineUI

/// Payment arrangements (issue 13 item 5; Charter 5.2(e), (g), 5.5(a)(2), (b), (d)): the screen
/// from the account (`d`), its letters, and the account's banners for each current arrangement
/// and each promise missed.
enum ArrangementsWiring {
    static func register(into services: inout Services, store: any PaymentArrangementsStore & AccountStandingReading,
                         letters: LetterDestination = .real) {
        let arrangements = StoreArrangements(store: store, letters: letters)
        services.register(arrangements, as: (any ArrangementsPort).self)
        services.add(arrangements)
        services.add(homeCounts: ArrangementHomeCounts(port: arrangements))
    }

    /// `d` on the account: due date, promise to pay, direct debit or Centrepay, redirection.
    static let accountAction = AccountAction(key: .character("d"), help: "payment arrangements: due date, promise, direct debit (5.2, 5.5)") {
        AnyScreen(ArrangementsScreen(context: $0))
    }
}

/// The store's arrangements behind the UI's `ArrangementsPort`, on either store, and their
/// banners on the account screen.
struct StoreArrangements: ArrangementsPort, AccountContribution {
    let store: any PaymentArrangementsStore & AccountStandingReading
    /// Where confirmation letters go; demo mode's are marked TRAINING.
    let letters: LetterDestination

    func start(accountNumber: String) throws -> ArrangementsStart? {
        try reportedAsPlansError {
            guard let standing = try store.standing(ofAccount: accountNumber) else { return nil }
            return ArrangementsStart(customerName: standing.account.primaryCustomer?.name ?? accountNumber, balance: standing.account.balance,
                                     bills: standing.bills, payments: standing.payments,
                                     arrangements: try store.paymentArrangements(for: accountNumber))
        }
    }

    func record(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String, at time: LocalDateTime) throws {
        try reportedAsPlansError { try store.recordPaymentArrangement(arrangement, on: accountNumber, by: agent, at: time) }
    }

    func writeConfirmation(for arrangement: PaymentArrangement, accountNumber: String, date: CivilDate) throws -> ArrangementLetter {
        try reportedAsPlansError {
            let written = try PlanLetterFiles(store, folder: letters.folder, training: letters.training)
                .writeConfirmation(for: arrangement, accountNumber: accountNumber, date: date)
            return ArrangementLetter(path: written.url.path, text: written.text)
        }
    }

    func promisesToFollowUp(today: CivilDate, takenBy agent: String?) throws -> [PromiseToPay] {
        try reportedAsPlansError {
            let numbers = try store.accountsWithPromises(datedFrom: today.adding(days: -ArrangementStanding.followUpDays),
                                                         to: today.adding(days: -1), takenBy: agent)
            return try numbers.flatMap { number -> [PromiseToPay] in
                guard let standing = try store.standing(ofAccount: number) else { return [] }
                return ArrangementStanding.promisesToFollowUp(try store.paymentArrangements(for: number), payments: standing.payments,
                                                              today: today)
                    .filter { agent == nil || $0.agent == agent }
            }
        }
    }

    /// A banner for each current arrangement; a missed promise as a warning to follow up.
    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        guard let standing = try store.standing(ofAccount: accountNumber) else { return AccountExtras() }
        let lines = ArrangementStanding.lines(try store.paymentArrangements(for: accountNumber), payments: standing.payments, today: today)
        return AccountExtras(banners: lines.map {
            AccountBanner(text: $0.text, role: $0.needsFollowUp ? .warning : .info, mark: $0.needsFollowUp ? "▲" : nil)
        })
    }
}
