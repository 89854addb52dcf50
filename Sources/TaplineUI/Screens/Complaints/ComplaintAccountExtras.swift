import TaplineDomain

/// What complaints add to the account screen: a banner for each disputed amount held from
/// collection today (Charter 3.1(e), 7.2(e)), and every complaint's timeline in the History tab.
///
/// The banner is worked out with today's date (`Complaint.collectionHold`), so it stays up for
/// the whole of 3.2(b)'s 10 business days after a decision, even once the complaint is closed:
/// this, not the DISPUTED AMOUNT badge, is what collection decisions rely on.
public enum ComplaintAccountExtras {
    public static func extras(for complaints: [Complaint], today: CivilDate, calendar: BusinessCalendar) -> AccountExtras {
        let banners = complaints
            .compactMap { complaint in complaint.collectionHold(today: today, calendar: calendar).map { (complaint.id, $0) } }
            .sorted { $0.0 < $1.0 }
            .map { AccountBanner(text: "DISPUTED \($0.1.formatted) — collection held (3.1(e)) · complaint \($0.0)", role: .warning) }
        var history: [AccountHistoryEntry] = []
        for complaint in complaints {
            for event in complaint.timeline {
                let number = complaint.id
                history.append(AccountHistoryEntry(at: event.at, area: "Complaint", summary: summary(event, of: complaint)) {
                    AnyScreen(ComplaintDetailScreen(number: number))
                })
            }
        }
        return AccountExtras(banners: banners, history: history)
    }

    /// "C-2026-000123 logged (Billing), reply due Mon 20 Apr 2026": one line of the History tab.
    static func summary(_ event: ComplaintEvent, of complaint: Complaint) -> String {
        if case .logged = event.kind {
            return "\(complaint.id) logged (\(complaint.category.displayName)), reply due \(complaint.dueDate.display)"
        }
        return "\(complaint.id): \(event.summary)"
    }
}
