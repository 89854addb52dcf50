/// The ports effects run against, wired by the executable to the store.
///
/// The UI never imports the store: each area declares the port it needs (a protocol in
/// `Ports/`), and the executable hands in the store's implementation. A port left nil answers
/// with a clear "not available" error instead of crashing.
public struct Services: Sendable {
    public init() {}
}
