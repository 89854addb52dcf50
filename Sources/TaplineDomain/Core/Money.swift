/// An amount of money in whole cents: never a floating-point number.
///
/// Bills, instalments and disputed amounts must add up to the cent, so every amount in
/// Tapline is an integer count of cents. `parse` accepts what an agent types ("1,234.56",
/// "$45", "45.5"), and `formatted` shows "$1,234.56" / "-$12.00".
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, AdditiveArithmetic {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(dollars: Int64, cents: Int64 = 0) { self.cents = dollars * 100 + (dollars < 0 ? -cents : cents) }

    public static let zero = Money(cents: 0)

    /// Why a typed amount was refused; `message` is shown to the agent as it is.
    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case malformed(String)
        case tooManyDecimals(String)
        case tooLarge(String)

        public var message: String {
            switch self {
            case .empty: return "enter an amount"
            case .malformed(let t): return "“\(t)” is not an amount — use digits like 1234.56"
            case .tooManyDecimals(let t): return "“\(t)” has more than two decimal places"
            case .tooLarge(let t): return "“\(t)” is too large"
            }
        }
    }

    /// Parses "1234.56", "1,234.56", "$45", "-12.5"; refuses anything else with a reason.
    public static func parse(_ input: String) throws(ParseError) -> Money {
        var text = input.trimmingCharactersWhitespace()
        guard !text.isEmpty else { throw .empty }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text.hasPrefix("$") { text.removeFirst() }
        if !negative, text.hasPrefix("-") { negative = true; text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first else { throw .malformed(input) }
        let whole = wholePart.replacingOccurrences(of: ",", with: "")
        // Thousands separators are allowed only in groups of three.
        if wholePart.contains(",") {
            let groups = wholePart.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.first.map({ (1...3).contains($0.count) }) == true,
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { throw .malformed(input) }
        }
        guard !whole.isEmpty || parts.count == 2, whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed(input) }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed(input) }
        if parts.count == 2, fraction.isEmpty, whole.isEmpty { throw .malformed(input) }
        guard fraction.count <= 2 else { throw .tooManyDecimals(input) }
        while fraction.count < 2 { fraction += "0" }
        guard whole.count <= 13 else { throw .tooLarge(input) }
        let value = (Int64(whole.isEmpty ? "0" : whole) ?? 0) * 100 + (Int64(fraction) ?? 0)
        return Money(cents: negative ? -value : value)
    }

    /// "$1,234.56" or "-$12.00".
    public var formatted: String {
        let magnitude = cents.magnitude
        let dollars = magnitude / 100
        let rest = magnitude % 100
        var digits = String(dollars)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        return (cents < 0 ? "-$" : "$") + grouped + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    /// "1234.56": for files and JSON, with no symbol or separators.
    public var plain: String {
        let magnitude = cents.magnitude
        let rest = magnitude % 100
        return (cents < 0 ? "-" : "") + String(magnitude / 100) + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    public var description: String { formatted }
    public var isNegative: Bool { cents < 0 }
    public var isZero: Bool { cents == 0 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }

    /// This amount divided by `divisor`, rounded to the cent half-up (a half cent goes away
    /// from zero: $0.005 → $0.01, -$0.005 → -$0.01).
    ///
    /// The one rounding rule for amounts shown to agents and customers (a month of a
    /// fortnightly income, a fortnight of a yearly charge), so figures rounded in different
    /// places agree to the cent. Totals shown beside rounded rows are the sums of those rows.
    public func divided(by divisor: Int) -> Money {
        precondition(divisor > 0)
        let d = Int64(divisor)
        let quotient = cents / d
        let remainder = cents % d
        guard remainder.magnitude * 2 >= UInt64(d) else { return Money(cents: quotient) }
        return Money(cents: quotient + (cents < 0 ? -1 : 1))
    }

    /// Splits into `parts` amounts that differ by at most a cent and sum exactly to self;
    /// the larger amounts come first.
    public func split(into parts: Int) -> [Money] {
        precondition(parts > 0)
        let base = cents / Int64(parts)
        let remainder = Int(cents - base * Int64(parts))
        return (0..<parts).map { Money(cents: base + ($0 < remainder ? 1 : 0)) }
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension String {
    func trimmingCharactersWhitespace() -> String {
        var scalars = Substring(self)
        while let f = scalars.first, f.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
