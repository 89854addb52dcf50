import CLibpq
import Foundation

/// A value sent to PostgreSQL as a statement parameter, in its text form.
public protocol PGBindable: Sendable {
    var pgText: String { get }
}

extension String: PGBindable { public var pgText: String { self } }
extension Int: PGBindable { public var pgText: String { String(self) } }
extension Int64: PGBindable { public var pgText: String { String(self) } }
extension Bool: PGBindable { public var pgText: String { self ? "true" : "false" } }

/// One connection to PostgreSQL through libpq, used by one thread at a time.
///
/// libpq is PostgreSQL's own client: the URI is read exactly as psql reads it
/// (`postgresql:///tapline?host=/run/sock&port=5433`, `sslmode=require`, `.pgpass`, service
/// files), and over the local socket the server's peer authentication makes the session's
/// role the operating-system login, which nothing in this process can change. Every call is
/// synchronous: the console's store work already runs off the input thread.
public final class PGConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    /// The statements `executePrepared` has prepared in this session, by SQL text.
    private var preparedNames: [String: String] = [:]
    /// Names are never reused within a process, so a statement prepared again cannot meet an old one.
    private var preparedCount = 0

    /// Connects; throws with libpq's words when the server refuses or cannot be reached.
    public init(uri: String) throws(PGError) {
        guard let handle = PQconnectdb(uri) else { throw PGError(message: "libpq could not allocate a connection") }
        self.handle = handle
        guard PQstatus(handle) == CONNECTION_OK else {
            // No PQfinish here: every property is set, so deinit runs for the failed init and frees it.
            throw PGError(message: String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // The server's NOTICEs (e.g. "relation already exists, skipping") are not the agent's business.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Runs one statement with `$1, $2…` parameters (nil is SQL NULL) and returns its rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [(any PGBindable)?] = []) throws(PGError) -> PGResult {
        lock.lock()
        defer { lock.unlock() }
        return try run(sql, parameters)
    }

    /// Runs one statement like `execute`, parsed and planned once per session: the first call
    /// prepares it under a name (PQprepare), later calls send only the parameters
    /// (PQexecPrepared), and the server keeps the plan. For the statements run on every lookup
    /// keystroke, where parsing and planning cost more than running.
    ///
    /// A session that lost its statements (`DISCARD ALL`) prepares them again, outside a
    /// transaction; inside one the error is the caller's, as any other.
    @discardableResult
    public func executePrepared(_ sql: String, _ parameters: [(any PGBindable)?] = []) throws(PGError) -> PGResult {
        lock.lock()
        defer { lock.unlock() }
        do throws(PGError) {
            return try runPrepared(sql, parameters)
        } catch {
            guard error.sqlState == "26000", PQtransactionStatus(handle) == PQTRANS_IDLE else { throw error }
            preparedNames.removeAll()
            return try runPrepared(sql, parameters)
        }
    }

    /// Waits up to `milliseconds` for notifications on the channels this session LISTENs to,
    /// and returns their payloads (none when the time passed); throws when the connection is lost.
    public func waitForNotifications(milliseconds: Int32) throws(PGError) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var payloads = takeNotifications()
        guard payloads.isEmpty else { return payloads }
        var socket = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        guard socket.fd >= 0 else { throw lastError() }
        let ready = poll(&socket, 1, milliseconds)
        guard ready > 0 else { return [] }
        guard PQconsumeInput(handle) == 1 else { throw lastError() }
        payloads = takeNotifications()
        return payloads
    }

    private func takeNotifications() -> [String] {
        var payloads: [String] = []
        while let notification = PQnotifies(handle) {
            payloads.append(String(cString: notification.pointee.extra))
            PQfreemem(notification)
        }
        return payloads
    }

    /// Streams a query's rows out with `COPY (query) TO STDOUT` in binary format: the server
    /// sends while this process works on what has arrived, with no round trip per page, and
    /// no value becomes a string (verifying ten million audit entries). `body` gets each row
    /// and returns false to stop early: the rest of the query is cancelled.
    public func copyOut(_ query: String, _ body: (PGCopyOutRow) throws -> Bool) throws {
        lock.lock()
        defer { lock.unlock() }
        let start = PQexec(handle, "COPY (\(query)) TO STDOUT WITH (FORMAT binary)")
        let status = PQresultStatus(start)
        PQclear(start)
        guard status == PGRES_COPY_OUT else { throw lastError() }
        var stopped = false, headerRead = false
        var failure: (any Error)?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &buffer, 0)
            if length == -1 { break }
            if length == -2 { failure = failure ?? lastError(); break }
            defer { PQfreemem(buffer) }
            guard !stopped else { continue }
            var bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length))
            if !headerRead {
                bytes = PGCopyOutRow.afterHeader(bytes)
                headerRead = true
            }
            guard let row = PGCopyOutRow(bytes) else { continue }
            do {
                if try !body(row) { stopped = true }
            } catch {
                failure = error
                stopped = true
            }
            if stopped { cancel() }
        }
        var serverError: PGError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, serverError == nil { serverError = error(from: result) }
            PQclear(result)
        }
        if let failure { throw failure }
        // A cancelled COPY ends in the server's "canceling statement" error: that was asked for.
        if let serverError, !stopped { throw serverError }
    }

    /// Asks the server to stop the statement running on this connection.
    private func cancel() {
        guard let request = PQgetCancel(handle) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(request, &message, Int32(message.count))
        PQfreeCancel(request)
    }

    /// Runs several statements separated by semicolons, with no parameters (migrations).
    public func executeScript(_ sql: String) throws(PGError) {
        lock.lock()
        defer { lock.unlock() }
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body(self)
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Streams rows into a table with COPY … FROM STDIN: the fast way to load seeds and imports.
    ///
    /// - Parameter rows: each row's values in `columns` order, nil for NULL.
    public func copy(into table: String, columns: [String], rows: some Sequence<[String?]>) throws(PGError) {
        lock.lock()
        defer { lock.unlock() }
        let start = PQexec(handle, "COPY \(table)(\(columns.joined(separator: ", "))) FROM STDIN")
        let status = PQresultStatus(start)
        PQclear(start)
        guard status == PGRES_COPY_IN else { throw lastError() }
        var buffer = ""
        buffer.reserveCapacity(1 << 20)
        func flush() throws(PGError) {
            let sent = buffer.withCString { PQputCopyData(handle, $0, Int32(strlen($0))) }
            guard sent == 1 else { throw lastError() }
            buffer.removeAll(keepingCapacity: true)
        }
        for row in rows {
            for (i, value) in row.enumerated() {
                if i > 0 { buffer.append("\t") }
                buffer.append(value.map(Self.copyEscaped) ?? "\\N")
            }
            buffer.append("\n")
            if buffer.utf8.count >= 1 << 20 { try flush() }
        }
        if !buffer.isEmpty { try flush() }
        try endCopy()
    }

    /// Streams rows built in COPY's binary format (`PGCopyRows`) into a table: the fastest
    /// load, since the server parses no text. `columns` must match the rows' values in order and type.
    ///
    /// - Parameter freeze: the table was created or truncated in this transaction, so its rows
    ///   can be written frozen and all-visible (`COPY … FREEZE`): no later vacuum rewrites them,
    ///   and index-only scans work at once.
    public func copyBinary(into table: String, columns: [String], rows: PGCopyRows, freeze: Bool = false) throws(PGError) {
        lock.lock()
        defer { lock.unlock() }
        let options = freeze ? "FORMAT binary, FREEZE" : "FORMAT binary"
        let start = PQexec(handle, "COPY \(table)(\(columns.joined(separator: ", "))) FROM STDIN WITH (\(options))")
        let status = PQresultStatus(start)
        PQclear(start)
        guard status == PGRES_COPY_IN else { throw lastError() }
        func send(_ bytes: UnsafeBufferPointer<UInt8>) throws(PGError) {
            let sent = bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
            guard sent == 1 else { throw lastError() }
        }
        // Header: signature, flags, no extension; trailer: a field count of -1.
        let header: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + [UInt8](repeating: 0, count: 8)
        try header.withUnsafeBufferPointer { (buffer) throws(PGError) in try send(buffer) }
        try rows.bytes.withUnsafeBufferPointer { (buffer) throws(PGError) in
            // In slices, so libpq's output buffer stays small however large the batch.
            var offset = 0
            while offset < buffer.count {
                let end = min(offset + Self.copySlice, buffer.count)
                try send(UnsafeBufferPointer(rebasing: buffer[offset..<end]))
                offset = end
            }
        }
        try [UInt8](arrayLiteral: 0xFF, 0xFF).withUnsafeBufferPointer { (buffer) throws(PGError) in try send(buffer) }
        try endCopy()
    }

    /// Bytes handed to libpq per call while streaming a binary COPY.
    private static let copySlice = 1 << 20

    /// COPY's text format: backslash, tab, newline and carriage return escaped.
    static func copyEscaped(_ value: String) -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    // MARK: - libpq calls (with the lock held)

    /// Ends a COPY … FROM STDIN and reports the server's verdict on the rows.
    private func endCopy() throws(PGError) {
        guard PQputCopyEnd(handle, nil) == 1 else { throw lastError() }
        var failure: PGError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, failure == nil { failure = error(from: result) }
            PQclear(result)
        }
        if let failure { throw failure }
    }

    private func run(_ sql: String, _ parameters: [(any PGBindable)?]) throws(PGError) -> PGResult {
        let result = Self.withValues(parameters) { PQexecParams(handle, sql, Int32(parameters.count), nil, $0, nil, nil, 0) }
        defer { PQclear(result) }
        try check(result)
        return PGResult(result!)
    }

    private func runPrepared(_ sql: String, _ parameters: [(any PGBindable)?]) throws(PGError) -> PGResult {
        let name: String
        if let known = preparedNames[sql] {
            name = known
        } else {
            preparedCount += 1
            name = "tapline_\(preparedCount)"
            let prepared = PQprepare(handle, name, sql, Int32(parameters.count), nil)
            defer { PQclear(prepared) }
            try check(prepared)
            preparedNames[sql] = name
        }
        let result = Self.withValues(parameters) { PQexecPrepared(handle, name, Int32(parameters.count), $0, nil, nil, 0) }
        defer { PQclear(result) }
        try check(result)
        return PGResult(result!)
    }

    /// Calls `body` with the parameters as C strings in text form (NULL for nil), freed after.
    private static func withValues<T>(_ parameters: [(any PGBindable)?],
                                      _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
        let cStrings = parameters.map { $0.map { strdup($0.pgText) } ?? nil }
        defer { cStrings.forEach { free($0) } }
        let values = cStrings.map { UnsafePointer($0) }
        return values.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    private func check(_ result: OpaquePointer?) throws(PGError) {
        guard let result else { throw lastError() }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
        default: throw error(from: result)
        }
    }

    private func error(from result: OpaquePointer) -> PGError {
        let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        return PGError(message: message.isEmpty ? lastError().message : message, sqlState: state)
    }

    private func lastError() -> PGError {
        PGError(message: String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
