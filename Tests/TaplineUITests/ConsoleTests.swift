import TaplineDomain
import Testing
@testable import TaplineUI

/// A small screen with a text field, used to drive the console as an agent would.
private struct NoteScreen: Screen {
    enum Action: Sendable { case edit(TextField.Edit), save, searched(query: String, result: String), search }
    var field = TextField()
    var saved = false
    var lastResult = ""

    var title: String { "Notes" }
    var bindings: [KeyBinding<Action>] {
        [KeyBinding(.function(2), help: "save", action: .save), KeyBinding(.function(3), help: "search", action: .search)]
    }
    var extraHelp: [KeyHint] { TextField.editHints }
    var hasUnsavedInput: Bool { !field.isEmpty && !saved }
    var customerContext: CustomerContext? { CustomerContext(accountNumber: "1002003004", customerName: "Zoë Ng") }

    func action(for key: Key) -> Action? {
        bindings.action(for: key) ?? TextField.edit(for: key).map(Action.edit)
    }

    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let e): field.apply(e); saved = false; return .none
        case .save: saved = true; return .message("Note saved")
        case .search:
            let query = field.text
            return .run("search") { _ in .searched(query: query, result: "found \(query)") }
        case .searched(_, let result): lastResult = result; return .none
        }
    }

    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        field.render(into: &canvas, area: Rect(x: area.x + 1, y: area.y + 1, width: 30, height: 1), focused: true)
        canvas.write(lastResult, x: area.x + 1, y: area.y + 3, role: .text)
    }
}

/// A screen whose own Esc throws away what was typed in it, as the account's note does.
private struct PromptScreen: Screen {
    enum Action: Sendable { case edit(TextField.Edit), cancel }
    var words = TextField()
    var title: String { "Prompt" }
    var bindings: [KeyBinding<Action>] { [KeyBinding(.escape, help: "discard", action: .cancel)] }
    var hasUnsavedInput: Bool { !words.isEmpty }
    func action(for key: Key) -> Action? { bindings.action(for: key) ?? TextField.edit(for: key).map(Action.edit) }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .edit(let e): words.apply(e)
        case .cancel: words = TextField()
        }
        return .none
    }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {}
}

private final class ModeSwitch: @unchecked Sendable {
    var value = false
}

private struct PanelScreen: Screen {
    enum Action: Sendable {}
    let context: CustomerContext
    var title: String { "Incident" }
    var bindings: [KeyBinding<Action>] { [] }
    var isOverlay: Bool { true }
    mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {}
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let box = area.centered(width: 30, height: 5)
        canvas.fill(box, role: .dialog)
        canvas.box(box, title: "Incident for \(context.customerName)")
    }
}

@Suite("Console: navigation, help, quitting, effects")
struct ConsoleTests {
    let env = ScreenEnvironment(now: LocalDateTime(date: CivilDate(iso: "2026-11-23")!, hour: 9, minute: 5), agent: "amy")

    func home() -> HomeScreen {
        HomeScreen(areas: [.init(title: "Notes", summary: "write notes") { AnyScreen(NoteScreen()) }])
    }

    func render(_ console: Console, width: Int = 80, height: Int = 24, env: ScreenEnvironment? = nil) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        console.render(into: &canvas, env: env ?? self.env)
        return canvas
    }

    @Test func menuWithNoAreasRendersAndEnterDoesNothing() {
        let console = Console(root: AnyScreen(MenuScreen(title: "Empty", intro: "Nothing here yet.", areas: [])))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.down, env: env)
        let text = render(console).text
        #expect(text.contains("Nothing here yet."))
    }

    @Test func helpListsTheScreensOwnBindingsThenTheConsoles() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.function(1), env: env)
        let text = render(console).text
        #expect(text.contains("Help — Notes"))
        #expect(text.contains("F2"))
        #expect(text.contains("save"))
        #expect(text.contains("delete to the start"))  // the text field's own bindings
        console.handle(.escape, env: env)
        #expect(!render(console).text.contains("Help — Notes"))
        #expect(console.stack.count == 2, "Esc closes help without leaving the screen")
    }

    @Test func questionMarkTypesIntoAFieldButOpensHelpOnAScreenWithout() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.character("?"), env: env)
        #expect(render(console).text.contains("Help — Home"))
        console.handle(.escape, env: env)
        console.handle(.enter, env: env)
        console.handle(.character("?"), env: env)
        #expect(console.top.state(as: NoteScreen.self)?.field.text == "?")
    }

    @Test func escGoesBackAndQuitAsksFirstWhenInputWouldBeLost() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.character("x"), env: env)
        console.handle(.function(10), env: env)
        #expect(!console.isFinished)
        #expect(render(console).text.contains("Quit Tapline?"))
        console.handle(.character("n"), env: env)
        #expect(!console.isFinished)
        console.handle(.function(2), env: env)
        #expect(render(console).text.contains("✔ Note saved"))
        console.handle(.escape, env: env)
        console.handle(.function(10), env: env)
        #expect(console.isFinished, "nothing unsaved and no customer open: quit at once")
    }

    @Test func quittingWithACustomersScreenOpenAsksFirstEvenWithNothingTyped() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.character("q"), env: env)  // the note screen's field takes q: type, save, then quit
        console.handle(.function(2), env: env)
        console.handle(.function(10), env: env)
        #expect(!console.isFinished)
        #expect(render(console).text.contains("Zoë Ng's account (1002003004) is open"))
        console.handle(.character("n"), env: env)
        #expect(!console.isFinished)
        #expect(console.top.title == "Notes")
        console.handle(.function(10), env: env)
        console.handle(.character("y"), env: env)
        #expect(console.isFinished)
    }

    @Test func escOnAScreenThatWouldDiscardItsOwnTypedInputAsksFirst() {
        let console = Console(root: AnyScreen(HomeScreen(areas: [.init(title: "Prompt", summary: "") { AnyScreen(PromptScreen()) }])))
        console.start(env: env)
        console.handle(.enter, env: env)
        for c in "said she would call back" { console.handle(.character(c), env: env) }
        console.handle(.escape, env: env)
        #expect(render(console).text.contains("Discard what you typed?"))
        console.handle(.character("n"), env: env)
        #expect(console.top.state(as: PromptScreen.self)?.words.text == "said she would call back", "kept")
        console.handle(.escape, env: env)
        console.handle(.character("y"), env: env)
        #expect(console.top.state(as: PromptScreen.self)?.words.isEmpty == true, "the screen's own Esc ran: discarded")
        #expect(console.top.title == "Prompt", "and the screen stays open")
    }

    @Test func anUnreachableStoreShowsReconnectingAndTypedInputStays() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        for c in "leak at the meter" { console.handle(.character(c), env: env) }
        #expect(console.storeProbed("the server at /run/postgresql closed the connection"))
        #expect(render(console).text.contains("● RECONNECTING to the database — typing is kept"))
        #expect(console.top.state(as: NoteScreen.self)?.field.text == "leak at the meter")
        #expect(!console.storeProbed("the server at /run/postgresql closed the connection"), "the same answer is no change")
        #expect(console.storeProbed(nil))
        let back = render(console).text
        #expect(!back.contains("RECONNECTING"))
        #expect(back.contains("The database is back: saving works again."))
    }

    @Test func keysTypedWhileTheTerminalIsTooSmallAreIgnoredAndItSaysSo() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        #expect(render(console, width: 40, height: 10).text.contains("ignored until it is larger"))
        console.handle(.enter, env: env)
        console.handle(.character("q"), env: env)
        #expect(!console.isFinished)
        #expect(console.stack.count == 1, "Enter did not open a screen nobody could see")
        _ = render(console)
        console.handle(.enter, env: env)
        #expect(console.top.title == "Notes", "back at full size, keys work again")
    }

    @Test func escAsksBeforeLeavingUnsavedInputBehind() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.character("x"), env: env)
        console.handle(.escape, env: env)
        #expect(render(console).text.contains("Leave Notes?"))
        console.handle(.character("n"), env: env)
        #expect(console.top.state(as: NoteScreen.self)?.field.text == "x", "stayed, and the input is kept")
        console.handle(.escape, env: env)
        console.handle(.character("y"), env: env)
        #expect(console.top.title == "Home")
    }

    @Test func escOnTheRootDoesNothingAndQQuits() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.escape, env: env)
        #expect(console.stack.count == 1)
        console.handle(.character("q"), env: env)
        #expect(console.isFinished)
    }

    @Test func aTerminalBelowTheMinimumSaysSoInsteadOfAGarbledScreen() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        #expect(render(console, width: 40, height: 10).text.contains("terminal too small — need 80x24"))
        let tiny = render(console, width: 20, height: 5).text
        #expect(tiny.contains("terminal too small"))
        #expect(tiny.contains("need 80x24"))
        #expect(render(console).text.contains("Good morning, amy"))
    }

    @Test func aStaleResultIsDroppedWhenNewerWorkSupersedesIt() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.character("a"), env: env)
        console.handle(.function(3), env: env)
        let first = console.takeWork()
        console.handle(.character("b"), env: env)
        console.handle(.function(3), env: env)
        let second = console.takeWork()
        console.complete(second[0], result: second[0].run(Services()), env: env)
        console.complete(first[0], result: first[0].run(Services()), env: env)
        #expect(console.top.state(as: NoteScreen.self)?.lastResult == "found ab")
    }

    @Test func aPanelOpensOverTheScreenWithoutLosingIt() {
        let console = Console(root: AnyScreen(home()), panels: [
            PanelBinding(key: .function(9), help: "conduct incident") { AnyScreen(PanelScreen(context: $0)) },
        ])
        console.start(env: env)
        console.handle(.function(9), env: env)
        #expect(console.stack.count == 1, "no customer on the home screen: F9 does nothing")
        console.handle(.enter, env: env)
        console.handle(.character("z"), env: env)
        console.handle(.function(9), env: env)
        let text = render(console).text
        #expect(text.contains("Incident for Zoë Ng"))
        console.handle(.escape, env: env)
        #expect(console.top.state(as: NoteScreen.self)?.field.text == "z")
    }

    @Test func theDemoBannerShowsOnEveryScreenInDemoMode() {
        var demo = env
        demo.isDemo = true
        let console = Console(root: AnyScreen(home()))
        console.start(env: demo)
        #expect(render(console, env: demo).lines[0].contains("DEMO — TRAINING DATA"))
        console.handle(.enter, env: demo)
        #expect(render(console, env: demo).lines[0].contains("DEMO — TRAINING DATA"))
        #expect(!render(console).lines[0].contains("DEMO"))
    }

    @Test func aClickOnAMenuItemOpensIt() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.mouse(MouseEvent(button: .left, x: 5, y: 3)), env: env)
        #expect(console.stack.count == 1, "a click above the list does nothing")
        console.handle(.mouse(MouseEvent(button: .left, x: 5, y: MenuScreen.firstItemRow)), env: env)
        #expect(console.top.title == "Notes")
    }

    @Test func aModeKeyWorksOnEveryScreenWhileItsModeIsOn() {
        let console = Console(root: AnyScreen(home()))
        let on = ModeSwitch()
        console.modeKeys = [ModeKey(key: .function(12), help: "end the call", isActive: { on.value },
                                    backTo: HomeScreen.self, send: .move(0))]
        console.start(env: env)
        console.handle(.enter, env: env)
        console.handle(.function(12), env: env)
        #expect(console.top.title == "Notes", "mode off: the key does nothing")
        #expect(!render(console).lines[23].contains("F12"))
        on.value = true
        #expect(render(console).lines[23].contains("F12 end the call"))
        console.handle(.function(12), env: env)
        #expect(console.top.title == "Home", "back to the screen in charge of the mode")
    }

    @Test func theKeyHintBarComesFromTheSameBindings() {
        let console = Console(root: AnyScreen(home()))
        console.start(env: env)
        console.handle(.enter, env: env)
        let bar = render(console).lines[23]
        #expect(bar.contains("F2 save"))
        #expect(bar.contains("Esc back"))
        #expect(bar.contains("F10 quit"))
    }
}
