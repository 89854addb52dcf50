import TaplineDomain
import TaplineStore

/// Writes accounts with their history and lookup entries through COPY, within the caller's
/// transaction: the one way accounts are written on PostgreSQL (create, import, seed).
///
/// Rows are gathered per table and streamed with `COPY … FROM STDIN` in batches, parents
/// first. Lookup tokens go to a temporary table and are merged into the index once, sorted,
/// by `finish` (as SQLite's loader does), with `search_vocab` counts added to those stored.
final class PGAccountLoader {
    private let connection: PGConnection
    private var ids: PGRowIDs
    private var rows: [Table: [[String?]]] = [:]
    private var chargeTypes: [ChargeTypeKey: Int64] = [:]

    private struct ChargeTypeKey: Hashable {
        let kind: ChargeKind
        let service: WaterService?
        let description: String
    }

    /// The tables written, in the order their batches are copied (parents first).
    private enum Table: CaseIterable {
        case address, account, customer, bill, billCharge, payment, interaction, note, searchDoc, loadToken

        var name: String {
            switch self {
            case .billCharge: "bill_charge"
            case .searchDoc: "search_doc"
            case .loadToken: "load_token"
            default: "\(self)"
            }
        }

        var columns: [String] {
            switch self {
            case .address: ["id", "lines", "suburb", "postcode", "state"]
            case .account: ["id", "number", "billing_address_id", "property_address_id", "electronic_address", "concession_card",
                            "concession_number", "pipe_size_mm", "occupancy", "balance_cents", "special_need",
                            "special_need_registered", "special_need_notes", "version"]
            case .customer: ["account_id", "position", "name", "phone", "email", "is_primary", "third_party_name",
                             "third_party_relationship"]
            case .bill: ["id", "account_id", "issue_date", "due_date", "billing_address_id", "property_address_id", "period_start",
                         "period_end", "litres", "meter_read_date", "neighbourhood_litres", "previous_bill_cents", "payments_cents",
                         "concession_cents"]
            case .billCharge: ["bill_id", "position", "charge_type_id", "cents"]
            case .payment: ["account_id", "date", "cents", "method"]
            case .interaction: ["account_id", "at", "channel", "agent", "summary"]
            case .note: ["account_id", "at", "agent", "text"]
            case .searchDoc: ["account_id", "sort_key", "doc"]
            case .loadToken: ["kind", "token", "sort_key", "account_id"]
            }
        }
    }

    /// Starts a load in the caller's transaction; the temporary token table ends with it.
    init(_ connection: PGConnection, ids: PGRowIDs) throws {
        self.connection = connection
        self.ids = ids
        try connection.execute("""
            CREATE TEMP TABLE load_token (kind smallint, token text COLLATE "C", sort_key text COLLATE "C", account_id bigint)
            ON COMMIT DROP
            """)
    }

    /// Ids to reserve for writing `accounts` (each with its bills) beside other consoles.
    static func idsNeeded(accounts: [SyntheticAccount]) -> [String: Int] {
        ["account": accounts.count, "address": accounts.count * 2, "bill": accounts.reduce(0) { $0 + $1.bills.count }]
    }

    /// Gathers one account's rows; nothing is sent until `flush`.
    func add(_ item: SyntheticAccount) throws {
        let account = item.account
        let propertyID = add(account.property.address)
        let billingID = account.billingAddress == account.property.address ? propertyID : add(account.billingAddress)
        let id = ids.next("account")
        let card: (type: String?, number: String?) = switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
        append(.account, [String(id), account.accountNumber, String(billingID), String(propertyID), account.electronicAddress,
                          card.type, card.number, String(account.property.servicePipeSizeMillimetres),
                          account.property.occupancy.rawValue, String(account.balance.cents), account.specialNeeds?.need.rawValue,
                          account.specialNeeds.map { StoredText.date($0.registeredOn) }, account.specialNeeds?.notes,
                          String(account.version)])
        for (position, customer) in account.customers.enumerated() {
            append(.customer, [String(id), String(position), customer.name, customer.phone, customer.email,
                               customer.isPrimary ? "t" : "f", customer.authorisedThirdParty?.name,
                               customer.authorisedThirdParty?.relationship])
        }
        for bill in item.bills { try add(bill, accountID: id, billingID: billingID, propertyID: propertyID) }
        for payment in item.payments {
            append(.payment, [String(id), StoredText.date(payment.date), String(payment.amount.cents), payment.method.rawValue])
        }
        for interaction in item.interactions {
            append(.interaction, [String(id), StoredText.moment(interaction.at), interaction.channel.rawValue, interaction.agent,
                                  interaction.summary])
        }
        for note in item.notes { append(.note, [String(id), StoredText.moment(note.at), note.agent, note.text]) }
        let document = SearchDocument(account: account)
        append(.searchDoc, [String(id), document.sortKey, document.text])
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) { append(.loadToken, [String(kind.rawValue), token, document.sortKey, String(id)]) }
        }
    }

    private func add(_ address: Address) -> Int64 {
        let id = ids.next("address")
        append(.address, [String(id), address.lines.joined(separator: "\n"), address.suburb, address.postcode, address.state])
        return id
    }

    private func add(_ bill: Bill, accountID: Int64, billingID: Int64, propertyID: Int64) throws {
        let id = ids.next("bill")
        let readDate: String? = if case .actual(let date) = bill.meterRead { StoredText.date(date) } else { nil }
        append(.bill, [String(id), String(accountID), StoredText.date(bill.issueDate), StoredText.date(bill.dueDate), String(billingID),
                       String(propertyID), StoredText.date(bill.usage.start), StoredText.date(bill.usage.end),
                       String(bill.usage.litres), readDate, bill.usage.neighbourhoodAverageLitres.map(String.init),
                       String(bill.previousBillAmount.cents), String(bill.paymentsSinceLastBill.cents),
                       String(bill.concessionApplied.cents)])
        for (position, charge) in bill.charges.enumerated() {
            append(.billCharge, [String(id), String(position), String(try chargeTypeID(charge)), String(charge.amount.cents)])
        }
    }

    /// The catalogue id of a charge's type, added when new (a million bills share a handful).
    private func chargeTypeID(_ charge: Charge) throws -> Int64 {
        let key = ChargeTypeKey(kind: charge.kind, service: charge.service, description: charge.description)
        if let known = chargeTypes[key] { return known }
        let values: [(any PGBindable)?] = [charge.kind.rawValue, charge.service?.rawValue, charge.description]
        try connection.execute("""
            INSERT INTO charge_type(kind, service, description) VALUES ($1, $2, $3)
            ON CONFLICT (kind, coalesce(service, ''), description) DO NOTHING
            """, values)
        guard let id = try connection.execute("""
            SELECT id FROM charge_type WHERE kind = $1 AND coalesce(service, '') = coalesce($2, '') AND description = $3
            """, values).first?.int64("id") else { throw PGError(message: "charge type \(charge.description) was not saved") }
        chargeTypes[key] = id
        return id
    }

    private func append(_ table: Table, _ values: [String?]) {
        rows[table, default: []].append(values)
    }

    /// Sends the gathered rows, table by table.
    func flush() throws {
        for table in Table.allCases {
            guard let batch = rows[table], !batch.isEmpty else { continue }
            try connection.copy(into: table.name, columns: table.columns, rows: batch)
            rows[table]?.removeAll(keepingCapacity: true)
        }
    }

    /// Sends what is left, then merges the tokens into the lookup index in index order and
    /// counts them into the vocabulary (pairs are not counted, as on SQLite).
    func finish() throws {
        try flush()
        try connection.execute("SET LOCAL work_mem = '256MB'")
        try connection.execute("""
            INSERT INTO search_token(kind, token, sort_key, account_id)
                SELECT kind, token, sort_key, account_id FROM load_token ORDER BY kind, token, sort_key, account_id
            """)
        try connection.execute("""
            INSERT INTO search_vocab(kind, token, occurrences)
                SELECT kind, token, count(*) FROM load_token WHERE kind < \(SearchDocument.Kind.pair.rawValue) GROUP BY kind, token
            ON CONFLICT (kind, token) DO UPDATE SET occurrences = search_vocab.occurrences + excluded.occurrences
            """)
        try connection.execute("TRUNCATE load_token")
    }
}
