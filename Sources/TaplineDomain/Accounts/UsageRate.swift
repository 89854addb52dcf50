/// A price per kilolitre, in ten-thousandths of a dollar: $2.6354/kL is 26354.
///
/// Water businesses publish usage prices to four decimal places of a dollar, finer than a cent,
/// so a rate is its own integer unit and only the charge it makes is `Money`. The one rounding
/// rule: a charge is the exact product of litres and rate, rounded DOWN to the cent (in the
/// customer's favour), so "182 kL × $2.6354/kL = $479.64" (479.6428 → 479.64).
public struct UsageRate: Hashable, Sendable, Codable, Comparable {
    public let tenThousandthsPerKilolitre: Int64

    public init(tenThousandthsPerKilolitre: Int64) {
        self.tenThousandthsPerKilolitre = tenThousandthsPerKilolitre
    }

    /// "$2.6354/kL"
    public var formatted: String {
        let whole = tenThousandthsPerKilolitre / 10_000
        let fraction = tenThousandthsPerKilolitre % 10_000
        let digits = String(fraction)
        return "$\(whole).\(String(repeating: "0", count: 4 - digits.count))\(digits)/kL"
    }

    /// The charge for `litres` at this rate: litres × rate ÷ 100,000 cents, rounded down.
    public func charge(litres: Int) -> Money {
        Money(cents: Int64(max(litres, 0)) * tenThousandthsPerKilolitre / 100_000)
    }

    public static func < (lhs: UsageRate, rhs: UsageRate) -> Bool {
        lhs.tenThousandthsPerKilolitre < rhs.tenThousandthsPerKilolitre
    }
}

/// Litres as a bill prints them: kilolitres, to the litre only when there are litres over.
/// 182000 → "182 kL", 182345 → "182.345 kL".
public func kilolitresText(_ litres: Int) -> String {
    let sign = litres < 0 ? "-" : ""
    let whole = abs(litres) / 1000
    let rest = abs(litres) % 1000
    guard rest != 0 else { return "\(sign)\(whole) kL" }
    var digits = String(rest)
    digits = String(repeating: "0", count: 3 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return "\(sign)\(whole).\(digits) kL"
}

extension UsageRate {
    /// "2.6354" or "$2.6354" (dollars per kL, at most four decimals); nil otherwise.
    public init?(dollarsPerKilolitre text: String) {
        var typed = text.trimmingCharactersWhitespace()
        if typed.hasPrefix("$") { typed.removeFirst() }
        let parts = typed.split(separator: ".", omittingEmptySubsequences: false)
        guard !typed.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let whole = Int64(parts[0].isEmpty ? "0" : parts[0]) else { return nil }
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        guard decimals.count <= 4 else { return nil }
        let fraction = Int64((decimals + String(repeating: "0", count: 4 - decimals.count))) ?? 0
        self.init(tenThousandthsPerKilolitre: whole * 10_000 + fraction)
    }
}
