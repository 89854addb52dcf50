/// A step in the address of a value in a TOML document: a key, or an element of an array of tables.
enum TOMLPathStep: Hashable, Sendable {
    case key(String)
    case index(Int)
}

/// Finds the line on which a key or table appears in TOML text, so that mistakes found after
/// parsing ("unknown check kind") can still name a line.
///
/// TOMLKit reports a line only for syntax errors. This scanner reads what scenario files use:
/// `[table]` and `[[array.of.tables]]` headers (numbering each array element from 0), `key = value`
/// and dotted keys, and values spanning lines (multi-line strings and arrays), whose contents it
/// skips so they are never mistaken for keys. It is only asked about documents TOMLKit has
/// already parsed, so it need not reject bad TOML.
struct TOMLLineLocator {
    private var lineOf: [[TOMLPathStep]: Int] = [:]

    init(text: String) {
        var table: [TOMLPathStep] = []
        var elementCount: [[TOMLPathStep]: Int] = [:]
        var value = ValueScanner()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if value.isOpen {
                value.consume(Array(raw))
                continue
            }
            let line = Array(raw.drop { $0 == " " || $0 == "\t" })
            guard let first = line.first, first != "#", first != "\r" else { continue }
            if first == "[" {
                let isArray = line.count > 1 && line[1] == "["
                let name = line.dropFirst(isArray ? 2 : 1).prefix { $0 != "]" }
                guard let keys = Self.dottedKeys(Array(name)) else { continue }
                let resolved = Self.resolve(keys, counts: elementCount)
                if isArray {
                    let index = elementCount[resolved, default: 0]
                    elementCount[resolved] = index + 1
                    record(resolved, number)
                    table = resolved + [.index(index)]
                } else {
                    table = resolved
                }
                record(table, number)
            } else if let equals = Self.firstUnquoted("=", in: line), let keys = Self.dottedKeys(Array(line[..<equals])) {
                var path = table
                for key in keys {
                    path.append(.key(key))
                    record(path, number)
                }
                value.consume(Array(line[(equals + 1)...]))
            }
        }
    }

    /// The line of the key or table at `path`; else of the nearest enclosing table that is
    /// written out; else 1. Lines count from 1.
    func line(of path: [TOMLPathStep]) -> Int {
        var path = path
        while !path.isEmpty {
            if let line = lineOf[path] { return line }
            path.removeLast()
        }
        return 1
    }

    private mutating func record(_ path: [TOMLPathStep], _ line: Int) {
        if lineOf[path] == nil { lineOf[path] = line }
    }

    /// Header keys with the current element index inserted after each array of tables they pass through.
    private static func resolve(_ keys: [String], counts: [[TOMLPathStep]: Int]) -> [TOMLPathStep] {
        var path: [TOMLPathStep] = []
        for (position, key) in keys.enumerated() {
            path.append(.key(key))
            if position < keys.count - 1, let count = counts[path] { path.append(.index(count - 1)) }
        }
        return path
    }

    /// `a.b."c d"` → ["a", "b", "c d"]; nil when the text is not a key (a stray line inside a value).
    private static func dottedKeys(_ text: [Character]) -> [String]? {
        var keys: [String] = []
        var current = ""
        var quote: Character?
        var sawQuote = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                sawQuote = true
            } else if character == "." {
                keys.append(current.trimmingSpaces())
                current = ""
                sawQuote = false
            } else if character.isLetter || character.isNumber || character == "_" || character == "-" || character == " " || character == "\t" {
                current.append(character)
            } else {
                return nil
            }
        }
        guard quote == nil else { return nil }
        keys.append(current.trimmingSpaces())
        guard keys.allSatisfy({ !$0.isEmpty || sawQuote }) else { return nil }
        return keys
    }

    private static func firstUnquoted(_ target: Character, in line: [Character]) -> Int? {
        var quote: Character?
        for (index, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == target {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }
}

/// Follows a value across lines: open multi-line strings and unclosed arrays or inline tables.
private struct ValueScanner {
    private var multiLineQuote: Character?
    private var depth = 0

    var isOpen: Bool { multiLineQuote != nil || depth > 0 }

    mutating func consume(_ text: [Character]) {
        var i = 0
        func triple(_ quote: Character) -> Bool {
            i + 2 < text.count && text[i] == quote && text[i + 1] == quote && text[i + 2] == quote
        }
        while i < text.count {
            let character = text[i]
            if let quote = multiLineQuote {
                if quote == "\"", character == "\\" { i += 2; continue }
                if triple(quote) { multiLineQuote = nil; i += 3; continue }
                i += 1
                continue
            }
            switch character {
            case "#":
                return
            case "\"", "'":
                if triple(character) {
                    multiLineQuote = character
                    i += 3
                    continue
                }
                i += 1
                while i < text.count, text[i] != character {
                    i += (character == "\"" && text[i] == "\\") ? 2 : 1
                }
            case "[", "{":
                depth += 1
            case "]", "}":
                depth -= 1
            default:
                break
            }
            i += 1
        }
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
