import Foundation
import GRDB

extension AppDatabase {
    /// Opens (creating if needed) the database file at `path`, readable by its owner only.
    ///
    /// Account data is personal information, so the file is created with mode 0600 before
    /// SQLite ever touches it (SQLite gives its -wal and -shm files the same mode), an existing
    /// file is narrowed to 0600, and a missing parent folder is created with mode 0700.
    public static func open(path: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        try createPrivateFile(at: url)
        let pool = try DatabasePool(path: url.path, configuration: configuration())
        return try AppDatabase(pool)
    }

    /// Creates the parent folder and an owner-only file, or narrows an existing file to 0600.
    static func createPrivateFile(at url: URL) throws {
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
        guard fchmod(descriptor, 0o600) == 0 else {
            throw StoreError.cannotOpenFile(path: url.path, reason: String(cString: strerror(errno)))
        }
    }
}
