import TaplineDomain

extension AccountScreen {
    /// The account's concession card and each application outstanding on `today`, under the
    /// header (Charter 5.3, 7.2(b), (c)): "Pensioner Concession Card 412 345 678K to 1 Dec 2028 ·
    /// credit from 1 Feb 2027"; "Concession application (7.2(b)) pending since Tue 1 Dec 2026"
    /// (while it is, no restriction nor legal action: the restriction check says so).
    static func concessionBanners(_ account: Account, today: CivilDate) -> [AccountBanner] {
        var banners: [AccountBanner] = []
        if let card = account.concessionCard, account.concessionTerms != nil {
            let credit = card.creditFrom > today ? " · credit from \(card.creditFrom.short)" : ""
            let expired = card.validTo < today ? " · EXPIRED" : ""
            banners.append(AccountBanner(text: "\(card.type.displayName) \(card.number) to \(card.validTo.short)\(expired)\(credit)",
                                         role: card.entitles(on: today) || card.creditFrom > today ? .info : .warning,
                                         mark: card.validTo < today ? "▲" : nil))
        }
        for application in account.outstandingApplications(on: today) {
            let kind = application.kind.displayName
            banners.append(AccountBanner(text: kind.prefix(1).uppercased() + kind.dropFirst()
                                         + " (\(application.kind.clause)) pending since \(application.lodgedOn.display)"))
        }
        return banners
    }
}

extension CivilDate {
    /// "1 Dec 2028": a date where the weekday would crowd a banner.
    var short: String { "\(day) \(CivilDate.monthNames[month - 1]) \(year)" }
}
