/// Bar charts drawn with block glyphs; each series has its own glyph so the chart reads
/// in monochrome too (█ this period, ▒ a year earlier, ░ neighbourhood average).
public struct BarChart: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var role: StyleRole
        public var glyph: Character
        public var values: [Int?]

        public init(_ name: String, role: StyleRole, glyph: Character, values: [Int?]) {
            self.name = name
            self.role = role
            self.glyph = glyph
            self.values = values
        }
    }

    public var categories: [String]
    public var series: [Series]
    public var unit: String

    public init(categories: [String], series: [Series], unit: String) {
        self.categories = categories
        self.series = series
        self.unit = unit
    }

    private var maxValue: Int { max(1, series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1) }

    /// Columns grouped by category, a legend on top and category labels underneath.
    public func renderVertical(into canvas: inout Canvas, area: Rect) {
        guard area.height >= 4, !categories.isEmpty else { return }
        var x = area.x
        for s in series {
            x += canvas.write("\(s.glyph)\(s.glyph) \(s.name)  ", x: x, y: area.y, role: s.role, clip: area)
        }
        let chartTop = area.y + 1
        let chartHeight = area.height - 3
        let groupWidth = max(series.count + 1, min(12, (area.width - 8) / categories.count))
        let barWidth = max(1, (groupWidth - 1) / max(1, series.count))
        canvas.write("\(maxValue) \(unit)", x: area.x, y: chartTop, role: .muted, clip: area)
        let originX = area.x + 8
        for (c, category) in categories.enumerated() {
            let gx = originX + c * groupWidth
            for (s, item) in series.enumerated() {
                guard c < item.values.count, let value = item.values[c] else { continue }
                let height = Int((Double(value) / Double(maxValue) * Double(chartHeight)).rounded())
                for h in 0..<max(value > 0 ? 1 : 0, height) {
                    let y = chartTop + chartHeight - 1 - h
                    canvas.write(String(repeating: String(item.glyph), count: barWidth), x: gx + s * barWidth, y: y,
                                 role: item.role, clip: area)
                }
            }
            canvas.write(category, x: gx, y: chartTop + chartHeight, width: groupWidth - 1, role: .muted)
            if let value = series.first?.values[safe: c] ?? nil {
                canvas.write("\(value)", x: gx, y: chartTop + chartHeight + 1, width: groupWidth - 1, role: .text)
            }
        }
    }

    /// One row per category and series: label, bar, value.
    public func renderHorizontal(into canvas: inout Canvas, area: Rect) {
        let labelWidth = min(14, (categories.map(\.displayWidth).max() ?? 0) + 1)
        let valueWidth = String(maxValue).count + unit.count + 2
        let barRoom = max(1, area.width - labelWidth - valueWidth)
        var y = area.y
        for (c, category) in categories.enumerated() {
            for (s, item) in series.enumerated() {
                guard y < area.maxY else { return }
                canvas.write(s == 0 ? category : "", x: area.x, y: y, width: labelWidth, role: .text)
                if let value = item.values[safe: c] ?? nil {
                    let length = Int((Double(value) / Double(maxValue) * Double(barRoom)).rounded())
                    canvas.write(String(repeating: String(item.glyph), count: length), x: area.x + labelWidth, y: y,
                                 role: item.role, clip: area)
                    canvas.write(" \(value) \(unit)", x: area.x + labelWidth + length, y: y, role: .muted, clip: area)
                }
                y += 1
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
