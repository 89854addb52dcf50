import Foundation

/// How text becomes lookup tokens, for stored details and typed queries alike.
///
/// Both sides go through the same folding, so "zoe" finds "Zoë", "NGUYEN" finds "Nguyễn" and
/// "0412 345 678" finds "0412345678". Folding is Foundation's diacritic-, case- and
/// width-insensitive folding, plus the few Latin letters it leaves alone (đ, ø, ł, æ …).
enum SearchText {
    /// Folds for comparison: "Zoë" → "zoe", "Đặng" → "dang", "ＡＢＣ" → "abc".
    static func fold(_ text: String) -> String {
        // Plain ASCII (most names and addresses) only needs lower case: Foundation's folding
        // costs microseconds per call, which a seed of a million accounts pays ten million times.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { extraFolds[$0] != nil }) else { return folded }
        var result = ""
        for scalar in folded.unicodeScalars {
            if let replacement = extraFolds[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Letters that are not "a letter plus a diacritic" in Unicode, so folding keeps them.
    private static let extraFolds: [Unicode.Scalar: String] = [
        "đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ŀ": "l", "ħ": "h",
    ]

    /// The words of a name or an address, folded: "O’Brien-Smith, 3/12 Main St" →
    /// ["obrien", "smith", "3", "12", "main", "st"]. Apostrophes join (O'Brien is one word);
    /// anything else that is not a letter or digit separates.
    static func words(_ text: String) -> [String] {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(folded) }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `words` for folded ASCII text, byte by byte: the same rule (letters and digits make
    /// words, apostrophes join, anything else separates) without Unicode property lookups.
    private static func asciiWords(_ folded: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in folded.utf8 {
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { continue }
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`", "ʼ"]

    /// A phone number as digits only, in national form: "+61 412 345 678" → "0412345678".
    /// Nil when there are no digits.
    static func phoneDigits(_ text: String) -> String? {
        var digits = String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        guard !digits.isEmpty else { return nil }
        if digits.hasPrefix("61"), digits.count == 11 { digits = "0" + digits.dropFirst(2) }
        if digits.count == 9, digits.hasPrefix("4") { digits = "0" + digits }
        return digits
    }

    /// An email address as one token: folded, and only the characters an address uses.
    static func emailToken(_ text: String) -> String? {
        let kept = fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "@._+-".unicodeScalars.contains($0) }
        return kept.isEmpty ? nil : String(String.UnicodeScalarView(kept))
    }

    /// The key results are ordered by: surname, then given names, then account number.
    ///
    /// The surname is the last word of the name ("Zoë Ng" → "ng"); a name of one word (as
    /// "水野健" is usually written) is all surname. U+0001 separates the parts so "Smith, Zed"
    /// sorts before "Smithers, Amy".
    static func sortKey(name: String, accountNumber: String) -> String {
        sortKey(words: words(name), accountNumber: accountNumber)
    }

    /// The sort key from a name already split into folded words.
    static func sortKey(words nameWords: [String], accountNumber: String) -> String {
        let surname = nameWords.last ?? ""
        let given = nameWords.dropLast().joined(separator: " ")
        return surname + "\u{1}" + given + "\u{1}" + accountNumber
    }

    /// The smallest string greater than every string that starts with `prefix`, for a
    /// B-tree range `token >= prefix AND token < upperBound`. Nil when there is none.
    static func upperBound(ofPrefix prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var next = last.value + 1
            if (0xD800...0xDFFF).contains(next) { next = 0xE000 }
            if let scalar = Unicode.Scalar(next) {
                scalars.append(scalar)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return nil
    }
}
