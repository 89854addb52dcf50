import Crypto
import TaplineDomain

/// The rule that chains the audit trail: each entry's SHA-256 covers its place, the previous
/// entry's hash and everything it says, so changing, removing or slipping in an entry breaks
/// every link after it (issue 12, item 5).
///
/// The canonical encoding is bytes both stores can build exactly — Swift here, PostgreSQL's
/// own functions in its trigger (`audit_chain_field`, `audit_chain_encoding` in
/// "v2-audit-chain"):
///
///     sequence as 8 bytes big-endian ‖ previous hash (32 bytes)
///     ‖ field(at) ‖ field(who) ‖ field(action) ‖ field(account) ‖ field(detail)
///
/// where field(text) is its UTF-8 byte count as 4 bytes big-endian then the bytes, and
/// field(NULL) is FF FF FF FF. Lengths make it unambiguous (no "ab"+"c" = "a"+"bc"). `at` is
/// text in one form, `YYYY-MM-DDTHH:MM:SS` (SQLite's stored form; PostgreSQL's
/// `to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS')`), so the stores need not agree on time types.
public enum AuditChain {
    /// The "previous hash" of the first entry.
    public static let genesis = [UInt8](repeating: 0, count: 32)

    /// The hash of an entry written now, from its domain values.
    public static func hash(sequence: Int64, previous: [UInt8], entry: AuditEntry) -> [UInt8] {
        var encoder = Encoder()
        let at = StoredText.moment(entry.at)
        return encoder.hash(sequence: sequence, previous: previous, at: bytes(at), who: bytes(entry.who),
                            action: bytes(entry.action.rawValue), account: entry.accountNumber.map(bytes), detail: bytes(entry.detail))
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Builds encodings in one reused buffer: checking ten million entries allocates each
    /// 32-byte digest, never an encoding.
    public struct Encoder {
        private var buffer: [UInt8] = []

        public init() { buffer.reserveCapacity(512) }

        /// The SHA-256 of the canonical encoding of these values.
        public mutating func hash(sequence: Int64, previous: some Collection<UInt8>, at: some Collection<UInt8>,
                                  who: some Collection<UInt8>, action: some Collection<UInt8>,
                                  account: (some Collection<UInt8>)?, detail: some Collection<UInt8>) -> [UInt8] {
            buffer.removeAll(keepingCapacity: true)
            append(UInt64(bitPattern: sequence))
            buffer.append(contentsOf: previous)
            field(at)
            field(who)
            field(action)
            if let account { field(account) } else { append(UInt32.max) }
            field(detail)
            return Array(SHA256.hash(data: buffer))
        }

        private mutating func field(_ text: some Collection<UInt8>) {
            append(UInt32(text.count))
            buffer.append(contentsOf: text)
        }

        private mutating func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
        }
    }
}
