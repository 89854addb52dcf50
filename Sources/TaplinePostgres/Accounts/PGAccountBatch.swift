import TaplineDomain
import TaplineStore

/// A batch of accounts with their history and lookup tokens as binary COPY rows, table by
/// table: what `PGAccountLoader` and the seed send.
///
/// Building a batch needs no connection of its own (charge types excepted, a handful learnt
/// once), so a seed builds the next batch on another thread while this one is being sent.
struct PGAccountBatch: Sendable {
    /// The tables written, in the order their rows are copied (parents first).
    enum Table: Int, CaseIterable, Sendable {
        case address, account, customer, bill, billCharge, payment, interaction, note, searchDoc, token

        /// The table's name; lookup tokens go where the load says (`PGAccountBatch.send`).
        var name: String {
            switch self {
            case .billCharge: "bill_charge"
            case .searchDoc: "search_doc"
            case .token: "search_token"
            default: "\(self)"
            }
        }

        /// The columns in the order `add` writes their values (and in their types): the
        /// account tables' as every bulk load writes them (`AccountLoadRows`), and the tokens'.
        var columns: [String] {
            if self == .token { return ["kind", "token", "sort_key", "account_id"] }
            // Every other table is one of the bulk load's, by name.
            return AccountLoadRows.Table.allCases.first { $0.name == name }!.columns
        }

        /// The tables whose rows the batch holds, by name: the ones a seed takes the indexes off.
        static var names: [String] { allCases.map(\.name) }
    }

    private(set) var rows: [PGCopyRows]
    /// Accounts in the batch.
    private(set) var accounts = 0

    /// An empty batch with room for about `capacity` synthetic accounts.
    init(capacity: Int = 0) {
        // Rows per account as the generator makes them: nine bills of about four charges,
        // about as many payments, and two dozen lookup tokens.
        let perAccount: [Table: Int] = [.address: 2, .account: 1, .customer: 2, .bill: 9, .billCharge: 40, .payment: 10,
                                         .interaction: 3, .note: 2, .searchDoc: 1, .token: 26]
        rows = Table.allCases.map { PGCopyRows(columns: $0.columns.count, reservingRows: capacity * perAccount[$0, default: 1]) }
    }

    var isEmpty: Bool { accounts == 0 }

    /// The row ids an account's rows take: one address, or two when it is billed elsewhere,
    /// and one per bill.
    static func ids(for item: SyntheticAccount) -> (addresses: Int, bills: Int) {
        (item.account.billingAddress == item.account.property.address ? 1 : 2, item.bills.count)
    }

    /// Adds `other`'s rows after these: a batch built in parts, each on its own core.
    mutating func append(_ other: PGAccountBatch) {
        for table in Table.allCases { rows[table.rawValue].append(other.rows[table.rawValue]) }
        accounts += other.accounts
    }

    /// Adds one account's rows, its row ids taken from `ids`.
    mutating func add(_ item: SyntheticAccount, ids: inout PGRowIDs, chargeTypes: PGChargeTypes) throws {
        accounts += 1
        let account = item.account
        let propertyID = add(account.property.address, ids: &ids)
        let billingID = account.billingAddress == account.property.address ? propertyID : add(account.billingAddress, ids: &ids)
        let id = ids.next("account")
        let card: (type: String?, number: String?) = switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
        write(.account) { row in
            row.int64(id)
            row.text(account.accountNumber)
            row.int64(billingID)
            row.int64(propertyID)
            row.text(account.electronicAddress)
            row.text(card.type)
            row.text(card.number)
            row.int32(account.property.servicePipeSizeMillimetres)
            row.text(account.property.occupancy.rawValue)
            row.int64(account.balance.cents)
            row.text(account.specialNeeds?.need.rawValue)
            row.date(account.specialNeeds?.registeredOn)
            row.text(account.specialNeeds?.notes)
            row.text(account.specialNeeds?.storedEvidence)
            row.int32(account.version)
        }
        for (position, customer) in account.customers.enumerated() {
            write(.customer) { row in
                row.int64(id)
                row.int32(position)
                row.text(customer.name)
                row.text(customer.phone)
                row.text(customer.email)
                row.bool(customer.isPrimary)
                row.text(customer.authorisedThirdParty?.name)
                row.text(customer.authorisedThirdParty?.relationship)
            }
        }
        for bill in item.bills {
            try add(bill, accountID: id, billingID: billingID, propertyID: propertyID, ids: &ids, chargeTypes: chargeTypes)
        }
        for payment in item.payments {
            write(.payment) { row in
                row.int64(id)
                row.date(payment.date)
                row.int64(payment.amount.cents)
                row.text(payment.method.rawValue)
            }
        }
        for interaction in item.interactions {
            write(.interaction) { row in
                row.int64(id)
                row.timestamp(interaction.at)
                row.text(interaction.channel.rawValue)
                row.text(interaction.agent)
                row.text(interaction.summary)
            }
        }
        for note in item.notes {
            write(.note) { row in
                row.int64(id)
                row.timestamp(note.at)
                row.text(note.agent)
                row.text(note.text)
            }
        }
        let document = SearchDocument(account: account)
        write(.searchDoc) { row in
            row.int64(id)
            row.text(document.sortKey)
            row.text(document.text)
        }
        for kind in SearchDocument.Kind.allCases {
            for token in document.tokens(kind) {
                write(.token) { row in
                    row.int16(kind.rawValue)
                    row.text(token)
                    row.text(document.sortKey)
                    row.int64(id)
                }
            }
        }
    }

    private mutating func add(_ address: Address, ids: inout PGRowIDs) -> Int64 {
        let id = ids.next("address")
        write(.address) { row in
            row.int64(id)
            row.text(address.lines.joined(separator: "\n"))
            row.text(address.suburb)
            row.text(address.postcode)
            row.text(address.state)
        }
        return id
    }

    private mutating func add(_ bill: Bill, accountID: Int64, billingID: Int64, propertyID: Int64, ids: inout PGRowIDs,
                              chargeTypes: PGChargeTypes) throws {
        let id = ids.next("bill")
        let readDate: CivilDate? = if case .actual(let date) = bill.meterRead { date } else { nil }
        write(.bill) { row in
            row.int64(id)
            row.int64(accountID)
            row.date(bill.issueDate)
            row.date(bill.dueDate)
            row.int64(billingID)
            row.int64(propertyID)
            row.date(bill.usage.start)
            row.date(bill.usage.end)
            row.int64(Int64(bill.usage.litres))
            row.date(readDate)
            if let litres = bill.usage.neighbourhoodAverageLitres {
                row.int64(Int64(litres))
            } else {
                row.null()
            }
            row.int64(bill.previousBillAmount.cents)
            row.int64(bill.paymentsSinceLastBill.cents)
            row.int64(bill.concessionApplied.cents)
            if let register = bill.usage.closingRegisterLitres {
                row.int64(Int64(register))
            } else {
                row.null()
            }
        }
        for (position, charge) in bill.charges.enumerated() {
            let type = try chargeTypes.id(of: charge)
            write(.billCharge) { row in
                row.int64(id)
                row.int32(position)
                row.int64(type)
                row.int64(charge.amount.cents)
                if let pricing = charge.pricing {
                    row.int64(Int64(pricing.litres))
                    row.int64(pricing.rate.tenThousandthsPerKilolitre)
                } else {
                    row.null()
                    row.null()
                }
            }
        }
    }

    /// Starts a row of `table`; `body` writes its values.
    private mutating func write(_ table: Table, _ body: (inout PGCopyRows) -> Void) {
        rows[table.rawValue].row()
        body(&rows[table.rawValue])
    }

    /// Copies the rows table by table, the lookup tokens into `tokenTable`; `frozen` tables
    /// were emptied in this transaction and take their rows already frozen (`COPY … FREEZE`).
    func send(_ connection: PGConnection, tokenTable: String, frozen: Set<String> = []) throws {
        for table in Table.allCases where !rows[table.rawValue].isEmpty {
            let name = table == .token ? tokenTable : table.name
            try connection.copyBinary(into: name, columns: table.columns, rows: rows[table.rawValue], freeze: frozen.contains(name))
        }
    }
}
