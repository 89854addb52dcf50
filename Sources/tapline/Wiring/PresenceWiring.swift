import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// Presence on the store (issue 12): this console says which account it has open, and the
/// account screen shows who else has it open as a banner.
enum PresenceWiring {
    static func register(into services: inout Services, store: any PresenceStore) {
        let presence = StorePresence(store: store, console: consoleName())
        services.register(presence, as: (any PresencePort).self)
        services.add(presence)
    }

    /// This run of Tapline: host, process and start time, so two consoles of one login differ.
    static func consoleName() -> String {
        "\(ProcessInfo.processInfo.hostName)/\(getpid())/\(Int(Date().timeIntervalSince1970))"
    }
}

/// The store's presence records behind `PresencePort`, and the colleagues on an account as
/// the account screen's banner.
struct StorePresence: PresencePort, AccountContribution {
    let store: any PresenceStore
    let console: String

    func showing(_ accountNumber: String?, subject: String?, since: LocalDateTime, user: String) throws {
        if let accountNumber {
            try store.announcePresence(console: console, user: user, accountNumber: accountNumber, subject: subject, since: since,
                                       at: Self.now)
        } else {
            try store.withdrawPresence(console: console)
        }
    }

    func others(withOpen subject: String) throws -> [Presence] {
        try store.presence(onSubject: subject, excludingConsole: console, at: Self.now)
    }

    /// Presence is kept on the console's clock, in seconds since 1970.
    private static var now: Int64 { Int64(Date().timeIntervalSince1970) }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        let others = try store.presence(onAccount: accountNumber, excludingConsole: console, at: Self.now)
        return AccountExtras(banners: others.map { AccountBanner(text: $0.description, role: .info, mark: nil) })
    }
}
