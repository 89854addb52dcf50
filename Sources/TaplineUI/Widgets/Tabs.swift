/// A row of tab titles with one active; Tab/Shift-Tab or number keys move between them.
public struct Tabs: Sendable, Equatable {
    public var titles: [String]
    public var active: Int

    public init(titles: [String], active: Int = 0) {
        self.titles = titles
        self.active = active
    }

    /// "Review queue (1,234)": a tab's title with how many its list holds, grouped by
    /// thousands the same in every locale (a paged list's total, not what is loaded).
    public static func title(_ title: String, count: Int) -> String {
        var digits = String(count.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(title) (\(count < 0 ? "-" : "")\(digits)\(grouped))"
    }

    public mutating func next() { active = (active + 1) % titles.count }
    public mutating func previous() { active = (active + titles.count - 1) % titles.count }

    public mutating func select(_ index: Int) {
        if titles.indices.contains(index) { active = index }
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .text)
        var x = area.x
        for (i, title) in titles.enumerated() {
            let label = i == active ? "▸\(i + 1) \(title) " : " \(i + 1) \(title) "
            x += canvas.write(label, x: x, y: area.y, role: i == active ? .tabActive : .tabInactive, clip: area)
            x += canvas.write(" ", x: x, y: area.y, role: .text, clip: area)
        }
    }
}
