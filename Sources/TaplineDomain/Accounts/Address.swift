/// A postal address in Australian form: street lines, then suburb, state and postcode.
///
/// Bills go to a billing address and relate to a property address (Charter 4.4, 4.5(b)(c)),
/// so both are this one type. Addresses are plain values: changing where bills go makes a new
/// address, and old bills keep the address they were sent to.
public struct Address: Hashable, Sendable, Codable {
    /// Street lines, most specific first: ["Unit 4", "18 Evans Street"].
    public var lines: [String]
    public var suburb: String
    public var postcode: String
    /// State or territory abbreviation: "VIC".
    public var state: String

    public init(lines: [String], suburb: String, postcode: String, state: String = "VIC") {
        self.lines = lines
        self.suburb = suburb
        self.postcode = postcode
        self.state = state
    }

    /// "18 Evans Street, Sunbury VIC 3429": the one line a lookup row or a heading shows.
    public var oneLine: String {
        (lines + ["\(suburb) \(state) \(postcode)"]).filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
