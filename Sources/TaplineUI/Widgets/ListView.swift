/// A vertical list of items with one selected: menus and simple pick lists.
public struct ListView: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var title: String
        public var detail: String

        public init(_ title: String, detail: String = "") {
            self.title = title
            self.detail = detail
        }
    }

    public var items: [Item]
    public private(set) var selected: Int = 0

    public init(items: [Item]) { self.items = items }

    public mutating func move(by delta: Int) {
        guard !items.isEmpty else { return }
        selected = (selected + delta + items.count) % items.count
    }

    public mutating func select(_ index: Int) {
        if items.indices.contains(index) { selected = index }
    }

    /// Draws the rows that fit, scrolled so the selected one shows. An empty list, or an area
    /// with no rows, draws nothing (and never traps on an empty range).
    public func render(into canvas: inout Canvas, area: Rect, titleWidth: Int = 24) {
        guard !items.isEmpty, area.height > 0, area.width > 0 else { return }
        let selected = min(max(0, self.selected), items.count - 1)
        let first = max(0, selected - area.height + 1)
        for (line, index) in (first..<min(items.count, first + area.height)).enumerated() {
            let y = area.y + line
            let isSelected = index == selected
            let role: StyleRole = isSelected ? .selection : .text
            let marker = isSelected ? "▸ " : "  "
            canvas.write(marker + items[index].title, x: area.x, y: y, width: min(area.width, titleWidth), role: role)
            if area.width > titleWidth {
                canvas.write(items[index].detail, x: area.x + titleWidth, y: y, width: area.width - titleWidth,
                             role: isSelected ? .selection : .muted)
            }
            if isSelected { canvas.cursor = Point(x: area.x, y: y) }
        }
    }
}
