import Foundation

/// Who the operating system says is running this process: the login of the real user id.
///
/// This is the console's user on SQLite. It is never read from `USER` or `LOGNAME`, which
/// anyone can set (`USER=boss tapline` used to be boss); a process can change its real uid
/// only with the privileges that would let it read the file anyway.
public enum SystemLogin {
    /// The login name of the real user id, or "uid N" when the password database has none.
    public static var current: String { name(of: getuid()) }

    /// The login name of `uid`, or "uid N" when the password database has none.
    public static func name(of uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return "uid \(uid)"
        }
        return String(cString: name)
    }
}
