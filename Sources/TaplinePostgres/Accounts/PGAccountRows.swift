import Foundation
import TaplineDomain
import TaplineStore

/// Reads accounts and their history from PostgreSQL, one statement per table.
enum PGAccountRows {
    /// The row id and saved version of an account, or nil when there is none.
    static func identity(of accountNumber: String, _ connection: PGConnection) throws -> (id: Int64, version: Int)? {
        try connection.execute("SELECT id, version FROM account WHERE number = $1", [accountNumber]).first.flatMap { row in
            row.int64("id").map { ($0, row.int("version") ?? 1) }
        }
    }

    /// The row id of an account, or `StoreError.accountNotFound`.
    static func id(of accountNumber: String, _ connection: PGConnection) throws -> Int64 {
        guard let identity = try identity(of: accountNumber, connection) else { throw StoreError.accountNotFound(accountNumber) }
        return identity.id
    }

    /// The account as it stands, with both addresses (one statement) and its customers (another).
    static func account(_ accountNumber: String, _ connection: PGConnection) throws -> (id: Int64, account: Account)? {
        guard let row = try connection.execute("""
            SELECT a.*, b.lines AS b_lines, b.suburb AS b_suburb, b.postcode AS b_postcode, b.state AS b_state,
                   p.lines AS p_lines, p.suburb AS p_suburb, p.postcode AS p_postcode, p.state AS p_state
            FROM account a JOIN address b ON b.id = a.billing_address_id JOIN address p ON p.id = a.property_address_id
            WHERE a.number = $1
            """, [accountNumber]).first, let id = row.int64("id") else { return nil }
        let customers = try connection.execute("SELECT * FROM customer WHERE account_id = $1 ORDER BY position", [id]).rows.map { row in
            Customer(name: row["name"] ?? "", phone: row["phone"], email: row["email"], isPrimary: row.bool("is_primary") ?? false,
                     authorisedThirdParty: row["third_party_name"].map {
                         AuthorisedThirdParty(name: $0, relationship: row["third_party_relationship"] ?? "",
                                              consentReceived: row["third_party_consent"].flatMap(CivilDate.init(iso:)))
                     })
        }
        var concession = Concession.none
        if let type = row["concession_card"].flatMap(ConcessionCardType.init(rawValue:)) {
            concession = .card(type, number: row["concession_number"] ?? "")
        }
        var specialNeeds: SpecialNeedsRegistration?
        if let need = row["special_need"].flatMap(SpecialNeed.init(rawValue:)),
           let registered = row["special_need_registered"].flatMap(CivilDate.init(iso:)) {
            specialNeeds = SpecialNeedsRegistration(need: need, registeredOn: registered, evidence: row["special_need_evidence"] ?? "",
                                                    notes: row["special_need_notes"] ?? "")
        }
        let property = Property(address: address(row, prefix: "p_"), servicePipeSizeMillimetres: row.int("pipe_size_mm") ?? 20,
                                occupancy: row["occupancy"].flatMap(Occupancy.init(rawValue:)) ?? .owner)
        let account = Account(accountNumber: accountNumber, billingAddress: address(row, prefix: "b_"),
                              electronicAddress: row["electronic_address"], concession: concession, customers: customers,
                              property: property, balance: Money(cents: row.int64("balance_cents") ?? 0),
                              specialNeeds: specialNeeds, version: row.int("version") ?? 1,
                              concessionTerms: ConcessionUpdate.terms(
                                validFrom: row["concession_valid_from"].flatMap(CivilDate.init(iso:)),
                                validTo: row["concession_valid_to"].flatMap(CivilDate.init(iso:)),
                                advised: row["concession_advised"].flatMap(CivilDate.init(iso:)),
                                creditFrom: row["concession_credit_from"].flatMap(CivilDate.init(iso:))),
                              concessionApplications: try concessionApplications(accountID: id, connection),
                              preferredContact: row["preferred_contact"].flatMap(ContactMethod.init(rawValue:)),
                              communicationNeeds: AccountRows.needs(language: row["interpreter_language"], tty: row.bool("tty") ?? false))
        return (id, account)
    }

    /// The account's concession and URGS applications, oldest first (7.2(b), (c)).
    static func concessionApplications(accountID: Int64, _ connection: PGConnection) throws -> [ConcessionApplication] {
        try connection.execute("""
            SELECT id, kind, lodged_on, outcome, decided_on FROM concession_application WHERE account_id = $1 ORDER BY lodged_on, id
            """, [accountID]).rows.compactMap { row in
            guard let kind = row["kind"].flatMap(ConcessionApplication.Kind.init(rawValue:)),
                  let lodged = row["lodged_on"].flatMap(CivilDate.init(iso:)),
                  let outcome = ConcessionApplication.Outcome(name: row["outcome"] ?? "",
                                                              decidedOn: row["decided_on"].flatMap(CivilDate.init(iso:))) else { return nil }
            return ConcessionApplication(id: row.int64("id"), kind: kind, lodgedOn: lodged, outcome: outcome)
        }
    }

    /// Points the account's bills at `address` from now on (a move's forwarding address, a
    /// redirection's payer): a new address row, since addresses are never updated and old
    /// bills keep theirs.
    static func pointBilling(ofAccount accountID: Int64, at address: Address, _ connection: PGConnection) throws {
        try connection.execute("""
            WITH a AS (INSERT INTO address(lines, suburb, postcode, state) VALUES ($1, $2, $3, $4) RETURNING id)
            UPDATE account SET billing_address_id = (SELECT id FROM a) WHERE id = $5
            """, [address.lines.joined(separator: "\n"), address.suburb, address.postcode, address.state, accountID])
    }

    /// An address from columns named `prefix` + lines, suburb, postcode, state.
    static func address(_ row: PGRow, prefix: String = "") -> Address {
        let lines = row[prefix + "lines"] ?? ""
        return Address(lines: lines.isEmpty ? [] : lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                       suburb: row[prefix + "suburb"] ?? "", postcode: row[prefix + "postcode"] ?? "", state: row[prefix + "state"] ?? "VIC")
    }

    /// The account with its history: bills with their charges (aggregated as JSON, one
    /// statement), payments, the most recent contacts and notes, and its badges.
    static func detail(_ accountNumber: String, recent: Int, _ connection: PGConnection) throws -> AccountDetail? {
        guard let (id, account) = try account(accountNumber, connection) else { return nil }
        return AccountDetail(account: account,
                             flags: PGAccountFlagSources.merged(own: account.flags, areas: try PGAccountFlagSources.areaFlags(for: [id], connection)[id] ?? []),
                             bills: try bills(accountID: id, accountNumber: accountNumber, connection),
                             payments: try payments(accountID: id, connection),
                             interactions: try interactions(accountID: id, limit: recent, connection),
                             notes: try notes(accountID: id, limit: recent, connection))
    }

    private struct ChargeRow: Decodable {
        let kind: String
        let service: String?
        let description: String
        let cents: Int64
        let litres: Int64?
        let rate: Int64?
    }

    /// All bills, oldest first, each with its itemised charges in order.
    static func bills(accountID: Int64, accountNumber: String, _ connection: PGConnection) throws -> [Bill] {
        let rows = try connection.execute("""
            SELECT b.*, ba.lines AS b_lines, ba.suburb AS b_suburb, ba.postcode AS b_postcode, ba.state AS b_state,
                   pa.lines AS p_lines, pa.suburb AS p_suburb, pa.postcode AS p_postcode, pa.state AS p_state,
                   (SELECT coalesce(json_agg(json_build_object('kind', t.kind, 'service', t.service, 'description', t.description,
                                                               'cents', c.cents, 'litres', c.litres, 'rate', c.rate) ORDER BY c.position), '[]')
                    FROM bill_charge c JOIN charge_type t ON t.id = c.charge_type_id WHERE c.bill_id = b.id) AS charges
            FROM bill b JOIN address ba ON ba.id = b.billing_address_id JOIN address pa ON pa.id = b.property_address_id
            WHERE b.account_id = $1 ORDER BY b.issue_date, b.id
            """, [accountID]).rows
        let decoder = JSONDecoder()
        return try rows.map { row in
            let charges = try decoder.decode([ChargeRow].self, from: Data(row.string("charges").utf8)).map {
                StoredCharge.make(kind: ChargeKind(rawValue: $0.kind) ?? .other, service: $0.service.flatMap(WaterService.init(rawValue:)),
                                  description: $0.description, cents: $0.cents, litres: $0.litres, rate: $0.rate)
            }
            let read: MeterRead = row["meter_read_date"].flatMap(CivilDate.init(iso:)).map(MeterRead.actual) ?? .estimated
            let usage = UsagePeriod(start: try date(row, "period_start"), end: try date(row, "period_end"),
                                    litres: row.int("litres") ?? 0, meterRead: read,
                                    neighbourhoodAverageLitres: row.int("neighbourhood_litres"),
                                    closingRegisterLitres: row.int("meter_register_litres"))
            return try Bill(issueDate: date(row, "issue_date"), dueDate: date(row, "due_date"), accountNumber: accountNumber,
                            billingAddress: address(row, prefix: "b_"), propertyAddress: address(row, prefix: "p_"), usage: usage,
                            previousBillAmount: Money(cents: row.int64("previous_bill_cents") ?? 0),
                            paymentsSinceLastBill: Money(cents: row.int64("payments_cents") ?? 0), charges: charges,
                            concessionApplied: Money(cents: row.int64("concession_cents") ?? 0))
        }
    }

    /// All payments, oldest first.
    static func payments(accountID: Int64, _ connection: PGConnection) throws -> [Payment] {
        try connection.execute("SELECT date, cents, method FROM payment WHERE account_id = $1 ORDER BY date, id", [accountID]).rows.map {
            Payment(date: try date($0, "date"), amount: Money(cents: $0.int64("cents") ?? 0),
                    method: $0["method"].flatMap(PaymentMethod.init(rawValue:)) ?? .internet)
        }
    }

    /// The most recent `limit` contacts, newest first.
    static func interactions(accountID: Int64, limit: Int, _ connection: PGConnection) throws -> [Interaction] {
        try connection.execute("""
            SELECT at, channel, agent, summary, reason, outcome, ended_at, done FROM interaction
            WHERE account_id = $1 ORDER BY at DESC, id DESC LIMIT $2
            """, [accountID, limit]).rows.map(interaction)
    }

    /// A contact from a row with its columns (at, channel, agent, summary, reason, outcome,
    /// ended_at, done: one line each).
    static func interaction(_ row: PGRow) throws -> Interaction {
        let done = row["done"] ?? ""
        return Interaction(channel: row["channel"].flatMap(InteractionChannel.init(rawValue:)) ?? .phone, at: try moment(row, "at"),
                           agent: row["agent"] ?? "", summary: row["summary"] ?? "", reason: row["reason"], outcome: row["outcome"],
                           endedAt: row["ended_at"] == nil ? nil : try moment(row, "ended_at"),
                           done: done.isEmpty ? [] : done.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// The most recent `limit` notes, newest first.
    static func notes(accountID: Int64, limit: Int, _ connection: PGConnection) throws -> [Note] {
        try connection.execute("SELECT at, agent, text FROM note WHERE account_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
                               [accountID, limit]).rows.map {
            Note(text: $0["text"] ?? "", agent: $0["agent"] ?? "", at: try moment($0, "at"))
        }
    }

    /// A `date` column ("2026-11-23").
    static func date(_ row: PGRow, _ column: String) throws -> CivilDate {
        guard let date = try CivilDate(iso: row.string(column)) else { throw PGError(message: "column \(column) is not a date") }
        return date
    }

    /// A `timestamp` column ("2026-11-23 09:05:00").
    static func moment(_ row: PGRow, _ column: String) throws -> LocalDateTime {
        guard let moment = try LocalDateTime(iso: row.string(column)) else { throw PGError(message: "column \(column) is not a time") }
        return moment
    }
}
