import GRDB
import TaplineDomain

extension AccountRows {
    /// The account with this row id as it stands, with its customers.
    static func fetch(id: Int64, _ db: Database) throws -> Account? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [id]) else { return nil }
        guard let billing = try AddressRows.fetch(id: row["billing_address_id"], db),
              let propertyAddress = try AddressRows.fetch(id: row["property_address_id"], db) else { return nil }
        let customers = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM customer WHERE account_id = ? ORDER BY position"),
                                         arguments: [id]).map(decodeCustomer)
        var concession = Concession.none
        if let type = (row["concession_card"] as String?).flatMap(ConcessionCardType.init(rawValue:)) {
            concession = .card(type, number: row["concession_number"] ?? "")
        }
        var specialNeeds: SpecialNeedsRegistration?
        if let need = (row["special_need"] as String?).flatMap(SpecialNeed.init(rawValue:)),
           let registered = row["special_need_registered"] as CivilDate? {
            specialNeeds = SpecialNeedsRegistration(need: need, registeredOn: registered, evidence: row["special_need_evidence"] ?? "",
                                                    notes: row["special_need_notes"] ?? "")
        }
        let property = Property(address: propertyAddress, servicePipeSizeMillimetres: row["pipe_size_mm"],
                                occupancy: Occupancy(rawValue: row["occupancy"]) ?? .owner)
        return Account(accountNumber: row["number"], billingAddress: billing, electronicAddress: row["electronic_address"],
                       concession: concession, customers: customers, property: property,
                       balance: Money(cents: row["balance_cents"]), specialNeeds: specialNeeds, version: row["version"],
                       concessionTerms: ConcessionUpdate.terms(validFrom: row["concession_valid_from"], validTo: row["concession_valid_to"],
                                                               advised: row["concession_advised"], creditFrom: row["concession_credit_from"]),
                       concessionApplications: try concessionApplications(accountID: id, db),
                       preferredContact: (row["preferred_contact"] as String?).flatMap(ContactMethod.init(rawValue:)),
                       communicationNeeds: AccountRows.needs(language: row["interpreter_language"], tty: row["tty"] ?? false))
    }

    private static func decodeCustomer(_ row: Row) -> Customer {
        var thirdParty: AuthorisedThirdParty?
        if let name = row["third_party_name"] as String? {
            thirdParty = AuthorisedThirdParty(name: name, relationship: row["third_party_relationship"] ?? "",
                                              consentReceived: row["third_party_consent"])
        }
        return Customer(name: row["name"], phone: row["phone"], email: row["email"], isPrimary: row["is_primary"],
                        authorisedThirdParty: thirdParty)
    }

    /// An account's communication needs (Charter 14.10), nil when it has none.
    public static func needs(language: String?, tty: Bool) -> CommunicationNeeds? {
        language == nil && !tty ? nil : CommunicationNeeds(interpreterLanguage: language, tty: tty)
    }
}
