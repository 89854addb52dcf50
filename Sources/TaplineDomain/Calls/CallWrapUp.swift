import Foundation

/// What an agent records as a call ends (issue 13 item 1): why the customer called, how the
/// call ended, and a summary for the next agent.
///
/// Checked here, not in a screen, so the console and any other way in refuse the same things:
/// a reason and an outcome among the configured codes, and a summary of at most
/// `maximumSummaryLength` characters — a longer one is refused with the count, never cut.
public struct CallWrapUp: Hashable, Sendable {
    public enum Field: Hashable, Sendable, CaseIterable { case reason, outcome, summary }

    /// The longest summary kept: a screenful for the next agent, not a transcript.
    public static let maximumSummaryLength = 500

    /// The reason's code or label as chosen; empty when none was chosen.
    public var reason: String
    public var outcome: String
    public var summary: String

    public init(reason: String, outcome: String, summary: String) {
        self.reason = reason
        self.outcome = outcome
        self.summary = summary
    }

    /// What is wrong with each field, in words; empty when the wrap-up may be saved.
    public func problems(codes: WrapUpCodes) -> [Field: String] {
        var problems: [Field: String] = [:]
        if reason.isEmpty {
            problems[.reason] = "choose why the customer called"
        } else if codes.reason(reason) == nil {
            problems[.reason] = "“\(reason)” is not a reason on this console's list"
        }
        if outcome.isEmpty {
            problems[.outcome] = "choose how the call ended"
        } else if codes.outcome(outcome) == nil {
            problems[.outcome] = "“\(outcome)” is not an outcome on this console's list"
        }
        let length = summary.trimmingCharacters(in: .whitespacesAndNewlines).count
        if length > Self.maximumSummaryLength {
            problems[.summary] = "a summary can be at most \(Self.maximumSummaryLength) characters; this one has \(length.formatted())"
        }
        return problems
    }

    /// The call as recorded, when the wrap-up is valid: started when the account was opened,
    /// ended `endedAt`, by `agent`, with its codes (not labels) and what was done.
    public func interaction(startedAt: LocalDateTime, endedAt: LocalDateTime, agent: String, done: [String],
                            channel: InteractionChannel = .phone, codes: WrapUpCodes) -> Interaction? {
        guard problems(codes: codes).isEmpty, let reason = codes.reason(reason), let outcome = codes.outcome(outcome) else { return nil }
        return Interaction(channel: channel, at: startedAt, agent: agent,
                           summary: summary.trimmingCharacters(in: .whitespacesAndNewlines),
                           reason: reason.code, outcome: outcome.code, endedAt: max(startedAt, endedAt), done: done)
    }
}

extension Int {
    /// "1,000": thousands grouped the way the rest of the console shows counts.
    fileprivate func formatted() -> String {
        let digits = String(self)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
