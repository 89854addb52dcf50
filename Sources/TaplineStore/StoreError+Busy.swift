import GRDB

extension StoreError {
    /// Whether `error` is SQLite giving up on a lock another connection held past the busy
    /// timeout: nothing was saved, and the same save may be made again.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}
