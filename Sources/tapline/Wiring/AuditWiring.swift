import TaplineDomain
import TaplineStore
import TaplineUI

/// The audit trail on screen (issue 12, item 5): the account's trail behind `AuditTrailPort`
/// and the account screen's `a` key, offered to supervisors and admins only (Charter 14.15).
enum AuditWiring {
    static func register(into services: inout Services, store: any AccountsStore) {
        services.register(StoreAuditTrail(store: store), as: (any AuditTrailPort).self)
    }

    /// `a` on the account screen: who viewed and changed the account, and when.
    static let accountAction = AccountAction(key: .character("a"), help: "audit trail",
                                             offeredTo: { $0.actsAsSupervisor }) { context in
        AnyScreen(AuditTrailScreen(context: context))
    }
}

/// The store's audit log behind the UI's `AuditTrailPort`.
struct StoreAuditTrail: AuditTrailPort {
    let store: any AccountsStore

    func trail(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry] {
        try store.auditEntries(forAccount: accountNumber, limit: limit)
    }
}
