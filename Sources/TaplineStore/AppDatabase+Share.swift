import Foundation
import GRDB

extension AppDatabase {
    /// Lets every member of `group` use the database file on this host: one SQLite file,
    /// several logins (agents and their supervisor on one machine).
    ///
    /// The folder becomes 2770 (setgid, so the -wal and -shm files SQLite makes later belong to
    /// the group too) and the file and its companions 0660, all in `group`. SQLite cannot
    /// enforce roles against anyone who can write the file; PostgreSQL is the store for that.
    ///
    /// - Returns: the paths that were changed.
    @discardableResult
    public static func share(path: String, group: String) throws -> [String] {
        guard let entry = getgrnam(group) else { throw StoreError.cannotOpenFile(path: path, reason: "there is no group “\(group)”") }
        let gid = entry.pointee.gr_gid
        let file = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw StoreError.cannotOpenFile(path: path, reason: "there is no database there yet: start tapline on it once first")
        }
        let folder = file.deletingLastPathComponent().path
        var changed: [String] = []
        func apply(_ path: String, mode: mode_t) throws {
            guard chown(path, uid_t.max, gid) == 0, chmod(path, mode) == 0 else {
                throw StoreError.cannotOpenFile(path: path, reason: String(cString: strerror(errno)))
            }
            changed.append(path)
        }
        try apply(folder, mode: 0o2770)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: file.path + suffix) {
            try apply(file.path + suffix, mode: 0o660)
        }
        return changed
    }
}
