import TaplineDomain

/// A failure from the conduct port, worded for the agent: the screens show `message` as it is.
///
/// The port's implementation turns the store's errors into this, so the UI needs no store
/// types; the domain's `ConductRefusal`s pass through as they are.
public struct ConductProblem: Error, Hashable, Sendable {
    public let message: String

    public init(message: String) { self.message = message }

    /// The words to show for any error a conduct effect caught.
    public static func message(for error: any Error) -> String {
        switch error {
        case let refusal as ConductRefusal: refusal.message
        case let problem as ConductProblem: problem.message
        case let stale as ChangedSinceRead: stale.message
        case let unavailable as PortUnavailable: "Conduct incidents can't be reached: \(unavailable.description)."
        default: "Something went wrong: \(error)"
        }
    }
}
