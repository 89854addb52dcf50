import Foundation

/// What an agent may record of a concession card (Charter 5.3) and of a concession or URGS
/// application (7.2(b), (c)), each rule a pure function answering nil (fine) or the words to
/// show under the field. No clock: callers pass `today`.
public enum ConcessionRules {
    /// The most characters a card number may have: the longest real one, spaces included, is 12.
    public static let maximumNumberLength = 20

    /// A field of the concession form, for a message shown under it.
    public enum Field: Hashable, Sendable, CaseIterable {
        case card, number, validFrom, validTo, application, lodgedOn, outcome, decidedOn
    }

    /// The card number for its type, kept simple.
    ///
    /// A Pensioner Concession Card and a Health Care Card carry the holder's Centrelink Customer
    /// Reference Number: 9 digits and a letter ("412 345 678K"). A DVA Gold Card carries a DVA
    /// file number: the letter of the state office (N, V, Q, W, S or T) and 2 to 8 letters or
    /// digits ("VX123456"). Spaces are allowed anywhere and ignored; no check digit is computed
    /// (Centrelink's and DVA's are not public), so a typing slip in a digit still passes.
    public static func numberProblem(_ text: String, type: ConcessionCardType) -> String? {
        let typed = text.contactTrimmed
        if typed.isEmpty { return "the card number is required (it is on the front of the card)" }
        if typed.count > maximumNumberLength {
            return "the card number can be at most \(maximumNumberLength) characters; this has \(typed.count.formatted())"
        }
        let compact = Array(typed.uppercased().filter { $0 != " " })
        switch type {
        case .pensionerConcessionCard, .healthCareCard:
            let ok = compact.count == 10 && compact.prefix(9).allSatisfy(\.isASCIIDigit) && compact[9].isASCIILetter
            return ok ? nil : "a \(type.displayName) number is 9 digits and a letter, like 412 345 678K"
        case .veteransAffairsGoldCard:
            let ok = (3...9).contains(compact.count) && "NVQWST".contains(compact[0])
                && compact.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter }
            return ok ? nil : "a DVA file number is the state's letter (N V Q W S T) and 2 to 8 letters or digits, like VX123456"
        }
    }

    /// A date as typed (YYYY-MM-DD), named by `what` in the message.
    public static func dateProblem(_ text: String, what: String, today: CivilDate) -> String? {
        let typed = text.contactTrimmed
        guard CivilDate(iso: typed) != nil else {
            return typed.isEmpty ? "\(what) is required (YYYY-MM-DD)"
                : "enter \(what) as YYYY-MM-DD, like \(today.iso); “\(typed)” is not a date"
        }
        return nil
    }

    /// A card's validity: it ends after it starts, and it has not already ended.
    public static func validityProblem(from: CivilDate, to: CivilDate, today: CivilDate) -> String? {
        if to <= from { return "the card must be valid to a date after it is valid from (\(from.display))" }
        if to < today { return "the card expired on \(to.display): an expired card entitles to no concession" }
        return nil
    }

    /// The first bill a concession advised on `advisedOn` is credited on (Charter 5.3): the
    /// next bill issued after that day.
    ///
    /// Bills come at the account's own interval, so the next one is the latest issue date
    /// stepped on by the gap between the last two bills (three months when there is only one)
    /// until it falls after `advisedOn`. An account never billed is credited from its first
    /// bill, so from the day advised.
    public static func creditFrom(advisedOn: CivilDate, billIssueDates: [CivilDate]) -> CivilDate {
        let dates = billIssueDates.sorted()
        guard let last = dates.last else { return advisedOn }
        if last > advisedOn { return dates.first { $0 > advisedOn } ?? last }
        let step: (CivilDate) -> CivilDate
        if dates.count >= 2, case let gap = dates[dates.count - 2].days(until: last), gap > 0 {
            step = { $0.adding(days: gap) }
        } else {
            step = { $0.adding(months: 3) }
        }
        var next = step(last)
        while next <= advisedOn { next = step(next) }
        return next
    }

    /// An application's dates: lodged by today; decided on or after it was lodged, by today.
    public static func applicationProblem(_ application: ConcessionApplication, today: CivilDate) -> String? {
        if application.lodgedOn > today {
            return "an application cannot be lodged in the future (\(application.lodgedOn.display) is after today, \(today.display))"
        }
        guard let decided = application.outcome.decidedOn else { return nil }
        if decided < application.lodgedOn { return "the decision (\(decided.display)) cannot come before the application was lodged (\(application.lodgedOn.display))" }
        if decided > today { return "a decision cannot be recorded in the future (\(decided.display))" }
        return nil
    }
}

/// A change to the account's concession: the card on record afterwards (nil: none), and an
/// application lodged (no `id`) or an outcome recorded on one (its `id`), if any.
///
/// `advisedOn` and `creditFrom` of a new card are not typed: `resolved` sets them from the day
/// of the change and the account's bills (5.3), and keeps them for the card already on record.
public struct ConcessionChange: Hashable, Sendable {
    public var card: ConcessionCard?
    public var application: ConcessionApplication?

    public init(card: ConcessionCard?, application: ConcessionApplication? = nil) {
        self.card = card
        self.application = application
    }

    /// The change as saved: the number trimmed, a card already on record keeping the day it was
    /// advised and its credit, a new card advised today and credited from the next bill.
    public func resolved(over before: Account, today: CivilDate, billIssueDates: [CivilDate]) -> ConcessionChange {
        var change = self
        if var card = change.card {
            card.number = card.number.contactTrimmed
            if let old = before.concessionCard, old.type == card.type, old.number == card.number, before.concessionTerms != nil {
                card.advisedOn = old.advisedOn
                card.creditFrom = old.creditFrom
            } else {
                card.advisedOn = today
                card.creditFrom = ConcessionRules.creditFrom(advisedOn: today, billIssueDates: billIssueDates)
            }
            change.card = card
        }
        return change
    }

    /// What is wrong with the change given `today` over the account as stored, or nil. A card
    /// left as it is on record is not checked again (an imported card keeps its number).
    public func problem(today: CivilDate, over before: Account) -> String? {
        if let card, card != before.concessionCard {
            if let problem = ConcessionRules.numberProblem(card.number, type: card.type) { return problem }
            if let problem = ConcessionRules.validityProblem(from: card.validFrom, to: card.validTo, today: today) { return problem }
        }
        guard let application else { return nil }
        if let problem = ConcessionRules.applicationProblem(application, today: today) { return problem }
        if let id = application.id {
            guard let old = before.concessionApplications.first(where: { $0.id == id }) else {
                return "there is no such application on the account"
            }
            if old.kind != application.kind { return "an application's kind cannot change: record a new application instead" }
        } else if before.concessionApplications.contains(where: { $0.kind == application.kind && $0.outcome == .pending }) {
            return "a \(application.kind.displayName) is already lodged and pending: record its outcome instead"
        }
        return nil
    }

    /// The audit trail's words, old → new, or nil when nothing differs:
    /// "concession card: none → Pensioner Concession Card 412 345 678K, valid …, credited from the
    /// bill of …; concession application (7.2(b)) lodged Tue 1 Dec 2026: none → pending".
    public func auditDetail(from before: Account) -> String? {
        var parts: [String] = []
        let old = before.concessionCard
        if card != old {
            parts.append("concession card: " + (old?.summary ?? "none") + " → " + (card?.summary ?? "none"))
        }
        if let application {
            let previous = application.id.flatMap { id in before.concessionApplications.first { $0.id == id } }
            if previous?.outcome != application.outcome || previous?.lodgedOn != application.lodgedOn {
                parts.append("\(application.kind.displayName) (\(application.kind.clause)) lodged \(application.lodgedOn.display): "
                             + (previous?.outcome.words ?? "none") + " → " + application.outcome.words)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
