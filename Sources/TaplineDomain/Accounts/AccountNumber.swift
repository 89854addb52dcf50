/// The rule for what an account number looks like.
///
/// Account numbers are typed and read aloud over the phone, so they are digits only; a
/// fixed range of lengths catches a phone number or a postcode pasted into the wrong field.
public enum AccountNumber {
    public static let allowedLengths = 6...12

    /// Why `text` is not an account number, or nil when it is one.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "the account number is missing" }
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            return "account number “\(text)” must be digits only"
        }
        guard allowedLengths.contains(text.count) else {
            return "account number “\(text)” must have \(allowedLengths.lowerBound) to \(allowedLengths.upperBound) digits"
        }
        return nil
    }
}
