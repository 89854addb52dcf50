import Foundation

/// One wrap-up code: what is stored and searched ("billing-enquiry") and what agents read
/// ("Billing enquiry").
public struct WrapUpCode: Hashable, Sendable, Codable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }

    /// A code from its label: "Meter or usage" → "meter-or-usage" (letters and digits,
    /// lower case, anything else one hyphen).
    public init(label: String) {
        var code = ""
        for character in label.lowercased() {
            if character.isLetter || character.isNumber { code.append(character) } else if !code.isEmpty, code.last != "-" { code.append("-") }
        }
        while code.last == "-" { code.removeLast() }
        self.init(code: code, label: label)
    }
}

/// The reasons a customer calls and the ways a call ends, as the utility configures them
/// (`[wrap_up]` in config.toml), the way ServiceNow's and Genesys's wrap-up codes work: each
/// call is recorded with one of each, so calls can be counted and searched by reason.
///
/// ```toml
/// [wrap_up]
/// reasons = ["Billing enquiry", "Payment arrangement", "Hardship"]
/// outcomes = ["Resolved on the call", "Follow-up needed"]
/// ```
public struct WrapUpCodes: Hashable, Sendable {
    public let reasons: [WrapUpCode]
    public let outcomes: [WrapUpCode]

    /// Codes from the labels configured; refused when a list is empty, or two labels make the
    /// same code, or a label has no letter or digit.
    public init(reasons: [String], outcomes: [String]) throws(WrapUpCodesProblem) {
        self.reasons = try Self.codes(reasons, list: "reasons")
        self.outcomes = try Self.codes(outcomes, list: "outcomes")
    }

    private init(checkedReasons: [WrapUpCode], outcomes: [WrapUpCode]) {
        self.reasons = checkedReasons
        self.outcomes = outcomes
    }

    /// A water utility's usual reasons and outcomes.
    public static let defaults = WrapUpCodes(
        checkedReasons: ["Billing enquiry", "Payment arrangement", "Hardship", "Complaint", "Meter or usage", "Moving",
                         "Contact details", "Fault or supply", "Other"].map(WrapUpCode.init(label:)),
        outcomes: ["Resolved on the call", "Follow-up needed", "Transferred", "Call-back arranged", "Caller hung up"]
            .map(WrapUpCode.init(label:)))

    /// The reason with this code or label (any case), or nil.
    public func reason(_ text: String) -> WrapUpCode? { Self.find(text, in: reasons) }
    /// The outcome with this code or label (any case), or nil.
    public func outcome(_ text: String) -> WrapUpCode? { Self.find(text, in: outcomes) }

    /// What agents read for a stored reason code: its label, or the code itself when it is no
    /// longer configured (old calls keep what they were recorded with).
    public func reasonLabel(_ code: String) -> String { reason(code)?.label ?? code }
    public func outcomeLabel(_ code: String) -> String { outcome(code)?.label ?? code }

    private static func find(_ text: String, in codes: [WrapUpCode]) -> WrapUpCode? {
        let wanted = text.lowercased()
        return codes.first { $0.code == wanted || $0.label.lowercased() == wanted }
    }

    private static func codes(_ labels: [String], list: String) throws(WrapUpCodesProblem) -> [WrapUpCode] {
        guard !labels.isEmpty else { throw WrapUpCodesProblem(message: "wrap_up.\(list) is empty: list at least one") }
        var seen: [String: String] = [:]
        var codes: [WrapUpCode] = []
        for raw in labels {
            let label = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let code = WrapUpCode(label: label)
            guard !code.code.isEmpty else {
                throw WrapUpCodesProblem(message: "wrap_up.\(list): “\(raw)” has no letter or digit")
            }
            if let earlier = seen[code.code] {
                throw WrapUpCodesProblem(message: "wrap_up.\(list): “\(earlier)” and “\(label)” are the same code (\(code.code))")
            }
            seen[code.code] = label
            codes.append(code)
        }
        return codes
    }
}

/// Why configured wrap-up codes were refused, in words for the agent or administrator.
public struct WrapUpCodesProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }

    public init(message: String) { self.message = message }
}
