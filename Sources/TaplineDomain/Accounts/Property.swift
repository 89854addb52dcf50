/// The serviced property an account's charges relate to (Charter 4.5(c)).
///
/// The service pipe size matters because special meter readings are charged only for meters of
/// 32 mm or larger (Charter 4.3); occupancy matters because tenants and owners are billed and
/// spoken to differently.
public struct Property: Hashable, Sendable, Codable {
    public var address: Address
    /// Diameter of the water service pipe in millimetres: 20 for most houses.
    public var servicePipeSizeMillimetres: Int
    public var occupancy: Occupancy

    public init(address: Address, servicePipeSizeMillimetres: Int, occupancy: Occupancy) {
        self.address = address
        self.servicePipeSizeMillimetres = servicePipeSizeMillimetres
        self.occupancy = occupancy
    }

    /// Whether a special meter reading at this property may be charged for (Charter 4.3).
    public var specialReadingIsChargeable: Bool { servicePipeSizeMillimetres >= 32 }
}

/// Whether the account holder owns the property or rents it.
public enum Occupancy: String, Hashable, Sendable, Codable, CaseIterable {
    case owner
    case tenant
}
