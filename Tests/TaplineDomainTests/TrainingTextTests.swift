import Testing
@testable import TaplineDomain

@Suite("Words for score-card details")
struct TrainingTextTests {
    @Test("camelCase names read as words", arguments: [
        ("teamLeader", "team leader"), ("utilityReliefGrant", "utility relief grant"), ("EWOV", "EWOV"),
        ("manager", "manager"), ("notInHardship", "not in hardship"),
    ])
    func camelCaseAsWords(name: String, words: String) {
        #expect(TrainingText.words(name) == words)
    }

    @Test("clause references match however they are written", arguments: [
        ("7.3(b)", "Charter 7.3(b)"), ("7.3 (b)", "charter 7.3(b)"), ("Clause 7.3(b)", "7.3(b)"),
    ])
    func clauseReferencesMatch(a: String, b: String) {
        #expect(TrainingText.clauseKey(a) == TrainingText.clauseKey(b))
    }

    @Test func differentClausesDoNotMatch() {
        #expect(TrainingText.clauseKey("7.3(a)") != TrainingText.clauseKey("7.3(b)"))
    }

    @Test func clockShowsHoursAndMinutes() {
        #expect(TrainingText.clock(LocalDateTime(iso: "2025-04-17T09:05")!) == "09:05")
        #expect(TrainingText.clock(LocalDateTime(iso: "2025-04-17T15:30")!) == "15:30")
    }
}
