import TaplineDomain

/// What the payment arrangements screen and the account's banners need from a store (issue 13
/// item 5) — whichever store it is: due-date extensions (Charter 5.5(d)), promises to pay
/// (5.5(a)), direct debit and Centrepay chosen by the customer (5.2(e), (g)) and redirections
/// of bills (5.5(a)(2)).
///
/// Arrangements are recorded once, with an audit entry in the same transaction, and never
/// changed (a later arrangement is a new record), so there is no version to check. The domain
/// values check themselves when made; the store keeps them whole. PostgreSQL records the audit
/// entry in the session's login and refuses `agent` naming anyone else.
public protocol PaymentArrangementsStore: Sendable {
    /// Records an arrangement agreed on `accountNumber`.
    func recordPaymentArrangement(_ arrangement: PaymentArrangement, on accountNumber: String, by agent: String,
                                  at time: LocalDateTime) throws

    /// The account's arrangements, oldest agreed first (those agreed the same day in the order recorded, kind by kind).
    func paymentArrangements(for accountNumber: String) throws -> [PaymentArrangement]

    /// The accounts with a promise to pay dated from `from` to `to` (inclusive), taken by
    /// `agent` (nil: by anyone), each once, by number: where Home looks for promises missed
    /// (whether one was is the domain's rule, `ArrangementStanding`, read from each account).
    func accountsWithPromises(datedFrom from: CivilDate, to: CivilDate, takenBy agent: String?) throws -> [String]
}
