/// Tells the console that the shared store may have changed, so open queues, banners and
/// counts update themselves within a couple of seconds of a colleague's save, with no key
/// pressed (a complaint logged at one desk shows in the supervisor's queue at another).
///
/// The store answers in its own way — PostgreSQL's notifications, sent in the transaction
/// that made the change; SQLite's file change counter — and may say "changed" when nothing
/// did (after a reconnect, or a periodic check that covers a missed notification): a
/// refresh too many costs a query, a refresh missed costs a wrong queue.
public protocol StoreChangesPort: Sendable {
    /// Waits until the store may have changed since the last call, or `seconds` pass; true
    /// when it may have. Called over and over on a thread of its own.
    func waitForChange(seconds: Double) -> Bool
}
