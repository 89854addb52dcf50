/// Says when a store may have changed, whoever changed it: how every open queue, banner and
/// count in a contact centre follows the others' work without a key pressed.
///
/// Each store answers in its own way (SQLite's file change counter, PostgreSQL's
/// notifications) and may answer "changed" when nothing did; it never stays silent about a
/// change for long.
public protocol StoreChangeSignal: Sendable {
    /// Waits until the store may have changed since the last call, or `seconds` pass; true
    /// when it may have.
    func waitForChange(seconds: Double) -> Bool
}

/// A store that can say when it changed.
public protocol StoreChangeSource: Sendable {
    /// A new signal, with its own connection; nil when nobody else can change this store
    /// (a private database in memory).
    func changeSignal() -> (any StoreChangeSignal)?
}
