/// One terminal cell: a character and the role that styles it.
///
/// A wide character occupies its cell and the next; the next is a `continuation` cell that
/// the terminal never writes alone (ratatui's rule), so a diff can't split a wide character.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: StyleRole
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .text, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
