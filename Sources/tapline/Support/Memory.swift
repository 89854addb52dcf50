import Foundation

/// The process's resident memory, for benchmark reports.
enum Memory {
    static func residentMiB() -> Double { statusMiB("VmRSS:") }

    /// The most resident memory since the process started, or since `resetPeak`.
    static func peakResidentMiB() -> Double { statusMiB("VmHWM:") }

    /// Starts the peak afresh (Linux: writing 5 to clear_refs resets VmHWM), so a benchmark's
    /// second phase reports its own peak, not the first's.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    private static func statusMiB(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}
