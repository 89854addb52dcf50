import ArgumentParser
import Foundation
import TaplineDomain
import TaplineTerminal
import TaplineUI

/// `tapline bench render`: one keystroke's reduce + render + diff on a screen full of a table.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Time a keystroke's reduce + render + frame diff.")

    @Option(help: "Keystrokes to time per screen size.") var iterations = 5000

    func run() throws {
        print("render benchmark: \(iterations) keystrokes (↓ in a full table) per size; reduce + render + diff")
        for (width, height) in [(80, 24), (200, 60)] {
            let stats = Self.measure(width: width, height: height, iterations: iterations)
            print(String(format: "  %3dx%-3d p50 %7.1f µs   p99 %7.1f µs   mean %7.1f µs   cells written/keystroke %d",
                         width, height, stats.p50, stats.p99, stats.mean, stats.cellsPerKey))
        }
        print(String(format: "  resident memory %.1f MiB", Memory.residentMiB()))
    }

    static func measure(width: Int, height: Int, iterations: Int) -> (p50: Double, p99: Double, mean: Double, cellsPerKey: Int) {
        let env = ScreenEnvironment(now: LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 23)!, hour: 9), agent: "bench")
        let console = Console(root: AnyScreen(TableScreen(rows: 5000, columns: 8)))
        console.start(env: env)
        var previous = Canvas(width: width, height: height)
        console.render(into: &previous, env: env)
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        var cells = 0
        for i in 0..<iterations {
            let started = DispatchTime.now().uptimeNanoseconds
            console.handle(i % 400 < 200 ? .down : .up, env: env)
            var canvas = Canvas(width: width, height: height)
            console.render(into: &canvas, env: env)
            let diff = FrameDiff(from: previous, to: canvas)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1000)
            cells += diff.changedCells
            previous = canvas
        }
        samples.sort()
        let p50 = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        return (p50, p99, samples.reduce(0, +) / Double(samples.count), cells / iterations)
    }
}

/// A screen that is nothing but a full table, as the benchmark's worst ordinary case.
private struct TableScreen: Screen {
    enum Action: Sendable { case move(Int) }
    var table: Table

    init(rows: Int, columns: Int) {
        table = Table(columns: (0..<columns).map { Table.Column("Column \($0)", width: $0 == 1 ? 0 : 12, alignRight: $0 == columns - 1) })
        table.setRows((0..<rows).map { r in Table.Row((0..<columns).map { c in c == 1 ? "Zoë Ng — 水野 \(r)" : "r\(r)c\(c) value" }) })
    }

    var title: String { "Benchmark table" }
    var bindings: [KeyBinding<Action>] {
        [KeyBinding(.down, help: "down", action: .move(1)), KeyBinding(.up, help: "up", action: .move(-1))]
    }

    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        if case .move(let delta) = action { table.move(by: delta) }
        return .none
    }

    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        table.render(into: &canvas, area: area)
    }
}
