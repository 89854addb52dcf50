/// The person who behaved unacceptably: a name when known, and how to recognise them.
///
/// Members of the public often give no name, so the description ("man in a red cap at the
/// Sunbury depot") is what staff have; repeat-offender checks match on the name.
public struct ConductPerson: Hashable, Sendable, Codable {
    public let name: String?
    /// Who the person was, when they are not the account holder or gave no name. Never what
    /// happened: that is `ConductIncident.whatHappened`, in the agent's words.
    public let description: String

    /// A blank name is stored as nil, so "no name given" has one spelling.
    public init(name: String?, description: String) {
        let trimmed = name?.trimmingCharactersWhitespace() ?? ""
        self.name = trimmed.isEmpty ? nil : trimmed
        self.description = description.trimmingCharactersWhitespace()
    }

    /// Whether there is anything at all to identify the person by.
    public var isDescribed: Bool { name != nil || !description.isEmpty }

    /// Same person when both have a name and the names match ignoring case and spacing.
    public func isSamePerson(as other: ConductPerson) -> Bool {
        guard let mine = name.map(Self.normalised), let theirs = other.name.map(Self.normalised) else { return false }
        return mine == theirs
    }

    private static func normalised(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
