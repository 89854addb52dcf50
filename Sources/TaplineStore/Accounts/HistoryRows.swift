import Foundation
import GRDB
import TaplineDomain

/// Reads an account's history: bills with their charges, payments, contacts, notes.
enum HistoryRows {
    /// All bills, oldest first, each with its itemised charges.
    static func bills(accountID: Int64, accountNumber: String, _ db: Database) throws -> [Bill] {
        let billRows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM bill WHERE account_id = ? ORDER BY issue_date, id"),
                                        arguments: [accountID])
        guard !billRows.isEmpty else { return [] }
        var charges: [Int64: [Charge]] = [:]
        let chargeRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT c.bill_id, c.cents, c.litres, c.rate, t.kind, t.service, t.description
            FROM bill_charge c JOIN bill b ON b.id = c.bill_id JOIN charge_type t ON t.id = c.charge_type_id
            WHERE b.account_id = ? ORDER BY c.bill_id, c.position
            """), arguments: [accountID])
        while let row = try chargeRows.next() {
            let charge = StoredCharge.make(kind: ChargeKind(rawValue: row["kind"]) ?? .other,
                                           service: (row["service"] as String?).flatMap(WaterService.init(rawValue:)),
                                           description: row["description"], cents: row["cents"], litres: row["litres"], rate: row["rate"])
            charges[row["bill_id"], default: []].append(charge)
        }
        var addresses: [Int64: Address] = [:]
        func address(_ id: Int64) throws -> Address {
            if let known = addresses[id] { return known }
            guard let fetched = try AddressRows.fetch(id: id, db) else { throw StoreError.accountNotFound(accountNumber) }
            addresses[id] = fetched
            return fetched
        }
        return try billRows.map { row in
            let read: MeterRead = (row["meter_read_date"] as CivilDate?).map(MeterRead.actual) ?? .estimated
            let usage = UsagePeriod(start: row["period_start"], end: row["period_end"], litres: row["litres"], meterRead: read,
                                    neighbourhoodAverageLitres: row["neighbourhood_litres"], closingRegisterLitres: row["meter_register_litres"])
            return try Bill(issueDate: row["issue_date"], dueDate: row["due_date"], accountNumber: accountNumber,
                            billingAddress: address(row["billing_address_id"]), propertyAddress: address(row["property_address_id"]),
                            usage: usage, previousBillAmount: Money(cents: row["previous_bill_cents"]),
                            paymentsSinceLastBill: Money(cents: row["payments_cents"]), charges: charges[row["id"]] ?? [],
                            concessionApplied: Money(cents: row["concession_cents"]))
        }
    }

    /// All payments, oldest first.
    static func payments(accountID: Int64, _ db: Database) throws -> [Payment] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT date, cents, method FROM payment WHERE account_id = ? ORDER BY date, id"),
                         arguments: [accountID]).map {
            Payment(date: $0["date"], amount: Money(cents: $0["cents"]), method: PaymentMethod(rawValue: $0["method"]) ?? .internet)
        }
    }

    /// The most recent `limit` contacts, newest first.
    static func interactions(accountID: Int64, limit: Int, _ db: Database) throws -> [Interaction] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT at, channel, agent, summary, reason, outcome, ended_at, done FROM interaction
            WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT ?
            """), arguments: [accountID, limit]).map(interaction)
    }

    /// A contact from a row with its columns (at, channel, agent, summary, reason, outcome,
    /// ended_at, done: one line each).
    static func interaction(_ row: Row) -> Interaction {
        let done: String = row["done"] ?? ""
        return Interaction(channel: InteractionChannel(rawValue: row["channel"]) ?? .phone, at: row["at"], agent: row["agent"],
                           summary: row["summary"], reason: row["reason"], outcome: row["outcome"], endedAt: row["ended_at"],
                           done: done.isEmpty ? [] : done.components(separatedBy: "\n"))
    }

    /// The most recent `limit` notes, newest first.
    static func notes(accountID: Int64, limit: Int, _ db: Database) throws -> [Note] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT at, agent, text FROM note WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
                         arguments: [accountID, limit]).map {
            Note(text: $0["text"], agent: $0["agent"], at: $0["at"])
        }
    }
}
