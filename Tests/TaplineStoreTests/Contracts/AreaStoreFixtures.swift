import Foundation
import GRDB
@testable import TaplineDomain
@testable import TaplinePostgres
@testable import TaplineStore
import TaplineTestSupport

/// Every contract the complaints, collections, hardship and payment plan areas need, as both stores give them.
typealias AreaStore = ComplaintsStore & CollectionsStore & HardshipStore & PaymentPlansStore

/// Givens for the area contract suites: a fresh store of either kind holding the accounts a
/// test needs, made without the accounts store (on PostgreSQL, by inserting the minimal rows:
/// address, account, customer).
enum AreaStoreFixtures {
    struct Holder {
        var number: String
        var name: String
        var postcode = "3337"
        var balance: Money = .zero
        var occupancy: Occupancy = .owner
        var specialNeeds: SpecialNeedsRegistration?
    }

    /// A fresh, migrated store of `kind` holding `accounts`.
    static func store(_ kind: StoreKind, accounts: [Holder]) throws -> any AreaStore {
        switch kind {
        case .sqlite:
            let database = try TestStores.sqlite()
            for holder in accounts {
                var account = StoreFixtures.account(holder.number, holder.name,
                                                    address: StoreFixtures.address("27 Barkly Street", "Melton", holder.postcode),
                                                    occupancy: holder.occupancy)
                account.balance = holder.balance
                account.specialNeeds = holder.specialNeeds
                _ = try database.accounts.create(account, by: "setup", at: StoreFixtures.morning)
            }
            return database
        case .postgres:
            let store = try retryingRoleRace { try TestStores.postgres() }
            try store.withConnection { connection in
                for holder in accounts { try insert(holder, connection) }
            }
            return store
        }
    }

    /// The minimal rows of one account on PostgreSQL, as "v1-accounts" holds them.
    static func insert(_ holder: Holder, _ connection: PGConnection) throws {
        let address = try connection.execute("""
            INSERT INTO address(lines, suburb, postcode, state) VALUES ('27 Barkly Street', 'Melton', $1, 'VIC') RETURNING id
            """, [holder.postcode]).first?.int64("id")
        let account = try connection.execute("""
            INSERT INTO account(number, billing_address_id, property_address_id, pipe_size_mm, occupancy, balance_cents,
                                special_need, special_need_registered, special_need_notes)
            VALUES ($1, $2, $2, 20, $3, $4, $5, $6::date, $7) RETURNING id
            """, [holder.number, address, holder.occupancy.rawValue, holder.balance.cents, holder.specialNeeds?.need.rawValue,
                  holder.specialNeeds?.registeredOn.iso, holder.specialNeeds?.notes]).first?.int64("id")
        try connection.execute("INSERT INTO customer(account_id, position, name, is_primary) VALUES ($1, 0, $2, true)",
                               [account, holder.name])
    }

    /// A connection to a PostgreSQL store's database acting as `role`'s member `login`, as the
    /// server would see a console run by that login (grants and row-level security apply).
    static func connection(to store: PostgresStore, as login: String, in role: String) throws -> PGConnection {
        try retryingRoleRace {
            try store.withConnection { admin in
                try admin.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN CREATE ROLE \(login) LOGIN IN ROLE \(role); END IF; END $$")
            }
        }
        let connection = try PGConnection(uri: store.uri)
        try connection.execute("SET SESSION AUTHORIZATION \(login)")
        return connection
    }

    /// Runs `work` again once when it lost a race to create a role: roles belong to the whole
    /// server, and tests in parallel each migrate their own database ("v1-roles") or make the
    /// same login at the same moment; the second attempt finds the role made.
    static func retryingRoleRace<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as PGError where error.isUniqueViolation && error.message.contains("pg_authid") {
            return try work()
        }
    }

    /// The audit entries' details about an account (nil: those about no account), newest first, on either store.
    static func auditDetails(_ store: any AreaStore, account: String?) throws -> [String] {
        switch store {
        case let database as AppDatabase:
            guard let account else {
                return try database.writer.read { try String.fetchAll($0, sql: "SELECT detail FROM audit_log WHERE account_number IS NULL ORDER BY id DESC") }
            }
            return try database.audit.entries(forAccount: account).map(\.detail)
        case let postgres as PostgresStore:
            return try postgres.withConnection { connection in
                try connection.execute("SELECT detail FROM audit_log WHERE account_number IS NOT DISTINCT FROM $1 ORDER BY id DESC", [account])
                    .rows.map { try $0.string("detail") }
            }
        default:
            return []
        }
    }

    /// Values gathered from several threads at once.
    typealias Collected = PlanStoreFixtures.Collected
}

extension AreaStoreFixtures {
    typealias P = PlanStoreFixtures

    /// Mel Carter's account, owing `balance`, in Melton (postcode 3337).
    static func melCarter(_ kind: StoreKind, balance: String = "1234.56", occupancy: Occupancy = .owner,
                          specialNeeds: SpecialNeedsRegistration? = nil) throws -> any AreaStore {
        try store(kind, accounts: [Holder(number: P.number, name: "Mel Carter", balance: P.dollars(balance), occupancy: occupancy,
                                          specialNeeds: specialNeeds)])
    }

    /// Records an assessment with `outcome` at `time`, as the hardship screen does.
    @discardableResult
    static func assess(_ store: any AreaStore, outcome: HardshipOutcome = .inHardship, at time: LocalDateTime = P.now,
                       account: String = P.number) throws -> HardshipAssessment {
        try store.recordHardshipAssessment(readVersion: try store.hardshipVersion(forAccount: account), by: P.agent, at: time) { id in
            try HardshipAssessment.record(id: id, accountNumber: account, at: time, agent: P.agent,
                                          criteria: HardshipCriteria(concession: .holdsCard, isTenant: true, customerSaysUnableToPay: true),
                                          statement: nil, outcome: outcome, outcomeNote: "agreed with the customer",
                                          referrals: [ReferralOffer(.financialCounsellor, offeredOn: time.date, accepted: true)],
                                          calendar: P.calendar)
        }
    }

    /// Agrees a fortnightly plan of `count` instalments from `start` at `P.now`, as the plan screen does.
    @discardableResult
    static func agree(_ store: any AreaStore, count: Int = 4, start: String = "2026-03-16", hardshipAssessmentID: String? = nil,
                      account: String = P.number) throws -> PaymentPlan {
        let calculation = try P.calculation(count: count, start: start)
        return try store.agreePaymentPlan(readVersion: try store.paymentPlansVersion(forAccount: account), by: P.agent, at: P.now) { id in
            try PaymentPlan.agree(id: id, accountNumber: account, calculation: calculation, agreedOn: P.now.date, agent: P.agent,
                                  eligibility: .eligible, hardshipAssessmentID: hardshipAssessmentID, calendar: P.calendar)
        }
    }
}

extension AreaStoreFixtures {
    /// Records an issued bill and moves the balance, as billing does (on PostgreSQL, by inserting the rows).
    static func addBill(_ bill: Bill, to store: any AreaStore) throws {
        switch store {
        case let database as AppDatabase:
            try database.accounts.addBill(bill)
        case let postgres as PostgresStore:
            try postgres.transaction { connection in
                let account = try PGAreaSupport.accountID(of: bill.accountNumber, connection)
                func address(_ address: Address) throws -> Int64? {
                    try connection.execute("INSERT INTO address(lines, suburb, postcode, state) VALUES ($1, $2, $3, $4) RETURNING id",
                                           [address.lines.joined(separator: "\n"), address.suburb, address.postcode, address.state])
                        .first?.int64("id")
                }
                let id = try connection.execute("""
                    INSERT INTO bill(account_id, issue_date, due_date, billing_address_id, property_address_id, period_start, period_end,
                                     litres, meter_read_date, neighbourhood_litres, previous_bill_cents, payments_cents, concession_cents)
                    VALUES ($1, $2::date, $3::date, $4, $5, $6::date, $7::date, $8, NULL, NULL, $9, $10, $11) RETURNING id
                    """, [account, bill.issueDate.iso, bill.dueDate.iso, try address(bill.billingAddress), try address(bill.propertyAddress),
                          bill.usage.start.iso, bill.usage.end.iso, bill.usage.litres, bill.previousBillAmount.cents,
                          bill.paymentsSinceLastBill.cents, bill.concessionApplied.cents]).first?.int64("id")
                for (position, charge) in bill.charges.enumerated() {
                    let type = try connection.execute("""
                        INSERT INTO charge_type(kind, service, description) VALUES ($1, $2, $3)
                        ON CONFLICT (kind, (coalesce(service, '')), description) DO UPDATE SET kind = excluded.kind RETURNING id
                        """, [charge.kind.rawValue, charge.service?.rawValue, charge.description]).first?.int64("id")
                    try connection.execute("INSERT INTO bill_charge(bill_id, position, charge_type_id, cents) VALUES ($1, $2, $3, $4)",
                                           [id, position, type, charge.amount.cents])
                }
                try connection.execute("UPDATE account SET balance_cents = balance_cents + $1 WHERE id = $2",
                                       [(bill.newCharges - bill.concessionApplied).cents, account])
            }
        default:
            break
        }
    }

    /// Records a payment received and takes it off the balance.
    static func addPayment(_ payment: Payment, to accountNumber: String, in store: any AreaStore) throws {
        switch store {
        case let database as AppDatabase:
            try database.accounts.addPayment(payment, to: accountNumber, by: "setup", at: StoreFixtures.morning)
        case let postgres as PostgresStore:
            try postgres.transaction { connection in
                let account = try PGAreaSupport.accountID(of: accountNumber, connection)
                try connection.execute("INSERT INTO payment(account_id, date, cents, method) VALUES ($1, $2::date, $3, $4)",
                                       [account, payment.date.iso, payment.amount.cents, payment.method.rawValue])
                try connection.execute("UPDATE account SET balance_cents = balance_cents - $1 WHERE id = $2", [payment.amount.cents, account])
            }
        default:
            break
        }
    }
}
