/// One kind of unacceptable behaviour towards staff, as the conduct policy defines it.
///
/// Conduct policy, "Our definition of unacceptable behaviour"; the last case comes from the
/// customer code of conduct ("hurtful", "violent", "abusive: including … cursing").
/// Frustration is deliberately not a case: customers "have every right to voice their
/// frustrations", so an incident with no behaviour recorded is frustration only.
public enum ConductBehaviour: Hashable, Sendable, Codable {
    case physicalViolenceOrUnwantedContact
    case threatOfViolenceOrUnwantedContact
    case insultingIntelligenceOrCharacter
    case derogatoryProtectedCharacteristic(ProtectedCharacteristic)
    case harassmentOrRepeatedContact
    case ralliesOthers
    /// Code of conduct: hurtful, violent (aggressive remarks) or abusive speech, including
    /// cursing. A threat of physical harm is recorded as `threatOfViolenceOrUnwantedContact`.
    case hurtfulViolentOrAbusiveSpeech

    /// Every behaviour, one per protected characteristic, in display order: for pickers.
    public static let all: [ConductBehaviour] =
        [.physicalViolenceOrUnwantedContact, .threatOfViolenceOrUnwantedContact, .insultingIntelligenceOrCharacter]
        + ProtectedCharacteristic.allCases.map { .derogatoryProtectedCharacteristic($0) }
        + [.harassmentOrRepeatedContact, .ralliesOthers, .hurtfulViolentOrAbusiveSpeech]

    /// Actual or threatened physical harm: always reported and referred to the police.
    ///
    /// Conduct policy, "The policy in action": "Any actual or threat of physical harm or
    /// violence will not be tolerated and will always be reported." It is also the only
    /// behaviour for which staff may end a contact without first asking the person to stop.
    public var isViolentOrThreatening: Bool {
        self == .physicalViolenceOrUnwantedContact || self == .threatOfViolenceOrUnwantedContact
    }

    /// Neutral words that fit both a screen and a letter to the customer.
    public var label: String {
        switch self {
        case .physicalViolenceOrUnwantedContact: "physical violence or unwanted physical contact"
        case .threatOfViolenceOrUnwantedContact: "threats of physical violence or unwanted physical contact"
        case .insultingIntelligenceOrCharacter: "remarks insulting someone's intelligence or character"
        case .derogatoryProtectedCharacteristic(let c): "derogatory or offensive remarks about \(c.label)"
        case .harassmentOrRepeatedContact: "harassment or repeated unwanted contact"
        case .ralliesOthers: "encouraging family, friends or supporters to behave in any of these ways"
        case .hurtfulViolentOrAbusiveSpeech: "hurtful, aggressive or abusive language, including swearing"
        }
    }

    /// Puts behaviours in the order of `all`, so lists read the same everywhere.
    public static func ordered(_ behaviours: Set<ConductBehaviour>) -> [ConductBehaviour] {
        all.filter(behaviours.contains)
    }
}
