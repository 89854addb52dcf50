/// How the customers want to be reached, the help they need to be (Charter 14.10), and who
/// may act for each of them (4.4(c), 5.5(c)): the part of contact details beyond names, phones,
/// emails and the postal address (issue 13 item 2).
public struct ContactPreferences: Hashable, Sendable {
    public var preferred: ContactMethod?
    public var needs: CommunicationNeeds
    /// For each customer in the account's order: who may act for them, or nil.
    public var thirdParties: [AuthorisedThirdParty?]

    public init(preferred: ContactMethod?, needs: CommunicationNeeds, thirdParties: [AuthorisedThirdParty?]) {
        self.preferred = preferred
        self.needs = needs
        self.thirdParties = thirdParties
    }

    /// The preferences as the account holds them.
    public init(of account: Account) {
        self.init(preferred: account.preferredContact, needs: account.communicationNeeds ?? .none,
                  thirdParties: account.customers.map(\.authorisedThirdParty))
    }

    /// `account` with these preferences in place of its own.
    public func applied(to account: Account) -> Account {
        var changed = account
        changed.preferredContact = preferred
        changed.communicationNeeds = needs == .none ? nil : needs
        for (index, third) in thirdParties.enumerated() where changed.customers.indices.contains(index) {
            changed.customers[index].authorisedThirdParty = third
        }
        return changed
    }

    /// What changed from `before`, old → new, for the audit trail: ["preferred contact (not
    /// stated) → email", "interpreter (none) → Vietnamese", "acting for Zoë Ng (none) → Mary Ng
    /// (daughter), written consent Thu 1 Oct 2026"]. `names` are the customers', in order.
    public func changes(from before: ContactPreferences, names: [String]) -> [String] {
        var changes: [String] = []
        if before.preferred != preferred {
            changes.append("preferred contact \(before.preferred?.displayName ?? "(not stated)") → \(preferred?.displayName ?? "(not stated)")")
        }
        if before.needs.interpreterLanguage != needs.interpreterLanguage {
            changes.append("interpreter \(before.needs.interpreterLanguage ?? "(none)") → \(needs.interpreterLanguage ?? "(none)")")
        }
        if before.needs.tty != needs.tty { changes.append("TTY \(before.needs.tty ? "yes" : "no") → \(needs.tty ? "yes" : "no")") }
        for index in thirdParties.indices {
            let old = before.thirdParties.indices.contains(index) ? before.thirdParties[index] : nil
            let new = thirdParties[index]
            guard old != new else { continue }
            let whose = names.indices.contains(index) ? names[index] : "customer \(index + 1)"
            changes.append("acting for \(whose) \(old?.summary ?? "(none)") → \(new?.summary ?? "(none)")")
        }
        return changes
    }
}

/// How a customer wants to be contacted.
public enum ContactMethod: String, Hashable, Sendable, Codable, CaseIterable {
    case phone, sms, email, post

    public var displayName: String {
        switch self {
        case .phone: "phone"
        case .sms: "SMS"
        case .email: "email"
        case .post: "post"
        }
    }
}

/// The help a customer needs to communicate (Charter 14.10): an interpreter in their language,
/// or the TTY service for a speech- or hearing-impaired customer.
public struct CommunicationNeeds: Hashable, Sendable, Codable {
    public var interpreterLanguage: String?
    public var tty: Bool

    public init(interpreterLanguage: String? = nil, tty: Bool = false) {
        self.interpreterLanguage = interpreterLanguage
        self.tty = tty
    }

    public static let none = CommunicationNeeds()

    /// "Interpreter: Vietnamese · TTY (14.10)", or nil when none is needed.
    public var summary: String? {
        var parts: [String] = []
        if let interpreterLanguage { parts.append("Interpreter: \(interpreterLanguage)") }
        if tty { parts.append("TTY") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ") + " (14.10)"
    }
}
