/// Whether the store can be reached: the console asks now and then, off the input thread.
///
/// A shared store can go away under a running console (the server restarted, the network
/// dropped). Then the console says "reconnecting" in its title bar until the store answers
/// again; screens keep what was typed, and a save refused meanwhile says so and can be retried.
public protocol StoreHealthPort: Sendable {
    /// Nil when the store answers; otherwise why it does not, in words for the agent.
    func probe() -> String?
}
