/// A protected characteristic under the Equality Act 2010, as named in the conduct policy.
///
/// Conduct policy, "Our definition of unacceptable behaviour": derogatory or offensive remarks
/// about someone's sex, age, disability, race, country of origin, accent, religion, sexual
/// orientation, gender reassignment "or other protected characteristic as outlined by the
/// Equality Act 2010". The Act's nine characteristics are listed here; country of origin and
/// accent fall under race, which the Act defines to include colour, nationality and ethnic or
/// national origin.
public enum ProtectedCharacteristic: String, Sendable, Codable, CaseIterable {
    case age
    case disability
    case genderReassignment
    case marriageAndCivilPartnership
    case pregnancyAndMaternity
    /// Includes colour, nationality, ethnic or national origin, country of origin and accent.
    case race
    case religionOrBelief
    case sex
    case sexualOrientation

    /// Plain words for screens and letters: "religion or belief".
    public var label: String {
        switch self {
        case .age: "age"
        case .disability: "disability"
        case .genderReassignment: "gender reassignment"
        case .marriageAndCivilPartnership: "marriage or civil partnership"
        case .pregnancyAndMaternity: "pregnancy or maternity"
        case .race: "race (including colour, nationality, ethnic or national origin, country of origin or accent)"
        case .religionOrBelief: "religion or belief"
        case .sex: "sex"
        case .sexualOrientation: "sexual orientation"
        }
    }
}
