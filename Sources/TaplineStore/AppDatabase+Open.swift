import Foundation
import GRDB

extension AppDatabase {
    /// Opens (creating if needed) the database file at `path`; its owner is the store's admin.
    ///
    /// Account data is personal information, so a new file is created with mode 0600 before
    /// SQLite ever touches it (SQLite gives its -wal and -shm files the same mode), in a folder
    /// created with mode 0700. An existing file keeps the group access `share(group:)` gave it
    /// (opening used to narrow it back to 0600, so a supervisor on another login could never
    /// open the agents' store), but never keeps access for everyone else.
    public static func open(path: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        let owner = try createOrNarrowFile(at: url)
        let pool = try DatabasePool(path: url.path, configuration: configuration())
        return try AppDatabase(pool, admin: SystemLogin.name(of: owner))
    }

    /// Creates the parent folder and an owner-only file, or takes "other" access off an
    /// existing one; returns the file's owner.
    static func createOrNarrowFile(at url: URL) throws -> uid_t {
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotOpenFile(path: url.path, reason: "cannot create the folder \(folder.path)")
            }
        }
        let descriptor = Foundation.open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.cannotOpenFile(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StoreError.cannotOpenFile(path: url.path, reason: String(cString: strerror(errno))) }
        let narrowed = info.st_mode & 0o770
        if info.st_mode & 0o7777 != narrowed, info.st_uid == geteuid(), fchmod(descriptor, narrowed) != 0 {
            throw StoreError.cannotOpenFile(path: url.path, reason: String(cString: strerror(errno)))
        }
        return info.st_uid
    }
}
