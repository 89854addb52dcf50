import Testing
@testable import TaplineDomain

@Suite("Complaint numbers")
struct ComplaintNumberTests {
    @Test("formats year and sequence", arguments: [
        (2026, 123, "C-2026-000123"), (2026, 1, "C-2026-000001"), (2027, 1_234_567, "C-2027-1234567"),
    ])
    func formats(year: Int, sequence: Int, expected: String) {
        #expect(ComplaintNumber.format(year: year, sequence: sequence) == expected)
        let parsed = ComplaintNumber.parse(expected)
        #expect(parsed?.year == year && parsed?.sequence == sequence)
    }

    @Test("refuses text that is not a complaint number", arguments: ["", "C-2026-123", "X-2026-000123", "C-26-000123", "C-2026-00012a", "C-2026-000123-1"])
    func refusesOthers(text: String) {
        #expect(ComplaintNumber.parse(text) == nil)
    }
}
