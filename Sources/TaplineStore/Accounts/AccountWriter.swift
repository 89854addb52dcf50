import GRDB
import TaplineDomain

/// Inserts an account's rows through statements prepared once per transaction.
///
/// Repositories use it for one account; the synthetic-data loader for a million, where
/// preparing (or even looking up) a statement per row would dominate the cost. Statements are
/// prepared on first use.
final class AccountWriter {
    private let db: Database

    init(_ db: Database) { self.db = db }

    private lazy var addressStatement = prepare("INSERT INTO address(lines, suburb, postcode, state) VALUES (?, ?, ?, ?)")
    private lazy var accountStatement = prepare("""
        INSERT INTO account(id, number, billing_address_id, property_address_id, balance_cents, \
        \(AccountWriter.detailColumns.joined(separator: ", ")), version)
        VALUES (?, ?, ?, ?, ?, \(sqlPlaceholders(AccountWriter.detailColumns.count)), ?)
        """)
    private lazy var customerStatement = prepare("""
        INSERT INTO customer(account_id, position, name, phone, email, is_primary, third_party_name, third_party_relationship)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var billStatement = prepare("""
        INSERT INTO bill(account_id, issue_date, due_date, billing_address_id, property_address_id, period_start, period_end,
            litres, meter_read_date, neighbourhood_litres, previous_bill_cents, payments_cents, concession_cents)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var findChargeTypeStatement = prepare("""
        SELECT id FROM charge_type WHERE kind = ? AND IFNULL(service, '') = IFNULL(?, '') AND description = ?
        """)
    private lazy var chargeTypeStatement = prepare("INSERT INTO charge_type(kind, service, description) VALUES (?, ?, ?)")
    /// Charge types seen in this transaction: a million bills share a handful.
    private var chargeTypeIDs: [ChargeTypeKey: Int64] = [:]

    private struct ChargeTypeKey: Hashable {
        let kind: ChargeKind
        let service: WaterService?
        let description: String
    }
    private lazy var interactionStatement = prepare("""
        INSERT INTO interaction(account_id, at, channel, agent, summary) VALUES (?, ?, ?, ?, ?)
        """)
    private lazy var noteStatement = prepare("INSERT INTO note(account_id, at, agent, text) VALUES (?, ?, ?, ?)")

    /// Statements inserting several rows at once, by table, columns and row count.
    private var multiRowStatements: [String: Statement] = [:]

    private func prepare(_ sql: String) -> Statement {
        // The SQL is fixed and tested; failing to prepare it is a programming error.
        try! db.makeStatement(sql: sql)
    }

    /// The account columns an agent's edit may change (not the balance, which only bills and
    /// payments move), in the order `detailArguments` gives their values.
    static let detailColumns = ["electronic_address", "concession_card", "concession_number", "pipe_size_mm", "occupancy",
                                "special_need", "special_need_registered", "special_need_notes"]

    static func detailArguments(_ account: Account) -> StatementArguments {
        let card: (type: String?, number: String?) = switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
        return [account.electronicAddress, card.type, card.number, account.property.servicePipeSizeMillimetres,
                account.property.occupancy.rawValue, account.specialNeeds?.need.rawValue,
                account.specialNeeds?.registeredOn, account.specialNeeds?.notes]
    }

    // MARK: - Rows

    /// Inserts an address row and returns its id.
    func insert(_ address: Address) throws -> Int64 {
        try addressStatement.execute(arguments: [address.lines.joined(separator: "\n"), address.suburb, address.postcode, address.state])
        return db.lastInsertedRowID
    }

    /// Inserts the account row (with `id`, or the next free id when nil) and its customers;
    /// returns the account's row id. The version is the account's own.
    func insert(_ account: Account, id: Int64?, billingAddressID: Int64, propertyAddressID: Int64) throws -> Int64 {
        try accountStatement.execute(arguments: [id, account.accountNumber, billingAddressID, propertyAddressID, account.balance]
                                     + AccountWriter.detailArguments(account) + [account.version])
        let accountID = db.lastInsertedRowID
        try insert(account.customers, accountID: accountID)
        return accountID
    }

    func insert(_ customers: [Customer], accountID: Int64) throws {
        for (position, customer) in customers.enumerated() {
            try customerStatement.execute(arguments: [
                accountID, position, customer.name, customer.phone, customer.email, customer.isPrimary,
                customer.authorisedThirdParty?.name, customer.authorisedThirdParty?.relationship,
            ])
        }
    }

    func insert(_ bill: Bill, accountID: Int64, billingAddressID: Int64, propertyAddressID: Int64) throws {
        let readDate: CivilDate? = if case .actual(let date) = bill.meterRead { date } else { nil }
        try billStatement.execute(arguments: [
            accountID, bill.issueDate, bill.dueDate, billingAddressID, propertyAddressID, bill.usage.start, bill.usage.end,
            bill.usage.litres, readDate, bill.usage.neighbourhoodAverageLitres, bill.previousBillAmount,
            bill.paymentsSinceLastBill, bill.concessionApplied,
        ])
        let billID = db.lastInsertedRowID
        var values: [(any DatabaseValueConvertible)?] = []
        for (position, charge) in bill.charges.enumerated() {
            values += [billID, position, try chargeTypeID(for: charge), charge.amount]
        }
        try insertRows(into: "bill_charge", columns: ["bill_id", "position", "charge_type_id", "cents"], values: values)
    }

    /// Inserts rows whose values are given one after another, row by row, in one statement
    /// (a bill's charges, an account's payments), sparing a statement execution per row.
    func insertRows(into table: String, columns: [String], values: [(any DatabaseValueConvertible)?]) throws {
        guard !values.isEmpty else { return }
        let rows = values.count / columns.count
        let key = "\(table) \(columns.joined(separator: ",")) \(rows)"
        let statement: Statement
        if let known = multiRowStatements[key] {
            statement = known
        } else {
            let row = "(" + sqlPlaceholders(columns.count) + ")"
            statement = try db.makeStatement(sql: "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
                                              + Array(repeating: row, count: rows).joined(separator: ", "))
            multiRowStatements[key] = statement
        }
        try statement.execute(arguments: StatementArguments(values))
    }

    /// The id of the charge type of `charge`, added to the catalogue when new.
    private func chargeTypeID(for charge: Charge) throws -> Int64 {
        let key = ChargeTypeKey(kind: charge.kind, service: charge.service, description: charge.description)
        if let known = chargeTypeIDs[key] { return known }
        let arguments: StatementArguments = [charge.kind.rawValue, charge.service?.rawValue, charge.description]
        let id: Int64
        if let found = try Int64.fetchOne(findChargeTypeStatement, arguments: arguments) {
            id = found
        } else {
            try chargeTypeStatement.execute(arguments: arguments)
            id = db.lastInsertedRowID
        }
        chargeTypeIDs[key] = id
        return id
    }

    func insert(_ payments: [Payment], accountID: Int64) throws {
        try insertRows(into: "payment", columns: ["account_id", "date", "cents", "method"],
                       values: payments.flatMap { [accountID, $0.date, $0.amount, $0.method.rawValue] as [(any DatabaseValueConvertible)?] })
    }

    func insert(_ interaction: Interaction, accountID: Int64) throws {
        try interactionStatement.execute(arguments: [accountID, interaction.at, interaction.channel.rawValue,
                                                     interaction.agent, interaction.summary])
    }

    func insert(_ note: Note, accountID: Int64) throws {
        try noteStatement.execute(arguments: [accountID, note.at, note.agent, note.text])
    }
}
