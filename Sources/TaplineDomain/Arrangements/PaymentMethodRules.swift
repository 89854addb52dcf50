/// What a direct debit's or Centrepay's details must look like (Charter 5.2(e), (g)).
///
/// Spaces and hyphens are ignored when typed; the values kept are digits (and a CRN's letter).
/// No check digit is computed for a BSB, account or CRN: the bank and Services Australia check
/// them. A card number is refused outright: only the payment provider's reference is kept.
public enum PaymentMethodRules {
    /// The typed text without spaces and hyphens.
    public static func compact(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "-" })
    }

    /// A bank account number's digits: 5 to 10.
    public static let accountDigits = 5...10
    /// A provider reference's length.
    public static let referenceLength = 4...40

    public static func bsbProblem(_ typed: String) -> String? {
        let bsb = compact(typed)
        if bsb.isEmpty { return "enter the BSB (6 digits: “063-000”)" }
        return bsb.count == 6 && bsb.allSatisfy(\.isASCIIDigit) ? nil : "a BSB is 6 digits (“063-000”)"
    }

    public static func bankAccountProblem(_ typed: String) -> String? {
        let number = compact(typed)
        if number.isEmpty { return "enter the bank account number" }
        guard number.allSatisfy(\.isASCIIDigit) else { return "a bank account number has digits only" }
        return accountDigits.contains(number.count) ? nil
            : "a bank account number has \(accountDigits.lowerBound) to \(accountDigits.upperBound) digits, not \(number.count)"
    }

    public static func cardReferenceProblem(_ typed: String) -> String? {
        let reference = compact(typed)
        if reference.isEmpty { return "enter the payment provider's reference for the card" }
        if (13...19).contains(reference.count), reference.allSatisfy(\.isASCIIDigit), passesLuhn(reference) {
            return "that is a card number: record the payment provider's reference, never the card number"
        }
        guard reference.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return "a reference has letters and digits only"
        }
        return referenceLength.contains(reference.count) ? nil
            : "a reference has \(referenceLength.lowerBound) to \(referenceLength.upperBound) letters or digits, not \(reference.count)"
    }

    /// A Centrelink Customer Reference Number: 9 digits and a letter ("412 345 678K").
    public static func crnProblem(_ typed: String) -> String? {
        let crn = compact(typed).uppercased()
        if crn.isEmpty { return "enter the customer's CRN (9 digits and a letter: “412 345 678K”)" }
        guard crn.count == 10, crn.prefix(9).allSatisfy(\.isASCIIDigit), crn.last?.isASCIILetter == true else {
            return "a CRN is 9 digits and a letter (“412 345 678K”)"
        }
        return nil
    }

    /// The first problem with a method's details, or nil.
    public static func problem(_ method: PaymentMethodArrangement.Method) -> String? {
        switch method {
        case .directDebitFromBank(let bsb, let account): return bsbProblem(bsb) ?? bankAccountProblem(account)
        case .directDebitFromCard(let reference): return cardReferenceProblem(reference)
        case .centrepay(let crn): return crnProblem(crn)
        }
    }

    /// The method with its details as they are kept: compact, a CRN's letter in capitals.
    public static func normalised(_ method: PaymentMethodArrangement.Method) -> PaymentMethodArrangement.Method {
        switch method {
        case .directDebitFromBank(let bsb, let account): return .directDebitFromBank(bsb: compact(bsb), accountNumber: compact(account))
        case .directDebitFromCard(let reference): return .directDebitFromCard(reference: compact(reference).uppercased())
        case .centrepay(let crn): return .centrepay(crn: compact(crn).uppercased())
        }
    }

    /// The Luhn check every card number passes: how a pasted card number is recognised.
    static func passesLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (i, character) in digits.reversed().enumerated() {
            guard var digit = character.wholeNumberValue else { return false }
            if i % 2 == 1 { digit *= 2; if digit > 9 { digit -= 9 } }
            sum += digit
        }
        return sum % 10 == 0
    }
}

