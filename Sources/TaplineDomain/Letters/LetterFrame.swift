/// The frame every letter shares: the utility's heading, the date, the customer's name and
/// address, the references, "Dear …", the sections, and the signature.
///
/// Complaint, plan, hardship and conduct letters differ only in what they say, so the layout
/// lives once here and every letter reads the same to the customer.
struct LetterFrame {
    let utilityName: String
    let date: CivilDate
    let customerName: String
    let addressLines: [String]
    /// Shown under the address in order, e.g. ("Account", "1000000002"), ("Complaint number", "C-2026-000001").
    let references: [(label: String, value: String)]
    let signOff: String

    func compose(heading: String, sections: [(title: String, lines: [String])]) -> String {
        var out = ["# \(utilityName)", "", LetterFrame.longDate(date), ""]
        out += [([customerName] + addressLines).joined(separator: "  \n"), ""]
        out += references.map { "**\($0.label):** \($0.value)  " } + [""]
        out += ["Dear \(customerName),", "", "## \(heading)", ""]
        for section in sections {
            out += ["### \(section.title)", ""] + section.lines + [""]
        }
        out += ["Yours sincerely,", "", "\(signOff)  ", utilityName, ""]
        return out.joined(separator: "\n")
    }

    /// "17 April 2026": how a letter writes a date.
    static func longDate(_ date: CivilDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// The customer's or agent's own words as a Markdown quote, line by line.
    static func quoted(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }
    }
}
