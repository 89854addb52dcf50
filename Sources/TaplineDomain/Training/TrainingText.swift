/// Small text helpers for score-card details: names shown as words, clauses compared loosely.
enum TrainingText {
    /// "teamLeader" → "team leader", "utilityReliefGrant" → "utility relief grant"; "EWOV" stays "EWOV".
    static func words(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase {
                result.append(" ")
                result.append(Character(character.lowercased()))
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// Two names for the same value match whatever their case ("Manager" is "manager").
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }

    /// A clause reference reduced to its number and letters: "Charter 7.3 (b)" → "7.3(b)".
    ///
    /// Restriction checks may cite "7.3(b)" or "Charter 7.3(b)"; both name the same clause.
    static func clauseKey(_ reference: String) -> String {
        var text = reference.lowercased()
        for prefix in ["charter", "clause"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        return text.filter { !$0.isWhitespace }
    }

    /// "10:42": when, on the scenario clock, an action was recorded.
    static func clock(_ time: LocalDateTime) -> String {
        (time.hour < 10 ? "0" : "") + String(time.hour) + ":" + (time.minute < 10 ? "0" : "") + String(time.minute)
    }
}
