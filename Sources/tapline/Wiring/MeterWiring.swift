import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// Bill and meter enquiries (Charter 4.3, 11.1, 4.8, 14.8; issue 13 item 7): the meter screen
/// from the account, its requests on the account's banners and History, and billing history
/// files written beside the letters (demo mode's beside the demo's letters).
enum MeterWiring {
    static func register(into services: inout Services, store: any AccountsStore & MeterRequestsStore, tariff: Tariff,
                         letters: LetterDestination) {
        let port = StoreMeters(store: store, tariff: tariff, folder: historyFolder(letters))
        services.register(port, as: (any MeterPort).self)
        services.add(port)
    }

    /// `m` on the account: everyone who serves customers.
    static let accountAction = AccountAction(key: .character("m"), help: "meter: special reading, test, billing history (4.3, 11.1, 14.8)") { context in
        AnyScreen(MeterScreen(context: context))
    }

    /// `$XDG_DATA_HOME/tapline/billing-histories/`, or demo mode's `demo-billing-histories/`.
    static func historyFolder(_ letters: LetterDestination) -> URL {
        letters.folder.deletingLastPathComponent().appendingPathComponent(letters.training ? "demo-billing-histories" : "billing-histories")
    }
}

/// The store's meter requests behind the UI's `MeterPort`, on either store.
struct StoreMeters: MeterPort, AccountContribution {
    let store: any AccountsStore & MeterRequestsStore
    let tariff: Tariff
    let folder: URL

    func detail(_ accountNumber: String) throws -> AccountDetail? {
        try store.detail(accountNumber)
    }

    func requests(_ accountNumber: String) throws -> [MeterRequest] {
        try store.meterRequests(forAccount: accountNumber)
    }

    func record(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                by user: String, at time: LocalDateTime) throws -> Account {
        try store.recordMeterRequest(request, on: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    func recordOutcome(_ outcome: MeterTestOutcome, ofRequest id: Int64, on accountNumber: String, readVersion: Int,
                       by user: String, at time: LocalDateTime) throws -> Account {
        try store.recordMeterTestOutcome(outcome, ofRequest: id, on: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    func writeHistory(_ history: BillingHistory) throws -> String {
        let url = folder.appendingPathComponent(BillingHistoryFile.name(for: history))
        try BillingHistoryFile.write(history, to: url)
        return url.path
    }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        MeterAccountExtras.extras(for: try store.meterRequests(forAccount: accountNumber), today: today)
    }
}
