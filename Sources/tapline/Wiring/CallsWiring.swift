import TaplineDomain
import TaplineStore
import TaplineUI

/// Every call recorded with a wrap-up (issue 13 item 1): the account screen starts a call and
/// asks for its wrap-up on leaving; F6 on Home or the lookup records one with no account.
enum CallsWiring {
    static func register(into services: inout Services, store: any CallRecordsStore) {
        services.register(StoreCalls(store: store), as: (any CallsPort).self)
    }
}

/// The store's call records behind the UI's `CallsPort`, on either store.
struct StoreCalls: CallsPort {
    let store: any CallRecordsStore

    func activity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String] {
        try store.callActivity(on: accountNumber, by: agent, since: start)
    }

    func record(_ call: Interaction, on accountNumber: String?) throws {
        try store.recordCall(call, on: accountNumber)
    }
}
