import Foundation
import TaplineDomain

/// The `charge_type` catalogue as a load meets it: a million bills share a handful of charge
/// types, so each is looked up (or added) once and its id remembered.
///
/// A seed builds batches on other threads than the one sending them: the catalogue has a lock
/// of its own, and the connection's lock makes a lookup wait for the COPY in progress, within
/// the same transaction.
final class PGChargeTypes: @unchecked Sendable {
    private struct Key: Hashable {
        let kind: ChargeKind
        let service: WaterService?
        let description: String
    }

    private let connection: PGConnection
    private var known: [Key: Int64] = [:]
    private let lock = NSLock()

    init(_ connection: PGConnection) {
        self.connection = connection
    }

    /// The catalogue id of a charge's type, added when new.
    func id(of charge: Charge) throws -> Int64 {
        let key = Key(kind: charge.kind, service: charge.service, description: charge.description)
        lock.lock()
        defer { lock.unlock() }
        if let id = known[key] { return id }
        let values: [(any PGBindable)?] = [charge.kind.rawValue, charge.service?.rawValue, charge.description]
        try connection.execute("""
            INSERT INTO charge_type(kind, service, description) VALUES ($1, $2, $3)
            ON CONFLICT (kind, coalesce(service, ''), description) DO NOTHING
            """, values)
        guard let id = try connection.execute("""
            SELECT id FROM charge_type WHERE kind = $1 AND coalesce(service, '') = coalesce($2, '') AND description = $3
            """, values).first?.int64("id") else { throw PGError(message: "charge type \(charge.description) was not saved") }
        known[key] = id
        return id
    }
}
