/// Plain ASCII in place of box drawing, blocks, ticks and arrows (`--ascii`, issue 15 item 3),
/// as midnight commander and htop offer: for terminals or fonts without them, and for screen
/// readers, which read "│" as "box drawing light vertical".
///
/// Each replacement is one column wide, as what it replaces, so no layout moves; characters
/// not listed (letters, accents, wide CJK) are drawn as they are.
public enum AsciiGlyphs {
    public static func replacing(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        table[scalar] ?? scalar
    }

    private static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        func map(_ from: String, _ to: Unicode.Scalar) { for scalar in from.unicodeScalars { table[scalar] = to } }
        map("─━═╌┄", "-")
        map("│┃║╎┆", "|")
        map("┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬┏┓┗┛", "+")
        map("█▉▊▋▌▍▎▏▓", "#")
        map("▒", ":")
        map("░", ".")
        map("▸▶►→›", ">")
        map("◂◀◄←‹", "<")
        map("▲↑", "^")
        map("▼↓", "v")
        map("✖✗✘×", "x")
        map("⚠", "!")
        map("↻", "@")
        map("✔✓", "+")
        map("●•◆", "*")
        map("○◇", "o")
        map("·", ".")
        map("—–", "-")
        map("…", "~")
        map("“”„", "\"")
        map("‘’", "'")
        return table
    }()
}
