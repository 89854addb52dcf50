/// One itemised line of a bill (Charter 4.6).
///
/// Bills must itemise each charge, separating the service charge, the usage charge for each
/// service and any other charges, so the kind and the service travel with every amount.
public struct Charge: Hashable, Sendable, Codable {
    public var kind: ChargeKind
    /// The service the charge is for; nil for charges not tied to one (a waterways levy).
    public var service: WaterService?
    /// The words printed on the bill: "Water service charge".
    public var description: String
    public var amount: Money
    /// The tariff behind a usage charge (litres × rate), when the bill recorded it; nil for
    /// other charges and for bills stored before tariffs were. Only `Charge.usage` sets it, with
    /// the amount its litres and rate make, so the two always agree.
    public internal(set) var pricing: UsagePricing?

    public init(kind: ChargeKind, service: WaterService?, description: String, amount: Money) {
        self.kind = kind
        self.service = service
        self.description = description
        self.amount = amount
    }
}

/// The categories Charter 4.6 requires a bill to itemise.
public enum ChargeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 4.6(a): a service charge to the property.
    case serviceCharge
    /// 4.6(b): the usage charge for a service.
    case usageCharge
    /// 4.6(c): another charge in connection with providing services (a special meter reading).
    case serviceRelated
    /// 4.6(d): any other charge (a levy collected for another authority).
    case other
}

/// A service supplied to a property.
public enum WaterService: String, Hashable, Sendable, Codable, CaseIterable {
    case water
    case sewerage
    case recycledWater
}
