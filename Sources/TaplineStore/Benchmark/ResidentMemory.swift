import Foundation

/// The process's resident memory, from /proc/self/status (Linux); nil where there is none.
///
/// `resident` includes pages of the database file mapped for reading (shared with the OS page
/// cache and other processes); `private` is the process's own heap and stacks.
enum ResidentMemory {
    static func current() -> (resident: Int, peak: Int, private: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func kilobytes(_ field: String) -> Int? {
            status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
                .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
        }
        guard let resident = kilobytes("VmRSS") else { return nil }
        return (resident * 1024, (kilobytes("VmHWM") ?? resident) * 1024, (kilobytes("RssAnon") ?? resident) * 1024)
    }
}
