/// The ports effects run against, wired by the executable to the store.
///
/// The UI never imports the store: each area declares the port it needs (a protocol in its
/// own folder) and the executable registers the store's implementation under that protocol,
/// so areas are added without editing a shared list. A port nobody registered answers with
/// a clear error on the status line instead of crashing.
public struct Services: Sendable {
    private var ports: [ObjectIdentifier: any Sendable] = [:]
    /// Everything that adds banners or history to the account screen.
    public private(set) var accountContributions: [any AccountContribution] = []
    /// Everything that adds figures to the home screen.
    public private(set) var homeCountSources: [any HomeCountSource] = []

    public init() {}

    /// Registers `port` as the implementation of `type`, e.g. `(any ComplaintsPort).self`.
    public mutating func register<Port>(_ port: Port, as type: Port.Type) where Port: Sendable {
        ports[ObjectIdentifier(type)] = port
    }

    public mutating func add(_ contribution: any AccountContribution) {
        accountContributions.append(contribution)
    }

    public mutating func add(homeCounts source: any HomeCountSource) {
        homeCountSources.append(source)
    }

    /// The registered implementation of `type`.
    public func port<Port>(_ type: Port.Type) throws(PortUnavailable) -> Port {
        guard let port = ports[ObjectIdentifier(type)] as? Port else { throw PortUnavailable(port: "\(type)") }
        return port
    }
}

/// A port the executable did not register: a wiring mistake, reported rather than crashed on.
public struct PortUnavailable: Error, Sendable, CustomStringConvertible {
    public let port: String
    public var description: String { "\(port) is not available in this console" }
}
