@testable import TaplineUI

/// The account screen with one of its own forms opened by its key, driven key by key against
/// an in-memory store: what the tests of contact details, special needs and concessions share.
protocol AccountFormDriving {
    var env: ScreenEnvironment { get }
    /// The form's key on the account screen.
    var formKey: Key { get }
    /// Registers the ports the account screen and the form read.
    func register(into services: inout Services)
}

extension AccountFormDriving {
    /// Account 1000000001 with the form's key pressed: the form on top.
    func openForm() -> Console {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env)
        settle(console)
        press(console, formKey)
        return console
    }

    func settle(_ console: Console) {
        var services = Services()
        register(into: &services)
        console.settle(services: services, env: env)
    }

    /// Each key, and the work it starts, in turn.
    func press(_ console: Console, _ keys: Key...) {
        for key in keys {
            console.handle(key, env: env)
            settle(console)
        }
    }

    func type(_ console: Console, _ text: String) {
        for character in text { press(console, .character(character)) }
    }

    /// The screen at 80x24, as text.
    func text(_ console: Console) -> String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas.text
    }
}
