import TaplineDomain
import TaplineStore

extension PostgresStore: AccountStandingReading {
    public func standing(ofAccount accountNumber: String) throws -> AccountStanding? {
        try PGAreaSupport.refusals { try withConnection { try PGStandingRows.standing(accountNumber, $0) } }
    }
}

/// Reads an account with its bills and payments from the accounts tables ("v1-accounts").
///
/// Only what complaints, collections, hardship and plans read of an account; the accounts
/// store's own reading (flags, contacts, notes) is the accounts area's.
enum PGStandingRows {
    static func standing(_ accountNumber: String, _ connection: PGConnection) throws -> AccountStanding? {
        guard let row = try connection.execute("SELECT * FROM account WHERE number = $1", [accountNumber]).first,
              let id = row.int64("id") else { return nil }
        var addresses: [Int64: Address] = [:]
        func address(_ addressID: Int64?) throws -> Address {
            guard let addressID else { throw StoreError.accountNotFound(accountNumber) }
            if let known = addresses[addressID] { return known }
            guard let found = try connection.execute("SELECT lines, suburb, postcode, state FROM address WHERE id = $1", [addressID]).first
            else { throw StoreError.accountNotFound(accountNumber) }
            let lines = try found.string("lines")
            let address = Address(lines: lines.isEmpty ? [] : lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                  suburb: try found.string("suburb"), postcode: try found.string("postcode"), state: try found.string("state"))
            addresses[addressID] = address
            return address
        }
        let customers = try connection.execute("SELECT * FROM customer WHERE account_id = $1 ORDER BY position", [id]).rows.map { c in
            Customer(name: try c.string("name"), phone: c["phone"], email: c["email"], isPrimary: c.bool("is_primary") ?? false,
                     authorisedThirdParty: c["third_party_name"].map { AuthorisedThirdParty(name: $0, relationship: c["third_party_relationship"] ?? "") })
        }
        var concession = Concession.none
        if let type = row["concession_card"].flatMap(ConcessionCardType.init(rawValue:)) {
            concession = .card(type, number: row["concession_number"] ?? "")
        }
        var specialNeeds: SpecialNeedsRegistration?
        if let need = row["special_need"].flatMap(SpecialNeed.init(rawValue:)),
           let registered = try PGAreaSupport.optionalDate(row, "special_need_registered") {
            specialNeeds = SpecialNeedsRegistration(need: need, registeredOn: registered, evidence: row["special_need_evidence"] ?? "",
                                                    notes: row["special_need_notes"] ?? "")
        }
        let property = Property(address: try address(row.int64("property_address_id")), servicePipeSizeMillimetres: row.int("pipe_size_mm") ?? 0,
                                occupancy: row["occupancy"].flatMap(Occupancy.init(rawValue:)) ?? .owner)
        let account = Account(accountNumber: accountNumber, billingAddress: try address(row.int64("billing_address_id")),
                              electronicAddress: row["electronic_address"], concession: concession, customers: customers,
                              property: property, balance: Money(cents: row.int64("balance_cents") ?? 0), specialNeeds: specialNeeds,
                              version: row.int("version") ?? 1,
                              concessionTerms: ConcessionUpdate.terms(validFrom: try PGAreaSupport.optionalDate(row, "concession_valid_from"),
                                                                      validTo: try PGAreaSupport.optionalDate(row, "concession_valid_to"),
                                                                      advised: try PGAreaSupport.optionalDate(row, "concession_advised"),
                                                                      creditFrom: try PGAreaSupport.optionalDate(row, "concession_credit_from")),
                              concessionApplications: try PGAccountRows.concessionApplications(accountID: id, connection))
        return AccountStanding(account: account, bills: try bills(id, accountNumber, address, connection),
                               payments: try payments(id, connection))
    }

    private static func bills(_ id: Int64, _ accountNumber: String, _ address: (Int64?) throws -> Address,
                              _ connection: PGConnection) throws -> [Bill] {
        var charges: [Int64: [Charge]] = [:]
        for row in try connection.execute("""
            SELECT c.bill_id, c.cents, t.kind, t.service, t.description
            FROM bill_charge c JOIN bill b ON b.id = c.bill_id JOIN charge_type t ON t.id = c.charge_type_id
            WHERE b.account_id = $1 ORDER BY c.bill_id, c.position
            """, [id]).rows {
            let charge = Charge(kind: row["kind"].flatMap(ChargeKind.init(rawValue:)) ?? .other,
                                service: row["service"].flatMap(WaterService.init(rawValue:)),
                                description: try row.string("description"), amount: Money(cents: row.int64("cents") ?? 0))
            charges[row.int64("bill_id") ?? 0, default: []].append(charge)
        }
        return try connection.execute("SELECT * FROM bill WHERE account_id = $1 ORDER BY issue_date, id", [id]).rows.map { row in
            let read: MeterRead = try PGAreaSupport.optionalDate(row, "meter_read_date").map(MeterRead.actual) ?? .estimated
            let usage = UsagePeriod(start: try PGAreaSupport.date(row, "period_start"), end: try PGAreaSupport.date(row, "period_end"),
                                    litres: row.int("litres") ?? 0, meterRead: read,
                                    neighbourhoodAverageLitres: row.int("neighbourhood_litres"))
            return try Bill(issueDate: PGAreaSupport.date(row, "issue_date"), dueDate: PGAreaSupport.date(row, "due_date"),
                            accountNumber: accountNumber, billingAddress: address(row.int64("billing_address_id")),
                            propertyAddress: address(row.int64("property_address_id")), usage: usage,
                            previousBillAmount: Money(cents: row.int64("previous_bill_cents") ?? 0),
                            paymentsSinceLastBill: Money(cents: row.int64("payments_cents") ?? 0),
                            charges: charges[row.int64("id") ?? 0] ?? [], concessionApplied: Money(cents: row.int64("concession_cents") ?? 0))
        }
    }

    private static func payments(_ id: Int64, _ connection: PGConnection) throws -> [Payment] {
        try connection.execute("SELECT date, cents, method FROM payment WHERE account_id = $1 ORDER BY date, id", [id]).rows.map {
            Payment(date: try PGAreaSupport.date($0, "date"), amount: Money(cents: $0.int64("cents") ?? 0),
                    method: $0["method"].flatMap(PaymentMethod.init(rawValue:)) ?? .internet)
        }
    }
}
