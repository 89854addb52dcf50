import ArgumentParser
import Foundation
import TaplineDomain
import TaplinePostgres
import TaplineStore

/// How a command says the store refused or cannot be used: one line on stderr, exit status 1.
///
/// A refusal is the store's answer, not a crash, so it gets no "Error:" prefix or usage text.
enum StoreFailure {
    /// Runs `body`; a refusal or a store that cannot be used goes to stderr with exit status 1.
    static func reported<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
        } catch let error as PostgresSchemaError {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
        } catch let error as PostgresAdminError {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
        } catch let error as PGError {
            FileHandle.standardError.write(Data("tapline: PostgreSQL: \(error.message)\n".utf8))
        } catch let error as StoreLocationError {
            FileHandle.standardError.write(Data("tapline: \(error)\n".utf8))
        } catch let error as ChangedSinceRead {
            FileHandle.standardError.write(Data("tapline: \(error.message)\n".utf8))
        }
        throw ExitCode.failure
    }
}
