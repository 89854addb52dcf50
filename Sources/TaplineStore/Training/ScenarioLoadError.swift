/// Why one scenario file could not be loaded, naming the file and the line to fix.
///
/// Shown as is by `tapline demo scenarios` and the trainer's screen, in the form compilers
/// use so editors can jump to it: `scenarios/abusive-caller.toml:14: unknown check kind “contactEnd”`.
public struct ScenarioLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the loader was given it.
    public let file: String
    /// The line to look at, counting from 1; nil when the whole file is at fault (unreadable).
    public let line: Int?
    /// What is wrong, for a person: "missing key “check” in [[expectations]] #2".
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
