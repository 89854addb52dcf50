import TaplineDomain

/// What the `:` command line can do (issue 15 item 5): go straight to an account, a lookup or
/// a complaint from any screen, home, or list the commands.
public enum ConsoleCommand: Equatable, Sendable {
    case account(String)
    case lookup(String)
    case complaint(String)
    case home
    case help

    /// The command words, as typed and completed.
    public static let words = ["account", "complaint", "help", "home", "lookup"]

    /// What each command does, for `:help` and the overlay's hint.
    public static let usage = [
        ":account 1000000064     open the account",
        ":complaint C-2026-000001 open the complaint",
        ":lookup smith bacchus    look up accounts",
        ":home                    back to Home",
        ":help                    these commands",
    ]

    /// The command typed, or the words saying why it is not one.
    public static func parse(_ line: String) -> Result<ConsoleCommand, CommandLineError> {
        let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let word = parts.first?.lowercased() else { return .failure(CommandLineError("type a command: " + words.joined(separator: ", "))) }
        let argument = parts.dropFirst().joined(separator: " ")
        switch word {
        case "account":
            if let problem = AccountNumber.problem(with: argument) { return .failure(CommandLineError(":account needs an account number: " + problem)) }
            return .success(.account(argument))
        case "lookup":
            guard !argument.isEmpty else { return .failure(CommandLineError(":lookup needs what to look for (a name, address, phone or number)")) }
            return .success(.lookup(argument))
        case "complaint":
            let number = argument.uppercased()
            guard number.range(of: #"^C-\d{4}-\d{6}$"#, options: .regularExpression) != nil else {
                return .failure(CommandLineError(":complaint needs a complaint number like C-2026-000001"))
            }
            return .success(.complaint(number))
        case "home": return .success(.home)
        case "help": return .success(.help)
        default:
            return .failure(CommandLineError("“\(word)” is not a command; the commands are " + words.joined(separator: ", ")))
        }
    }

    /// The command words starting with what was typed (before any space): what Tab completes to.
    public static func completions(of line: String) -> [String] {
        let typed = line.drop { $0 == " " }
        guard !typed.contains(" ") else { return [] }
        return words.filter { $0.hasPrefix(typed.lowercased()) }
    }
}

/// Why a command line could not be run, in words shown under it.
public struct CommandLineError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
