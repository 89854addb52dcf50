import Testing
@testable import TaplineDomain

@Suite("Suggested words for a polite request to stop")
struct ConductRequestWordsTests {
    @Test("every channel offers polite variants", arguments: ConductChannel.allCases)
    func politeVariants_policyInAction(channel: ConductChannel) {
        let words = channel.suggestedRequestWords
        #expect(words.count >= 2)
        #expect(Set(words).count == words.count)
        for variant in words {
            let lower = variant.lowercased()
            #expect(lower.contains("please") || lower.contains("respectful"), "not polite enough: \(variant)")
            #expect(lower.contains("stop"), "does not ask to stop: \(variant)")
        }
    }

    @Test("written channels don't talk about calls or leaving", arguments: ConductChannel.allCases.filter(\.isWritten))
    func writtenWordsFitTheChannel(channel: ConductChannel) {
        for variant in channel.suggestedRequestWords {
            #expect(!variant.contains("call") && !variant.contains("leave"))
        }
    }

    @Test func phoneWordsMentionEndingTheCall() {
        #expect(ConductChannel.phone.suggestedRequestWords.contains { $0.contains("end the call") || $0.contains("end this call") })
    }
}
