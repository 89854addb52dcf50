/// A list read from the store a page at a time (issue 12 item 6): the rows loaded so far, in
/// the list's order, and how many the whole list holds.
///
/// The first read takes a page; moving to within a fifth of a page of the end of what is
/// loaded reads the next one; a change anywhere reads again from the top as much as is loaded
/// (a page at least), so the selected row is still there however far down it is. A page that
/// was read before such a refresh replaced what it follows is dropped. The table shows
/// `total` as its `totalRows`, so its scroll marker counts the rows not loaded yet too.
///
/// ```swift
/// let limit = queue.refreshLimit                    // appear and storeChanged: offset 0
/// if let offset = queue.nextPageOffset(selected: table.selected) { … offset, queue.pageRows … }
/// ```
public struct PagedRows<Row: Sendable & Equatable>: Sendable, Equatable {
    /// Rows read at a time.
    public let pageRows: Int
    public private(set) var rows: [Row] = []
    /// How many the whole list holds; nil until the first read.
    public private(set) var total: Int?

    public init(pageRows: Int = 100) { self.pageRows = max(1, pageRows) }

    public var isLoaded: Bool { total != nil }

    /// How many to read again from the top: all that is loaded, a page at least.
    public var refreshLimit: Int { max(pageRows, rows.count) }

    /// Where the next page starts when `selected` is near the end of what is loaded and more
    /// remain; nil when there is nothing to read.
    public func nextPageOffset(selected: Int) -> Int? {
        guard let total, rows.count < total, selected >= rows.count - pageRows / 5 else { return nil }
        return rows.count
    }

    /// Takes a read from the top: the first page, or all that was loaded read again.
    public mutating func replace(with rows: [Row], total: Int) {
        self.rows = rows
        self.total = total
    }

    /// Adds a page that starts at `offset`; one that does not follow what is loaded (read
    /// before a refresh) is dropped. Returns whether it was added.
    @discardableResult
    public mutating func append(_ rows: [Row], at offset: Int, total: Int) -> Bool {
        guard offset == self.rows.count else { return false }
        self.rows += rows
        self.total = total
        return true
    }
}
