import Foundation
import TaplineDomain

/// The part of recording a move both stores share (issue 13 item 6): whether the account may
/// have it, the new customer's account, and the audit trail's words on each account.
public struct MoveRecording: Sendable {
    public let move: PropertyMove
    /// The outgoing account as read inside the transaction.
    public let before: Account
    /// The move out already on the account, if any.
    public let recordedMoveOut: MoveOut?

    public init(move: PropertyMove, before: Account, recordedMoveOut: MoveOut?) {
        self.move = move
        self.before = before
        self.recordedMoveOut = recordedMoveOut
    }

    /// Why the move cannot be recorded (in `MovingRules`' words), or nil.
    public var problem: String? {
        if let problem = MovingRules.accountProblem(move, recordedMoveOut: recordedMoveOut) { return problem }
        if case .moveIn(let into) = move, let problem = MovingRules.moveInProblem(movingInOn: into.movingInOn, previousMoveOut: recordedMoveOut) {
            return problem
        }
        if let into = move.moveIn {
            if into.customers.isEmpty { return "name the new customer" }
            for customer in into.customers {
                if let problem = ContactRules.nameProblem(customer.name) ?? customer.phone.flatMap(ContactRules.phoneProblem)
                    ?? customer.email.flatMap(ContactRules.emailProblem) { return problem }
            }
        }
        if let out = move.moveOut {
            let address = out.forwardingAddress
            if let problem = ContactRules.streetProblem(address.lines.first ?? "") ?? ContactRules.suburbProblem(address.suburb)
                ?? ContactRules.stateProblem(address.state) ?? ContactRules.postcodeProblem(address.postcode) {
                return "the forwarding address: " + problem
            }
        }
        return nil
    }

    /// The outgoing account after a move out: its bills go to the forwarding address.
    public var outgoing: Account {
        var after = before
        if let out = move.moveOut { after.billingAddress = out.forwardingAddress }
        return after
    }

    /// The new customer's account at the same property, numbered `number`: nothing owed,
    /// no concession or register entry carried over (those belong to the person who left).
    public func incoming(number: String) -> Account? {
        guard let into = move.moveIn else { return nil }
        var property = before.property
        property.occupancy = into.occupancy
        let customers = into.customers.enumerated().map { index, customer in
            Customer(name: customer.name.trimmingCharacters(in: .whitespaces), phone: customer.phone, email: customer.email,
                     isPrimary: index == 0)
        }
        return Account(accountNumber: number, billingAddress: before.property.address, customers: customers, property: property)
    }

    /// The outgoing account's audit words: "moved out Fri 4 Dec 2026 (told Tue 1 Dec 2026 10:00); …".
    public var outgoingDetail: String {
        var parts: [String] = []
        if let out = move.moveOut {
            parts.append("moved out \(out.movingOutOn.display) (told \(out.notifiedAt.display)); charges to \(out.chargesEndOn.display), "
                         + "final reading \(out.finalReadingOn.display); bills to \(out.forwardingAddress.oneLine)")
        }
        if let into = move.moveIn { parts.append("next customer \(into.customers.first?.name ?? "") from \(into.movingInOn.display)") }
        return parts.joined(separator: "; ")
    }

    /// The new account's audit words.
    public func incomingDetail(previous: String) -> String {
        guard let into = move.moveIn else { return "" }
        return "\(move.name): moved in \(into.movingInOn.display) as \(into.occupancy.rawValue) after account \(previous); "
            + "charter summary (14.17(b)) due \(into.charterSummaryDue.display)"
    }

    /// The bodies stored with the move: the domain values as JSON.
    public func bodies() throws -> (moveOut: String?, moveIn: String?) {
        (try move.moveOut.map(PlanStoreSupport.encode), try move.moveIn.map(PlanStoreSupport.encode))
    }

    /// The next account number after the highest 10-digit one in the store.
    public static func number(after highest: String?) throws -> String {
        guard let highest, let value = Int64(highest) else { return "1000000001" }
        guard value < 9_999_999_999 else { throw StoreError.invalidAccount(accountNumber: highest, reason: "no 10-digit account number is left") }
        return String(value + 1)
    }

    /// The query both stores run for the highest 10-digit account number (numbers are digits
    /// only, so text order within one length is number order).
    public static let highestNumberSQL = """
        SELECT number FROM account WHERE number >= '1000000000' AND number <= '9999999999' AND length(number) = 10
        ORDER BY number DESC LIMIT 1
        """
}

extension MoveRecording {
    /// Why a charter summary cannot be recorded as sent on the account.
    public static func noCharterSummaryOwed(_ accountNumber: String) -> String {
        "account \(accountNumber) is owed no charter summary: it was not opened by a move in, or the summary was already sent"
    }

    /// The audit trail's words for a charter summary sent.
    public static func charterSummarySentDetail(_ day: CivilDate) -> String { "charter summary (14.17(b)) sent \(day.display)" }
}
