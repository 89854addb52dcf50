import CSV
import Foundation
import TaplineDomain

/// A customer's billing history (Charter 14.8) written as a CSV file: a header row, then
/// `BillingHistory.rows`, every field quoted by the CSV library where it must be.
public enum BillingHistoryFile {
    /// Writes `history` to `url` (replacing a file there), creating the folder; the file is
    /// readable by its owner only, as it holds a customer's account.
    public static func write(_ history: BillingHistory, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let stream = OutputStream(url: url, append: false) else {
            throw StoreError.invalidAccount(accountNumber: history.accountNumber, reason: "\(url.path) cannot be written")
        }
        defer { stream.close() }
        let csv = try CSVWriter(stream: stream)  // opens the stream
        try csv.write(row: BillingHistory.header)
        for row in history.rows { try csv.write(row: row) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    /// The file's usual name: "billing-history-1002003004-2026-12-02.csv".
    public static func name(for history: BillingHistory) -> String {
        "billing-history-\(history.accountNumber)-\(history.to.iso).csv"
    }
}
