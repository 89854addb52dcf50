import TaplineDomain

/// The SQLite store's collection record and fire bans, through the GRDB repositories.
extension AppDatabase: CollectionsStore {
    public func recordCollectionEvent(_ event: CollectionEvent, for accountNumber: String, by agent: String,
                                      at time: LocalDateTime) throws {
        try collections.record(event, for: accountNumber, by: agent, at: time)
    }

    public func noteRestrictionCircumstance(_ circumstance: RestrictionCircumstance, for accountNumber: String, by agent: String,
                                            at time: LocalDateTime) throws {
        try collections.note(circumstance, for: accountNumber, by: agent, at: time)
    }

    public func clearRestrictionCircumstance(_ kind: RestrictionCircumstance.Kind, for accountNumber: String, on day: CivilDate,
                                             by agent: String, at time: LocalDateTime) throws {
        try collections.clear(kind, for: accountNumber, on: day, by: agent, at: time)
    }

    public func collectionEvents(for accountNumber: String) throws -> [CollectionEvent] { try collections.events(for: accountNumber) }

    public func restrictionCircumstances(for accountNumber: String) throws -> [RestrictionCircumstance] {
        try collections.circumstances(for: accountNumber)
    }

    public func declareTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        try users.requireSupervisor(agent, toDo: "record a Total Fire Ban (7.3(d))", at: time)
        try totalFireBans.declare(district: district, on: day, by: agent, at: time)
    }

    public func revokeTotalFireBan(district: String, on day: CivilDate, by agent: String, at time: LocalDateTime) throws {
        try users.requireSupervisor(agent, toDo: "revoke a Total Fire Ban (7.3(d))", at: time)
        try totalFireBans.revoke(district: district, on: day, by: agent, at: time)
    }

    public func assignFireDistrict(postcode: String, to district: String) throws {
        try totalFireBans.assign(postcode: postcode, to: district)
    }

    public func fireDistrict(ofPostcode postcode: String) throws -> String? { try totalFireBans.district(ofPostcode: postcode) }

    public func totalFireBanDays(forPostcode postcode: String, from day: CivilDate) throws -> [CivilDate] {
        try totalFireBans.banDays(forPostcode: postcode, from: day)
    }

    public func declaredTotalFireBans(from day: CivilDate) throws -> [TotalFireBanDeclaration] {
        try totalFireBans.declared(from: day).map { TotalFireBanDeclaration(district: $0.district, on: $0.on) }
    }

    public func restrictionFacts(for accountNumber: String, today: CivilDate, disputedAmount: Money) throws -> RestrictionFacts {
        try restrictionFacts.facts(for: accountNumber, today: today, disputedAmount: disputedAmount)
    }
}
