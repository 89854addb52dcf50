import TaplineDomain

extension AccountScreen {
    /// How to reach the customers, under the header (issue 13 item 2): "Interpreter: Japanese ·
    /// TTY (14.10) · prefers email"; and each third party named without written consent yet,
    /// whom the agent must not tell about the account (5.5(c)).
    static func contactPreferenceBanners(_ account: Account, today: CivilDate) -> [AccountBanner] {
        var banners: [AccountBanner] = []
        let parts = [account.communicationNeeds?.summary, account.preferredContact.map { "prefers \($0.displayName)" }].compactMap { $0 }
        if !parts.isEmpty {
            banners.append(AccountBanner(text: parts.joined(separator: " · "), role: account.communicationNeeds == nil ? .info : .warning,
                                         mark: account.communicationNeeds == nil ? nil : "▲"))
        }
        for customer in account.customers {
            guard let third = customer.authorisedThirdParty, !third.mayDiscussAccount(on: today) else { continue }
            banners.append(AccountBanner(text: "\(third.name) (\(third.relationship)) has no written consent (5.5(c)): do not discuss"))
        }
        return banners
    }
}
