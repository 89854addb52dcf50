import GRDB
import TaplineDomain

/// Writes bills (with their charges) and payments.
enum BillRows {
    static func insert(_ bill: Bill, accountID: Int64, billingAddressID: Int64, propertyAddressID: Int64, _ db: Database) throws {
        let readDate: CivilDate? = if case .actual(let date) = bill.meterRead { date } else { nil }
        try db.cachedStatement(sql: """
            INSERT INTO bill(account_id, issue_date, due_date, billing_address_id, property_address_id, period_start, period_end,
                litres, meter_read_date, neighbourhood_litres, previous_bill_cents, payments_cents, concession_cents)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [accountID, bill.issueDate, bill.dueDate, billingAddressID, propertyAddressID,
                                     bill.usage.start, bill.usage.end, bill.usage.litres, readDate,
                                     bill.usage.neighbourhoodAverageLitres, bill.previousBillAmount,
                                     bill.paymentsSinceLastBill, bill.concessionApplied])
        let billID = db.lastInsertedRowID
        let insertCharge = try db.cachedStatement(sql: """
            INSERT INTO bill_charge(bill_id, position, kind, service, description, cents) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, charge) in bill.charges.enumerated() {
            try insertCharge.execute(arguments: [billID, position, charge.kind.rawValue, charge.service?.rawValue,
                                                 charge.description, charge.amount])
        }
    }

    static func insert(_ payment: Payment, accountID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO payment(account_id, date, cents, method) VALUES (?, ?, ?, ?)")
            .execute(arguments: [accountID, payment.date, payment.amount, payment.method.rawValue])
    }
}
