import TaplineDomain

/// What the meter requests add to the account screen: a banner for each test awaiting its
/// outcome and for each overcharge the customer must still be told of (4.8(a)), and a History
/// entry for each request and each outcome.
public enum MeterAccountExtras {
    public static func extras(for requests: [MeterRequest], today: CivilDate) -> AccountExtras {
        var extras = AccountExtras()
        for request in requests {
            if request.awaitsOutcome {
                extras.banners.append(AccountBanner(
                    text: "Meter test booked \(request.dueOn?.short ?? "") (11.1): awaiting its outcome (m)", role: .info, mark: nil))
            }
            if let outcome = request.outcome, outcome.finding == .readingHigh, let informBy = outcome.informBy, informBy >= today {
                let back = outcome.instruction == .refund ? "to refund" : "credited"
                extras.banners.append(AccountBanner(
                    text: "Meter read high: \(outcome.adjustment.formatted) \(back) (4.8) · tell customer by \(informBy.short)",
                    role: .info, mark: "▲"))
            }
            extras.history.append(AccountHistoryEntry(at: LocalDateTime(date: request.requestedOn, hour: 0, minute: 0, second: 0),
                                                      area: "Meter", summary: request.summary))
        }
        return extras
    }
}
