import TaplineUI

/// Turns the bytes a terminal sends into keys: UTF-8 text, escape sequences, mouse reports.
///
/// Pure and terminal-free, so it is tested on byte arrays. Knows the xterm family (xterm,
/// tmux, screen, VTE, the Linux console): CSI and SS3 sequences for arrows, Home/End,
/// PgUp/PgDn, F1-F12 and Shift-Tab, `ESC x` for Alt-x, C0 bytes for Ctrl keys, and SGR
/// mouse reports. A lone ESC is held until `flush()` (the run loop calls it after a short
/// wait), which is how Esc is told apart from the start of a sequence.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Whether bytes are waiting for the rest of a sequence (wait briefly, then `flush`).
    public var isWaiting: Bool { !pending.isEmpty }

    /// Decodes as many complete keys as the bytes so far allow.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        while !pending.isEmpty {
            switch decodeOne(pending) {
            case .key(let key, let used):
                keys.append(contentsOf: key)
                pending.removeFirst(used)
            case .incomplete:
                return keys
            }
        }
        return keys
    }

    /// Gives up waiting: a held ESC becomes Esc, and an unfinished sequence is dropped.
    public mutating func flush() -> [Key] {
        defer { pending.removeAll() }
        guard let first = pending.first else { return [] }
        if first == 0x1B {
            if pending.count == 1 { return [.escape] }
            return []  // a cut-off escape sequence: nothing sensible to report
        }
        return []  // an unfinished UTF-8 character
    }

    private enum Step { case key([Key], Int), incomplete }

    private func decodeOne(_ b: [UInt8]) -> Step {
        let first = b[0]
        switch first {
        case 0x1B: return decodeEscape(b)
        case 0x0D, 0x0A: return .key([.enter], 1)
        case 0x09: return .key([.tab], 1)
        case 0x7F, 0x08: return .key([.backspace], 1)
        case 0x00: return .key([.ctrl(" ")], 1)
        case 0x01...0x1A: return .key([.ctrl(Character(Unicode.Scalar(first + 0x60)))], 1)
        case 0x1C...0x1F: return .key([], 1)
        default: return decodeUTF8(b)
        }
    }

    private func decodeUTF8(_ b: [UInt8]) -> Step {
        let first = b[0]
        let length: Int
        switch first {
        case 0x20...0x7E: return .key([.character(Character(Unicode.Scalar(first)))], 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .key([], 1)  // a stray continuation or invalid byte: skip it
        }
        guard b.count >= length else { return .incomplete }
        let bytes = Array(b[0..<length])
        guard bytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
              let text = String(validating: bytes, as: UTF8.self), let c = text.first else {
            return .key([], 1)
        }
        return .key([.character(c)], length)
    }

    private func decodeEscape(_ b: [UInt8]) -> Step {
        guard b.count >= 2 else { return .incomplete }
        switch b[1] {
        case UInt8(ascii: "["): return decodeCSI(b)
        case UInt8(ascii: "O"):
            guard b.count >= 3 else { return .incomplete }
            let key: Key? = switch b[2] {
            case UInt8(ascii: "P"): .function(1)
            case UInt8(ascii: "Q"): .function(2)
            case UInt8(ascii: "R"): .function(3)
            case UInt8(ascii: "S"): .function(4)
            case UInt8(ascii: "A"): .up
            case UInt8(ascii: "B"): .down
            case UInt8(ascii: "C"): .right
            case UInt8(ascii: "D"): .left
            case UInt8(ascii: "H"): .home
            case UInt8(ascii: "F"): .end
            case UInt8(ascii: "M"): .enter
            default: nil
            }
            return .key(key.map { [$0] } ?? [], 3)
        case 0x1B:
            return .key([.escape], 1)  // ESC ESC: the first is a plain Esc
        default:
            // Alt-x: ESC followed by a character.
            let rest = Array(b.dropFirst())
            switch decodeOne(rest) {
            case .incomplete: return .incomplete
            case .key(let keys, let used):
                if let k = keys.first, case .character(let c) = k { return .key([.alt(c)], used + 1) }
                if let k = keys.first, k == .backspace { return .key([.alt("\u{7F}")], used + 1) }
                return .key([.escape] + keys, used + 1)
            }
        }
    }

    private func decodeCSI(_ b: [UInt8]) -> Step {
        // ESC [ [ A..E: the Linux console's F1-F5.
        if b.count >= 3 && b[2] == UInt8(ascii: "[") {
            guard b.count >= 4 else { return .incomplete }
            let n = Int(b[3]) - Int(UInt8(ascii: "A")) + 1
            return .key((1...5).contains(n) ? [.function(n)] : [], 4)
        }
        var index = 2
        while index < b.count, (0x30...0x3F).contains(b[index]) { index += 1 }  // parameter bytes
        while index < b.count, (0x20...0x2F).contains(b[index]) { index += 1 }  // intermediate bytes
        guard index < b.count else { return .incomplete }
        let final = b[index]
        let params = String(decoding: b[2..<index], as: UTF8.self)
        let used = index + 1
        if params.hasPrefix("<") { return .key(mouse(params: String(params.dropFirst()), final: final).map { [$0] } ?? [], used) }
        let numbers = params.split(separator: ";").map { Int($0) ?? 0 }
        let key: Key? = switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "Z"): .backTab
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        case UInt8(ascii: "~"): tilde(numbers.first ?? 0)
        default: nil
        }
        return .key(key.map { [$0] } ?? [], used)
    }

    private func tilde(_ code: Int) -> Key? {
        switch code {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(code - 10)
        case 17...21: return .function(code - 11)
        case 23, 24: return .function(code - 12)
        default: return nil
        }
    }

    /// SGR mouse: ESC [ < button ; column ; row M (press) or m (release), 1-based.
    private func mouse(params: String, final: UInt8) -> Key? {
        let parts = params.split(separator: ";").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let button: MouseEvent.Button
        switch parts[0] & 0b1100_0011 {
        case 0: button = .left
        case 1: button = .middle
        case 2: button = .right
        case 64: button = .wheelUp
        case 65: button = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(button: button, x: parts[1] - 1, y: parts[2] - 1, isRelease: final == UInt8(ascii: "m")))
    }
}
