import Foundation

/// Why a PostgreSQL database cannot be used yet: Tapline's schema is missing, or older than
/// this build, and only an admin can change that.
///
/// On SQLite the file is migrated as it opens; on PostgreSQL making tables and roles needs
/// privileges an agent's login does not have, so the console says which command to run.
public enum PostgresSchemaError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// No Tapline migration has been applied: an empty database, or not Tapline's.
    case notInitialised
    /// Some migrations this build needs have not been applied.
    case behind(missing: [String])
    /// The login has none of Tapline's roles here, so may not even read which schema it has.
    case noRole(user: String)

    public var message: String {
        switch self {
        case .notInitialised:
            return "this PostgreSQL database has no Tapline schema; an admin (a role that may create roles) "
                + "sets it up with: tapline admin init --database <this database's URI>"
        case .behind(let missing):
            return "this PostgreSQL database's schema is older than this Tapline (missing \(missing.joined(separator: ", "))); "
                + "an admin brings it up to date with: tapline admin migrate --database <this database's URI>"
        case .noRole(let user):
            return "\(user) has no Tapline role on this database; an admin or supervisor adds you with: tapline users add \(user) --role agent"
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
