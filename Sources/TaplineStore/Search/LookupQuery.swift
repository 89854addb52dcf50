/// What an agent typed into the lookup field, as the token prefixes to look for.
///
/// A query with no letters is one number — an account number or a phone number however it
/// was spaced ("0412 345 678", "+61 412 345 678") — so it becomes one run of digits. Otherwise
/// each word is a prefix that must start some token of the account ("smi bacch"); a word with
/// an "@" is an email address and stays whole.
public struct LookupQuery: Hashable, Sendable {
    public let words: [String]

    public init(_ text: String) {
        let hasLetters = text.unicodeScalars.contains { $0.properties.isAlphabetic }
        if !hasLetters {
            words = SearchText.phoneDigits(text).map { [$0] } ?? []
            return
        }
        var words: [String] = []
        for chunk in text.split(whereSeparator: \.isWhitespace) {
            let found = chunk.contains("@") ? SearchText.emailToken(String(chunk)).map { [$0] } ?? [] : SearchText.words(String(chunk))
            for word in found where !words.contains(word) { words.append(word) }
        }
        self.words = words
    }
}
