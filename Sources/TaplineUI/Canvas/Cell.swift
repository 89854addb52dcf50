/// One terminal cell: a character and the role that styles it.
///
/// A wide character occupies its cell and the next; the next is a `continuation` cell that
/// the terminal never writes alone (ratatui's rule), so a diff can't split a wide character.
/// The character is kept as its first Unicode scalar (plus the rest, for the rare cluster of
/// several scalars such as "é" written with a combining accent), so comparing two frames is
/// integer comparison rather than Unicode string equivalence: the diff runs on every keystroke.
public struct Cell: Equatable, Sendable {
    private var scalar: UInt32
    private var rest: String?
    public var role: StyleRole
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .text, isContinuation: Bool = false) {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        self.scalar = first.value
        self.rest = scalars.count == 1 ? nil : String(String.UnicodeScalarView(scalars.dropFirst()))
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A cell holding one plain ASCII byte: the common case, built without a `Character`.
    init(ascii: UInt8, role: StyleRole) {
        self.scalar = UInt32(ascii)
        self.rest = nil
        self.role = role
        self.isContinuation = false
    }

    public var character: Character {
        let first = Character(Unicode.Scalar(scalar)!)
        guard let rest else { return first }
        return Character(String(first) + rest)
    }

    /// Whether this cell starts a two-column character.
    var isWide: Bool { scalar >= 0x1100 && !isContinuation && DisplayWidth.of(character) == 2 }

    /// The scalars to send to the terminal for this cell.
    public var unicodeScalars: [Unicode.Scalar] {
        var result = [Unicode.Scalar(scalar)!]
        if let rest { result += rest.unicodeScalars }
        return result
    }

    public static let blank = Cell()
}
