import TaplineDomain
import Testing
@testable import TaplineUI

/// Issue 15 item 5: `:` opens a command line over any screen that does not type it; Tab
/// completes a command, ↑ brings back the last, Enter opens the account, lookup or complaint in
/// place of the line, and a command that cannot run says why, keeping what was typed.
@Suite("The : command line")
struct CommandLineTests {
    let env = ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: "amy")

    func console() -> Console {
        let console = Console(root: AnyScreen(MenuScreen(title: "Home", intro: "", areas: [])))
        console.start(env: env)
        return console
    }

    func press(_ console: Console, _ keys: Key...) { for key in keys { console.handle(key, env: env) } }
    func type(_ console: Console, _ text: String) { for character in text { console.handle(.character(character), env: env) } }

    func text(_ console: Console) -> String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas.text
    }

    @Test func colonAccountOpensTheAccountInPlaceOfTheLine() throws {
        let console = console()
        press(console, .character(":"))
        type(console, "acc")
        press(console, .tab)
        #expect(console.top.state(as: CommandLineScreen.self)?.input.text == "account ")
        type(console, "1000000064")
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        #expect(canvas.cursor?.y == 21, "the cursor is on the command line")
        press(console, .enter)
        #expect(console.top.state(as: AccountScreen.self)?.accountNumber == "1000000064")
        #expect(console.stack.count == 2)
    }

    @Test func aCommandThatCannotRunSaysWhyAndKeepsTheLine() {
        let console = console()
        press(console, .character(":"))
        type(console, "account 12ab")
        press(console, .enter)
        #expect(text(console).contains("✖ :account needs an account number: account number “12ab” must be digits only"))
        #expect(console.top.state(as: CommandLineScreen.self)?.input.text == "account 12ab")
        press(console, .ctrl("u"))
        type(console, "frobnicate")
        press(console, .enter)
        #expect(text(console).contains("“frobnicate” is not a command; the commands are account, complaint, help,"))
        press(console, .escape)
        #expect(console.stack.count == 1)
    }

    @Test func upBringsBackTheLastCommandAndHelpListsThem() {
        let console = console()
        press(console, .character(":"))
        type(console, "lookup smith bacchus")
        press(console, .enter)
        #expect(console.top.state(as: LookupScreen.self) != nil)
        press(console, .escape, .character(":"), .up)
        #expect(console.top.state(as: CommandLineScreen.self)?.input.text == "lookup smith bacchus")
        press(console, .ctrl("u"))
        type(console, "help")
        press(console, .enter)
        #expect(text(console).contains(":complaint C-2026-000001 open the complaint"))
        #expect(ConsoleCommand.parse("complaint c-2026-000001") == .success(.complaint("C-2026-000001")))
    }
}
