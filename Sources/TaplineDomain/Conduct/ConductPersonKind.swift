/// Who behaved unacceptably, in relation to the account.
///
/// Conduct policy, "Key principles": the policy covers customers and members of the public
/// alike; someone acting for the account holder is covered too.
public enum ConductPersonKind: String, Sendable, Codable, CaseIterable {
    case accountHolder
    case someoneActingForThem
    /// Has no account with the utility, so an incident may have no account number.
    case memberOfPublic

    public var label: String {
        switch self {
        case .accountHolder: "account holder"
        case .someoneActingForThem: "someone acting for the account holder"
        case .memberOfPublic: "member of the public"
        }
    }

    /// Whether the incident can name an account: a member of the public has none. The account
    /// may be linked later when the caller was not identified at first.
    public var mayHaveAccount: Bool { self != .memberOfPublic }
}
