import TaplineDomain

/// What moves add to the account screen (issue 13 item 6): a banner every agent must see when
/// the customer has left (nothing more is charged after the final reading; the final bill
/// goes elsewhere) or is owed the charter summary (14.17(b)), and the moves in History.
public enum MovingAccountExtras {
    public static func extras(for moves: AccountMoves, today: CivilDate) -> AccountExtras {
        var extras = AccountExtras()
        if let recorded = moves.moveOut {
            let out = recorded.move
            // Where the final bill goes is the header's "bills to"; the banner stays within 80 columns.
            let next = moves.nextAccount.map { " · next customer \($0)" } ?? " · nobody has moved in"
            extras.banners.append(AccountBanner(text: "Moved out \(out.movingOutOn.short) · final reading \(out.finalReadingOn.short)\(next)"))
            extras.history.append(AccountHistoryEntry(at: recorded.at, area: "Moving",
                                                      summary: "Moved out \(out.movingOutOn.display), recorded by \(recorded.by)"))
        }
        if let recorded = moves.moveIn {
            let into = recorded.move
            let after = moves.previousAccount.map { " after account \($0)" } ?? ""
            extras.history.append(AccountHistoryEntry(at: recorded.at, area: "Moving",
                                                      summary: "Moved in \(into.movingInOn.display) as \(into.occupancy.rawValue)\(after), recorded by \(recorded.by)"))
        }
        if let notice = moves.charterSummary, notice.sentOn == nil {
            extras.banners.append(AccountBanner(text: notice.summary(on: today)))
        }
        return extras
    }
}
