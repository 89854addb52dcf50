/// An external dispute resolution forum a customer can take a complaint to.
///
/// Charter Part C: "external dispute resolution forum" includes Consumer Affairs Victoria and
/// the Victorian Civil and Administrative Tribunal; 3.1(d)(2) names EWOV.
public enum ExternalForum: String, Sendable, CaseIterable, Codable {
    case ewov = "EWOV"
    case vcat = "VCAT"
    case cav = "CAV"

    public var displayName: String {
        switch self {
        case .ewov: return "Energy and Water Ombudsman (Victoria)"
        case .vcat: return "Victorian Civil and Administrative Tribunal"
        case .cav: return "Consumer Affairs Victoria"
        }
    }

    /// "an EWOV", "a VCAT": the forum's abbreviation with the article its spoken name takes.
    public var withArticle: String {
        switch self {
        case .ewov: return "an EWOV"
        case .vcat: return "a VCAT"
        case .cav: return "a CAV"
        }
    }

    /// EWOV's telephone number (Charter Part D).
    public static let ewovTelephone = "1800 500 509"
    /// EWOV's postal address, one line each (Charter Part D).
    public static let ewovPostalAddress = ["GPO Box 469", "Melbourne VIC 3001"]
}

/// Whether the customer has taken the complaint to an external forum, and how far it has got.
///
/// Charter 3.2: a dispute is never resolved while a claim lodged with EWOV or another forum
/// is not finalised, so the store must know both dates.
public enum ExternalClaim: Hashable, Sendable, Codable {
    case none
    case lodged(forum: ExternalForum, on: CivilDate)
    case finalised(forum: ExternalForum, lodgedOn: CivilDate, finalisedOn: CivilDate)

    /// True while a claim is lodged and not yet finalised.
    public var isOpen: Bool {
        if case .lodged = self { return true }
        return false
    }

    /// The forum, if a claim was ever lodged.
    public var forum: ExternalForum? {
        switch self {
        case .none: return nil
        case .lodged(let forum, _), .finalised(let forum, _, _): return forum
        }
    }
}
