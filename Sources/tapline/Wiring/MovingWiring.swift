import TaplineDomain
import TaplineStore
import TaplineUI

/// Customers moving out and in (issue 13 item 6; Charter 14.11(a), 14.17(b)): the moving
/// screen from the account, and the account's banners and History.
enum MovingWiring {
    static func register(into services: inout Services, store: any AccountsStore & MovesStore) {
        let moving = StoreMoving(store: store)
        services.register(moving, as: (any MovingPort).self)
        services.add(moving)
    }

    /// `o` on the account (the occupant changes): everyone who serves customers.
    static let accountAction = AccountAction(key: .character("o"), help: "moving out or in, change of owner (14.11(a), 14.17(b))") { context in
        AnyScreen(MovingScreen(context: context))
    }
}

/// The store's accounts and moves behind the UI's `MovingPort`, on either store.
struct StoreMoving: MovingPort, AccountContribution {
    let store: any AccountsStore & MovesStore

    func read(_ accountNumber: String) throws -> MovingRecord? {
        guard let detail = try store.detail(accountNumber) else { return nil }
        return MovingRecord(account: detail.account, moves: try store.moves(of: accountNumber),
                            lastBill: detail.bills.max { $0.issueDate < $1.issueDate })
    }

    func record(_ move: PropertyMove, from accountNumber: String, readVersion: Int,
                by user: String, at time: LocalDateTime) throws -> MoveReceipt {
        try store.recordMove(move, from: accountNumber, readVersion: readVersion, by: user, at: time)
    }

    func recordCharterSummarySent(_ accountNumber: String, on day: CivilDate, by user: String, at time: LocalDateTime) throws {
        try store.recordCharterSummarySent(accountNumber, on: day, by: user, at: time)
    }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        MovingAccountExtras.extras(for: try store.moves(of: accountNumber), today: today)
    }
}
