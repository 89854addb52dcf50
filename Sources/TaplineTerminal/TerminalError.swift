/// Why the console could not take over the terminal; `message` goes to stderr as it is.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case termUnset
    case termUnknown(String)
    case initialisationFailed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "tapline: the console needs a terminal on standard input and output (use a subcommand such as `tapline complaints list` for scripts)"
        case .termUnset:
            return "tapline: TERM is not set, so the terminal type is unknown; set it, e.g. TERM=xterm-256color"
        case .termUnknown(let term):
            return "tapline: TERM=\(term) is not a terminal type this machine knows (no terminfo entry); try TERM=xterm-256color"
        case .initialisationFailed(let why):
            return "tapline: could not start the terminal: \(why)"
        }
    }
}
