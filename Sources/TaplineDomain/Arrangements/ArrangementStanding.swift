/// What an account's payment arrangements mean today, in lines for the account screen's banners
/// and Home's follow-up count (issue 13 item 5).
///
/// Shown: each extension whose new due date has not passed (5.5(d)); each promise still pending
/// (5.5(a)); each promise missed and not yet followed up, as a warning; the latest direct debit
/// and Centrepay arrangement, as the customer's choice (5.2(e), (g)); the latest redirection
/// (5.5(a)(2)). A missed promise counts as followed up once any arrangement is recorded after
/// its date: the agent who calls the customer about it records what they agree next.
public enum ArrangementStanding {
    public struct Line: Hashable, Sendable {
        public let text: String
        /// A missed promise: someone must follow it up.
        public let needsFollowUp: Bool
    }

    public static func lines(_ arrangements: [PaymentArrangement], payments: [Payment], today: CivilDate) -> [Line] {
        var lines: [Line] = []
        var latestMethod: [String: PaymentMethodArrangement] = [:]
        var redirection: BillRedirection?
        for arrangement in arrangements {
            switch arrangement {
            case .dueDateExtension(let granted) where granted.newDueDate >= today:
                lines.append(Line(text: arrangement.summary, needsFollowUp: false))
            case .dueDateExtension:
                break
            case .promiseToPay(let promise):
                switch promise.status(payments: payments, today: today) {
                case .pending:
                    lines.append(Line(text: "Promise to pay \(promise.amount.formatted) by \(promise.promisedBy.display) (5.5(a))",
                                      needsFollowUp: false))
                case .missed(let paid) where !followedUp(promise, in: arrangements):
                    lines.append(Line(text: "Promise to pay \(promise.amount.formatted) by \(promise.promisedBy.display) MISSED"
                                      + (paid > .zero ? " (\(paid.formatted) paid)" : ""),
                                      needsFollowUp: true))
                case .missed, .kept:
                    break
                }
            case .paymentMethod(let method):
                latestMethod[method.method.name] = method
            case .billRedirection(let redirected):
                redirection = redirected
            }
        }
        for method in latestMethod.values.sorted(by: { $0.method.name > $1.method.name }) {
            lines.append(Line(text: "\(method.method.name) (chosen by the customer, \(method.method.clause)) from "
                              + "\(method.startsOn.display), \(method.method.masked)", needsFollowUp: false))
        }
        if let redirection {
            lines.append(Line(text: "Bills redirected to \(redirection.payerName) (agreed in writing "
                              + "\(redirection.payerAgreedInWritingOn.display), 5.5(a)(2))", needsFollowUp: false))
        }
        return lines
    }

    /// Days after its date a missed promise still counts on Home: older ones are on the account only.
    public static let followUpDays = 60

    /// The account's promises missed and not followed up on `today`, oldest first.
    public static func promisesToFollowUp(_ arrangements: [PaymentArrangement], payments: [Payment], today: CivilDate) -> [PromiseToPay] {
        arrangements.compactMap { arrangement -> PromiseToPay? in
            guard case .promiseToPay(let promise) = arrangement, case .missed = promise.status(payments: payments, today: today),
                  !followedUp(promise, in: arrangements) else { return nil }
            return promise
        }
    }

    private static func followedUp(_ promise: PromiseToPay, in arrangements: [PaymentArrangement]) -> Bool {
        arrangements.contains { $0.agreedOn > promise.promisedBy }
    }
}
