/// Why a payment arrangement cannot be made as asked; `message` is shown to the agent as it is.
public struct PlanRefusal: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}
