import TaplineDomain

/// The rows a batch of accounts with their history becomes, table by table, with every id
/// given: what a bulk load writes, made on the generating thread so the writing thread only
/// hands values to the database.
public struct AccountLoadRows: Sendable {
    /// The tables written, in the order they are written (parents first), with their columns.
    public enum Table: Int, CaseIterable, Sendable {
        case chargeType, address, account, customer, bill, billCharge, payment, interaction, note, searchDoc

        public var name: String {
            switch self {
            case .chargeType: "charge_type"
            case .billCharge: "bill_charge"
            case .searchDoc: "search_doc"
            default: "\(self)"
            }
        }

        public var columns: [String] {
            switch self {
            case .chargeType: ["id", "kind", "service", "description"]
            case .address: ["id", "lines", "suburb", "postcode", "state"]
            case .account: ["id", "number", "billing_address_id", "property_address_id", "electronic_address", "concession_card",
                            "concession_number", "pipe_size_mm", "occupancy", "balance_cents", "special_need",
                            "special_need_registered", "special_need_notes", "special_need_evidence", "version"]
            case .customer: ["account_id", "position", "name", "phone", "email", "is_primary", "third_party_name",
                             "third_party_relationship"]
            case .bill: ["id", "account_id", "issue_date", "due_date", "billing_address_id", "property_address_id", "period_start",
                         "period_end", "litres", "meter_read_date", "neighbourhood_litres", "previous_bill_cents", "payments_cents",
                         "concession_cents", "meter_register_litres"]
            case .billCharge: ["bill_id", "position", "charge_type_id", "cents", "litres", "rate"]
            case .payment: ["account_id", "date", "cents", "method"]
            case .interaction: ["account_id", "at", "channel", "agent", "summary"]
            case .note: ["account_id", "at", "agent", "text"]
            case .searchDoc: ["account_id", "sort_key", "doc"]
            }
        }
    }

    /// Each table's values, row after row.
    private var cells: [[Cell]] = Array(repeating: [], count: Table.allCases.count)
    /// The bytes of every text value, which text cells point into.
    private var bytes: [UInt8] = []

    public init() {}

    /// The values of `table`'s rows, one row after another (`table.columns.count` each), and
    /// the bytes their text cells are ranges of.
    public func withValues<Result>(_ table: Table,
                                   _ body: (UnsafeBufferPointer<Cell>, UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try cells[table.rawValue].withUnsafeBufferPointer { values in
            try bytes.withUnsafeBufferPointer { text in try body(values, text) }
        }
    }

    /// Adds an account with its history and lookup document, taking ids from `ids`.
    public mutating func add(_ item: SyntheticAccount, id: Int64, document: SearchDocument, ids: inout AccountLoadIDs) {
        let account = item.account
        let propertyID = add(account.property.address, &ids)
        let billingID = account.billingAddress == account.property.address ? propertyID : add(account.billingAddress, &ids)
        let card: (type: String?, number: String?) = switch account.concession {
        case .none: (nil, nil)
        case let .card(type, number): (type.rawValue, number)
        }
        row(.account, .int(id), text(account.accountNumber), .int(billingID), .int(propertyID), text(account.electronicAddress), text(card.type), text(card.number), int(account.property.servicePipeSizeMillimetres), text(account.property.occupancy.rawValue), .int(account.balance.cents), text(account.specialNeeds?.need.rawValue), text(account.specialNeeds.map { StoredText.date($0.registeredOn) }), text(account.specialNeeds?.notes), text(account.specialNeeds?.storedEvidence), int(account.version))
        for (position, customer) in account.customers.enumerated() {
            row(.customer, .int(id), int(position), text(customer.name), text(customer.phone), text(customer.email), .int(customer.isPrimary ? 1 : 0), text(customer.authorisedThirdParty?.name), text(customer.authorisedThirdParty?.relationship))
        }
        for bill in item.bills { add(bill, accountID: id, billingID: billingID, propertyID: propertyID, &ids) }
        for payment in item.payments {
            row(.payment, .int(id), text(StoredText.date(payment.date)), .int(payment.amount.cents), text(payment.method.rawValue))
        }
        for interaction in item.interactions {
            row(.interaction, .int(id), text(StoredText.moment(interaction.at)), text(interaction.channel.rawValue), text(interaction.agent), text(interaction.summary))
        }
        for note in item.notes {
            row(.note, .int(id), text(StoredText.moment(note.at)), text(note.agent), text(note.text))
        }
        row(.searchDoc, .int(id), text(document.sortKey), text(document.text))
    }

    private mutating func add(_ address: Address, _ ids: inout AccountLoadIDs) -> Int64 {
        let id = ids.nextAddress()
        row(.address, .int(id), text(address.lines.joined(separator: "\n")), text(address.suburb), text(address.postcode), text(address.state))
        return id
    }

    private mutating func add(_ bill: Bill, accountID: Int64, billingID: Int64, propertyID: Int64, _ ids: inout AccountLoadIDs) {
        let id = ids.nextBill()
        let readDate: String? = if case .actual(let date) = bill.meterRead { StoredText.date(date) } else { nil }
        row(.bill, .int(id), .int(accountID), text(StoredText.date(bill.issueDate)), text(StoredText.date(bill.dueDate)), .int(billingID), .int(propertyID), text(StoredText.date(bill.usage.start)), text(StoredText.date(bill.usage.end)), int(bill.usage.litres), text(readDate), bill.usage.neighbourhoodAverageLitres.map { .int(Int64($0)) } ?? .null, .int(bill.previousBillAmount.cents), .int(bill.paymentsSinceLastBill.cents), .int(bill.concessionApplied.cents), bill.usage.closingRegisterLitres.map { .int(Int64($0)) } ?? .null)
        for (position, charge) in bill.charges.enumerated() {
            let type = ids.chargeType(charge)
            if type.isNew {
                row(.chargeType, .int(type.id), text(charge.kind.rawValue), text(charge.service?.rawValue), text(charge.description))
            }
            row(.billCharge, .int(id), int(position), .int(type.id), .int(charge.amount.cents),
                charge.pricing.map { .int(Int64($0.litres)) } ?? .null, charge.pricing.map { .int($0.rate.tenThousandthsPerKilolitre) } ?? .null)
        }
    }

    private mutating func row(_ table: Table, _ values: Cell...) {
        cells[table.rawValue].append(contentsOf: values)
    }

    private mutating func text(_ value: String?) -> Cell {
        guard let value else { return .null }
        let offset = bytes.count
        bytes.append(contentsOf: value.utf8)
        return .text(offset: offset, count: bytes.count - offset)
    }
    private func int(_ value: Int) -> Cell { .int(Int64(value)) }
}

/// The ids a bulk load gives the rows it writes: the next free address and bill ids, and the
/// charge-type catalogue (a million bills share a handful, so new types are numbered as met).
public struct AccountLoadIDs: Sendable {
    public struct ChargeTypeKey: Hashable, Sendable {
        public let kind: ChargeKind
        public let service: WaterService?
        public let description: String

        public init(kind: ChargeKind, service: WaterService?, description: String) {
            self.kind = kind
            self.service = service
            self.description = description
        }
    }

    private var address: Int64
    private var bill: Int64
    private var chargeTypes: [ChargeTypeKey: Int64]
    private var nextChargeType: Int64

    /// Ids after those already used; `chargeTypes` is the catalogue as stored.
    public init(lastAddress: Int64, lastBill: Int64, chargeTypes: [ChargeTypeKey: Int64]) {
        address = lastAddress
        bill = lastBill
        self.chargeTypes = chargeTypes
        nextChargeType = (chargeTypes.values.max() ?? 0) + 1
    }

    mutating func nextAddress() -> Int64 {
        address += 1
        return address
    }

    mutating func nextBill() -> Int64 {
        bill += 1
        return bill
    }

    /// The id of a charge's type, and whether it is new to the catalogue.
    mutating func chargeType(_ charge: Charge) -> (id: Int64, isNew: Bool) {
        let key = ChargeTypeKey(kind: charge.kind, service: charge.service, description: charge.description)
        if let known = chargeTypes[key] { return (known, false) }
        let id = nextChargeType
        nextChargeType += 1
        chargeTypes[key] = id
        return (id, true)
    }
}
