import TaplineDomain

/// The collection record (Charter 6, 7.1-7.3) and the facts the restriction check judges:
/// notices, contact attempts and plan offers (only appended), circumstances that block
/// restriction while they last, and Total Fire Ban days by CFA fire district.
///
/// Every recorded step and every declaration is audited in the same transaction.
public protocol CollectionsStore: Sendable {
    /// Records a notice, contact attempt or answer to a plan offer.
    func recordCollectionEvent(_ event: CollectionEvent, for accountNumber: String, by agent: String, at time: LocalDateTime) throws
    /// Notes a circumstance that blocks restriction from its `notedOn` until it is cleared.
    func noteRestrictionCircumstance(_ circumstance: RestrictionCircumstance, for accountNumber: String, by agent: String,
                                     at time: LocalDateTime) throws
    /// Clears every open circumstance of `kind` on the account from `day`.
    func clearRestrictionCircumstance(_ kind: RestrictionCircumstance.Kind, for accountNumber: String, on day: CivilDate,
                                      by agent: String, at time: LocalDateTime) throws
    /// The account's collection events, oldest first.
    func collectionEvents(for accountNumber: String) throws -> [CollectionEvent]
    /// The account's circumstances, cleared ones included, oldest first.
    func restrictionCircumstances(for accountNumber: String) throws -> [RestrictionCircumstance]

    /// Records a Total Fire Ban declared for `district` on `day`; declaring it twice is harmless.
    func declareTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws
    /// Removes a declaration recorded in error (or revoked by the CFA).
    func revokeTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws
    /// Puts a postcode in a fire district, replacing any earlier assignment.
    func assignFireDistrict(postcode: String, to district: String) throws
    /// The district a postcode is in, or nil when none was assigned.
    func fireDistrict(ofPostcode postcode: String) throws -> String?
    /// Ban days from `day` on that apply to a postcode: its district's, or every district's when it has none (7.3(d)).
    func totalFireBanDays(forPostcode postcode: String, from day: CivilDate) throws -> [CivilDate]
    /// Every declaration from `day` on, by date then district.
    func declaredTotalFireBans(from day: CivilDate) throws -> [TotalFireBanDeclaration]

    /// Everything the restriction check needs about the account as it stands on `today`
    /// (`RestrictionFactsRepository.assemble` says where each fact comes from).
    ///
    /// - Parameter disputedAmount: what the account's complaints hold (3.1(e), 7.2(e)).
    func restrictionFacts(for accountNumber: String, today: CivilDate, disputedAmount: Money) throws -> RestrictionFacts
}

/// One Total Fire Ban declared for a fire district on a day (Charter 7.3(d)).
public struct TotalFireBanDeclaration: Hashable, Sendable {
    public var district: String
    public var on: CivilDate

    public init(district: String, on: CivilDate) {
        self.district = district
        self.on = on
    }
}
