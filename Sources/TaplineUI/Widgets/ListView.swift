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

    public func render(into canvas: inout Canvas, area: Rect, titleWidth: Int = 24) {
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
