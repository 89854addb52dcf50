import Foundation

/// What an agent may type as a customer's contact details, each rule a pure function that
/// answers nil (fine) or the words to show under the field.
///
/// The messages say what is wrong and what would be right, so an agent on a call can correct
/// it without guessing: "an Australian phone number has 8 to 10 digits (0412 345 678,
/// 03 5555 1234 or +61 412 345 678); this has 7". An empty phone or email means the customer
/// has none; a name, the street line, suburb, state and postcode are required.
public enum ContactRules {
    /// The most characters a customer's name may have (as `tapline import accounts` allows).
    public static let maximumNameLength = 120
    /// The most characters an email address or a street line may have.
    public static let maximumLineLength = 120

    /// The states and territories a postal address may name.
    public static let states = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]

    /// A name: not empty, at most 120 characters; a longer one is refused, never cut.
    public static func nameProblem(_ text: String) -> String? {
        let name = text.contactTrimmed
        if name.isEmpty { return "a name is required" }
        if name.count > maximumNameLength {
            return "a name can be at most \(maximumNameLength) characters; this has \(name.count.formatted())"
        }
        return nil
    }

    /// An Australian phone number, or empty for none: digits and spaces (dashes and brackets
    /// too, as people write them), "+61" only at the start, 8 to 10 digits once +61 is read
    /// as the leading 0.
    public static func phoneProblem(_ text: String) -> String? {
        let phone = text.contactTrimmed
        guard !phone.isEmpty else { return nil }
        if let letter = phone.first(where: \.isLetter) {
            return "a phone number has digits only, not letters (“\(letter)”)"
        }
        var rest = Substring(phone)
        if rest.hasPrefix("+") {
            guard rest.hasPrefix("+61") else { return "only +61 may start an Australian number" }
            rest = rest.dropFirst(3)
        }
        if let odd = rest.first(where: { !($0.isASCII && $0.isNumber) && !" -()".contains($0) }) {
            return odd == "+" ? "+ only as +61 at the start" : "a phone number has digits and spaces only, not “\(odd)”"
        }
        guard let digits = nationalDigits(phone) else { return "a phone number needs digits" }
        guard (8...10).contains(digits.count) else {
            return "an Australian phone number has 8 to 10 digits (0412 345 678, 03 5555 1234 or +61 412 345 678); this has \(digits.count)"
        }
        return nil
    }

    /// The number's digits as dialled within Australia: "+61 412 345 678" → "0412345678".
    public static func nationalDigits(_ phone: String) -> String? {
        let trimmed = phone.contactTrimmed
        var digits = trimmed.filter { $0.isASCII && $0.isNumber }
        if trimmed.hasPrefix("+61") {
            digits = String(digits.dropFirst(2))
            if !digits.hasPrefix("0") { digits = "0" + digits }
        }
        return digits.isEmpty ? nil : digits
    }

    /// An email address, or empty for none: one @, something before it, a dot inside the
    /// part after it, and no spaces.
    public static func emailProblem(_ text: String) -> String? {
        let email = text.contactTrimmed
        guard !email.isEmpty else { return nil }
        if email.contains(where: \.isWhitespace) { return "an email address has no spaces" }
        if email.count > maximumLineLength { return "an email address can be at most \(maximumLineLength) characters" }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "an email address has one @ (name@example.com)" }
        guard !parts[0].isEmpty else { return "an email address needs a name before the @ (name@example.com)" }
        let domain = parts[1]
        guard let dot = domain.firstIndex(of: "."), dot != domain.startIndex, domain.last != "." else {
            return "the part after the @ needs a dot inside it (example.com)"
        }
        return nil
    }

    /// The street line of a postal address: required.
    public static func streetProblem(_ text: String) -> String? {
        let street = text.contactTrimmed
        if street.isEmpty { return "the street line is required (18 Evans Street, PO Box 12)" }
        if street.count > maximumLineLength { return "a street line can be at most \(maximumLineLength) characters" }
        return nil
    }

    /// A second street line: optional.
    public static func secondLineProblem(_ text: String) -> String? {
        text.contactTrimmed.count > maximumLineLength ? "a street line can be at most \(maximumLineLength) characters" : nil
    }

    /// The suburb or town: required.
    public static func suburbProblem(_ text: String) -> String? {
        let suburb = text.contactTrimmed
        if suburb.isEmpty { return "the suburb or town is required" }
        if suburb.count > maximumLineLength { return "a suburb can be at most \(maximumLineLength) characters" }
        return nil
    }

    /// The state or territory: one of the eight, as its abbreviation.
    public static func stateProblem(_ text: String) -> String? {
        states.contains(text.contactTrimmed.uppercased()) ? nil
            : "the state is one of " + states.joined(separator: ", ")
    }

    /// The postcode: four digits.
    public static func postcodeProblem(_ text: String) -> String? {
        let postcode = text.contactTrimmed
        return postcode.count == 4 && postcode.allSatisfy { $0.isASCII && $0.isNumber } ? nil : "a postcode is 4 digits (3429)"
    }
}

extension String {
    /// Without spaces, tabs or newlines at either end: what a contact field's rule reads.
    var contactTrimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
