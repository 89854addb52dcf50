/// One terminal cell: a character and the role that styles it.
///
/// A wide character occupies its cell and the next; the next is a `continuation` cell that
/// the terminal never writes alone (ratatui's rule), so a diff can't split a wide character.
/// The cell is plain data: a character of one Unicode scalar is stored as that scalar, and
/// the rare cluster of several scalars by its number in the `GraphemeTable`, so comparing two
/// frames is integer comparison — the diff runs on every keystroke.
public struct Cell: Equatable, Sendable {
    private var scalar: UInt32
    private var cluster: UInt32
    public var role: StyleRole
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .text, isContinuation: Bool = false) {
        let scalars = character.unicodeScalars
        if scalars.count == 1 {
            self.scalar = scalars.first!.value
            self.cluster = 0
        } else {
            self.scalar = scalars.first!.value
            self.cluster = GraphemeTable.shared.id(for: String(character))
        }
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A cell holding one plain ASCII byte: the common case, built without a `Character`.
    init(ascii: UInt8, role: StyleRole) {
        self.scalar = UInt32(ascii)
        self.cluster = 0
        self.role = role
        self.isContinuation = false
    }

    public var character: Character {
        cluster == 0 ? Character(Unicode.Scalar(scalar)!) : Character(GraphemeTable.shared.cluster(cluster))
    }

    /// Whether this cell starts a two-column character.
    var isWide: Bool { scalar >= 0x1100 && !isContinuation && DisplayWidth.of(character) == 2 }

    /// Appends the scalars to send to the terminal for this cell.
    public func appendScalars(to list: inout [Unicode.Scalar]) {
        if cluster == 0 {
            list.append(Unicode.Scalar(scalar)!)
        } else {
            list += GraphemeTable.shared.cluster(cluster).unicodeScalars
        }
    }

    public static let blank = Cell()
}
