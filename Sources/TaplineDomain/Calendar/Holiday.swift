/// One public (or bank) holiday: the date banks are shut, and what it is called.
///
/// `isProvisional` marks a date predicted by rule but not yet declared by the government
/// (Victoria's Friday before the AFL Grand Final is appointed each year), so a screen can
/// show it with a "provisional" mark rather than as settled fact.
public struct Holiday: Hashable, Sendable, Codable {
    public let date: CivilDate
    public let name: String
    public let isProvisional: Bool

    public init(date: CivilDate, name: String, isProvisional: Bool = false) {
        self.date = date
        self.name = name
        self.isProvisional = isProvisional
    }
}
