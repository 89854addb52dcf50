/// A menu of places to go, each opened by Enter or its number: the home screen, and the
/// supervisor's review hub.
///
/// Home also shows what is waiting on the person signed in (`HomeCountSource`: complaints due
/// today and overdue, incidents awaiting a decision), kept up to date as colleagues work.
public struct MenuScreen: Screen {
    /// One area of the console and how to open it.
    public struct Area: Sendable {
        public var title: String
        public var summary: String
        public var open: @Sendable () -> AnyScreen

        public init(title: String, summary: String, open: @escaping @Sendable () -> AnyScreen) {
            self.title = title
            self.summary = summary
            self.open = open
        }
    }

    public enum Action: Sendable {
        case move(Int)
        case openSelected
        case open(Int)
        case countsLoaded([HomeCount])
        case countsFailed(String)
        /// F6 on Home: record a call from someone never identified (issue 13 item 1).
        case recordCallWithoutAccount
    }

    public let areas: [Area]
    public private(set) var list: ListView
    public let title: String
    /// The line above the list; nil greets the agent (the home screen).
    let intro: String?
    /// What is waiting on the person signed in, as last loaded (the home screen only).
    public private(set) var counts: [HomeCount] = []
    private(set) var countsProblem: String?

    /// Whether this menu is the home screen, which shows the figures.
    var isHome: Bool { intro == nil }

    public init(title: String = "Home", intro: String? = nil, areas: [Area]) {
        self.title = title
        self.intro = intro
        self.areas = areas
        self.list = ListView(items: areas.enumerated().map { ListView.Item("\($0.offset + 1)  \($0.element.title)", detail: $0.element.summary) })
    }

    public var bindings: [KeyBinding<Action>] {
        [KeyBinding(.up, help: "previous area", bar: false, action: .move(-1)),
         KeyBinding(.down, help: "next area", bar: false, action: .move(1)),
         KeyBinding(.enter, help: "open", action: .openSelected)]
            + (isHome ? [KeyBinding(.function(6), help: "call with no account", action: .recordCallWithoutAccount)] : [])
            + areas.indices.prefix(9).map { i in
                KeyBinding(.character(Character(String(i + 1))), help: "open \(areas[i].title)", bar: false, action: .open(i))
            }
    }

    /// The first list row on screen: the title bar, a margin, the heading and a blank line.
    static let firstItemRow = 4

    public func action(for key: Key) -> Action? {
        if case .mouse(let event) = key {
            switch event.button {
            case .left where !event.isRelease:
                let index = event.y - MenuScreen.firstItemRow
                return areas.indices.contains(index) ? .open(index) : nil
            case .wheelDown: return .move(1)
            case .wheelUp: return .move(-1)
            default: return nil
            }
        }
        return bindings.action(for: key)
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> { loadCounts(env: env) }

    /// A complaint or incident saved at any desk moves the figures by itself.
    public func storeChanged(env: ScreenEnvironment) -> Effect<Action> { loadCounts(env: env) }

    private func loadCounts(env: ScreenEnvironment) -> Effect<Action> {
        guard isHome else { return .none }
        let user = env.agent, role = env.role, today = env.today, calendar = env.calendar
        return .run("counts") { services in
            do {
                return .countsLoaded(try services.homeCountSources.flatMap {
                    try $0.homeCounts(user: user, role: role, today: today, calendar: calendar)
                })
            } catch {
                return .countsFailed("\(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .countsLoaded(let loaded):
            counts = loaded
            countsProblem = nil
            return .none
        case .countsFailed(let problem):
            countsProblem = problem
            return .none
        case .recordCallWithoutAccount:
            return .push(WrapUpScreen(call: CallInProgress(account: nil, startedAt: env.now), codes: env.wrapUpCodes))
        case .move(let delta):
            list.move(by: delta)
            return .none
        case .openSelected:
            guard areas.indices.contains(list.selected) else { return .none }
            return .navigate(.push(areas[list.selected].open()))
        case .open(let index):
            guard areas.indices.contains(index) else { return .none }
            list.select(index)
            return .navigate(.push(areas[index].open()))
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = area.inset(1)
        let heading = intro ?? "Good \(greeting(env.now.hour)), \(env.agent). Where to?"
        canvas.write(heading, x: inner.x + 1, y: inner.y, role: .title, clip: inner)
        list.render(into: &canvas, area: Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: areas.count),
                    titleWidth: titleWidth(inside: inner.width - 2))
        let tip = "↑/↓ and Enter, or the area's number · F1 help on any screen · F10 quit"
        canvas.write(tip, x: inner.x + 1, y: inner.y + 3 + areas.count, width: inner.width - 2, role: .muted)
        renderCounts(into: &canvas, y: inner.y + 5 + areas.count, inner: inner)
    }

    /// "Waiting on you: 2 complaints due today · 1 overdue · …", each figure in its role.
    private func renderCounts(into canvas: inout Canvas, y: Int, inner: Rect) {
        guard isHome, y < inner.maxY else { return }
        if let countsProblem {
            canvas.write("✖ What is waiting on you could not be read: \(countsProblem)", x: inner.x + 1, y: y,
                         width: inner.width - 2, role: .error)
            return
        }
        guard !counts.isEmpty else { return }
        let line = Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1)
        var x = line.x + canvas.write("Waiting on you: ", x: line.x, y: y, role: .title, clip: line)
        for (index, count) in counts.enumerated() {
            if index > 0 { x += canvas.write(" · ", x: x, y: y, role: .muted, clip: line) }
            x += canvas.write(count.text, x: x, y: y, role: count.role ?? .text, clip: line)
        }
    }

    /// The title column: wide enough for the longest "▸ 9  Title" and a space, so no title is
    /// cut, and never more than half the width (the summaries need the rest).
    func titleWidth(inside width: Int) -> Int {
        let longest = areas.map { "▸ 9  \($0.title) ".displayWidth }.max() ?? 0
        return min(max(26, longest), width / 2)
    }

    private func greeting(_ hour: Int) -> String { hour < 12 ? "morning" : (hour < 18 ? "afternoon" : "evening") }
}
