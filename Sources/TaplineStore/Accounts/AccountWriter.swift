import GRDB
import TaplineDomain

/// Inserts an account's rows through statements prepared once per writer, with values bound
/// straight to SQLite (`RowInsert`).
///
/// Repositories use it for one account; the synthetic-data loader for a million, where
/// preparing a statement, or boxing its arguments, per row would dominate the cost.
/// Statements are prepared on first use.
final class AccountWriter {
    private let db: Database

    init(_ db: Database) { self.db = db }

    private lazy var addressInsert = RowInsert(db, "INSERT INTO address(lines, suburb, postcode, state) VALUES (?, ?, ?, ?)")
    private lazy var accountInsert = RowInsert(db, """
        INSERT INTO account(id, number, billing_address_id, property_address_id, balance_cents, \
        \(AccountWriter.detailColumns.joined(separator: ", ")), version)
        VALUES (?, ?, ?, ?, ?, \(sqlPlaceholders(AccountWriter.detailColumns.count)), ?)
        """)
    private lazy var customerInsert = RowInsert(db, """
        INSERT INTO customer(account_id, position, name, phone, email, is_primary, third_party_name, third_party_relationship)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var billInsert = RowInsert(db, """
        INSERT INTO bill(account_id, issue_date, due_date, billing_address_id, property_address_id, period_start, period_end,
            litres, meter_read_date, neighbourhood_litres, previous_bill_cents, payments_cents, concession_cents, meter_register_litres)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private lazy var chargeInsert = RowInsert(db, "INSERT INTO bill_charge(bill_id, position, charge_type_id, cents, litres, rate) VALUES (?, ?, ?, ?, ?, ?)")
    private lazy var paymentInsert = RowInsert(db, "INSERT INTO payment(account_id, date, cents, method) VALUES (?, ?, ?, ?)")
    private lazy var interactionInsert = RowInsert(db, "INSERT INTO interaction(account_id, at, channel, agent, summary) VALUES (?, ?, ?, ?, ?)")
    private lazy var noteInsert = RowInsert(db, "INSERT INTO note(account_id, at, agent, text) VALUES (?, ?, ?, ?)")
    private lazy var findChargeTypeStatement = try! db.makeStatement(sql: """
        SELECT id FROM charge_type WHERE kind = ? AND IFNULL(service, '') = IFNULL(?, '') AND description = ?
        """)
    private lazy var chargeTypeStatement = try! db.makeStatement(sql: "INSERT INTO charge_type(kind, service, description) VALUES (?, ?, ?)")
    /// Charge types seen by this writer: a million bills share a handful.
    private var chargeTypeIDs: [ChargeTypeKey: Int64] = [:]

    private struct ChargeTypeKey: Hashable {
        let kind: ChargeKind
        let service: WaterService?
        let description: String
    }

    /// The account columns an agent's edit may change (not the balance, which only bills and
    /// payments move), in the order `detailArguments` gives their values.
    static let detailColumns = ["electronic_address", "concession_card", "concession_number", "pipe_size_mm", "occupancy",
                                "special_need", "special_need_registered", "special_need_notes",
                                "special_need_evidence"]

    static func detailArguments(_ account: Account) -> StatementArguments {
        let card = concessionCard(account)
        return [account.electronicAddress, card.type, card.number, account.property.servicePipeSizeMillimetres,
                account.property.occupancy.rawValue, account.specialNeeds?.need.rawValue,
                account.specialNeeds?.registeredOn, account.specialNeeds?.notes, account.specialNeeds?.storedEvidence]
    }

    /// `detailArguments`, bound for an insert.
    private static func addDetails(_ account: Account, to row: inout RowInsert.Row) {
        let card = concessionCard(account)
        row.add(account.electronicAddress)
        row.add(card.type)
        row.add(card.number)
        row.add(account.property.servicePipeSizeMillimetres)
        row.add(account.property.occupancy.rawValue)
        row.add(account.specialNeeds?.need.rawValue)
        row.add(account.specialNeeds?.registeredOn)
        row.add(account.specialNeeds?.notes)
        row.add(account.specialNeeds?.storedEvidence)
    }

    private static func concessionCard(_ account: Account) -> (type: String?, number: String?) {
        switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
    }

    // MARK: - Rows

    /// Inserts an address row and returns its id.
    func insert(_ address: Address) throws -> Int64 {
        try addressInsert.insert { row in
            row.add(address.lines.joined(separator: "\n"))
            row.add(address.suburb)
            row.add(address.postcode)
            row.add(address.state)
        }
        return db.lastInsertedRowID
    }

    /// Inserts the account row (with `id`, or the next free id when nil) and its customers;
    /// returns the account's row id. The version is the account's own.
    func insert(_ account: Account, id: Int64?, billingAddressID: Int64, propertyAddressID: Int64) throws -> Int64 {
        try accountInsert.insert { row in
            row.add(id)
            row.add(account.accountNumber)
            row.add(billingAddressID)
            row.add(propertyAddressID)
            row.add(account.balance)
            AccountWriter.addDetails(account, to: &row)
            row.add(account.version)
        }
        let accountID = db.lastInsertedRowID
        try insert(account.customers, accountID: accountID)
        return accountID
    }

    func insert(_ customers: [Customer], accountID: Int64) throws {
        for (position, customer) in customers.enumerated() {
            try customerInsert.insert { row in
                row.add(accountID)
                row.add(position)
                row.add(customer.name)
                row.add(customer.phone)
                row.add(customer.email)
                row.add(customer.isPrimary)
                row.add(customer.authorisedThirdParty?.name)
                row.add(customer.authorisedThirdParty?.relationship)
            }
        }
    }

    func insert(_ bill: Bill, accountID: Int64, billingAddressID: Int64, propertyAddressID: Int64) throws {
        let readDate: CivilDate? = if case .actual(let date) = bill.meterRead { date } else { nil }
        try billInsert.insert { row in
            row.add(accountID)
            row.add(bill.issueDate)
            row.add(bill.dueDate)
            row.add(billingAddressID)
            row.add(propertyAddressID)
            row.add(bill.usage.start)
            row.add(bill.usage.end)
            row.add(bill.usage.litres)
            row.add(readDate)
            row.add(bill.usage.neighbourhoodAverageLitres)
            row.add(bill.previousBillAmount)
            row.add(bill.paymentsSinceLastBill)
            row.add(bill.concessionApplied)
            row.add(bill.usage.closingRegisterLitres)
        }
        let billID = db.lastInsertedRowID
        for (position, charge) in bill.charges.enumerated() {
            let typeID = try chargeTypeID(for: charge)
            try chargeInsert.insert { row in
                row.add(billID)
                row.add(position)
                row.add(typeID)
                row.add(charge.amount)
                row.add(charge.pricing?.litres)
                row.add(charge.pricing?.rate.tenThousandthsPerKilolitre)
            }
        }
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
        for payment in payments {
            try paymentInsert.insert { row in
                row.add(accountID)
                row.add(payment.date)
                row.add(payment.amount)
                row.add(payment.method.rawValue)
            }
        }
    }

    func insert(_ interaction: Interaction, accountID: Int64) throws {
        try interactionInsert.insert { row in
            row.add(accountID)
            row.add(interaction.at)
            row.add(interaction.channel.rawValue)
            row.add(interaction.agent)
            row.add(interaction.summary)
        }
    }

    func insert(_ note: Note, accountID: Int64) throws {
        try noteInsert.insert { row in
            row.add(accountID)
            row.add(note.at)
            row.add(note.agent)
            row.add(note.text)
        }
    }
}
