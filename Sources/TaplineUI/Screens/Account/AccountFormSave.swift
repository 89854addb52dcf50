import TaplineDomain

/// The part of saving a change to an account's own record that its forms share (concession,
/// contact preferences, moving): one save at a time, and after a stale refusal the offer to
/// make the same change on the fresh copy with Ctrl-R (issue 12 item 3).
public struct AccountFormSave<Change: Sendable>: Sendable {
    /// The stale refusal, while Ctrl-R offers to make the change again on the fresh copy.
    public private(set) var reapply: ReapplyOffer<Change>?
    public private(set) var isSaving = false
    /// The change the last save tried to make: the one a stale refusal offers again.
    private var lastChange: Change?

    public init() {}

    /// Starts saving `change`; false while another save is under way (a second F2 does nothing).
    public mutating func begin(_ change: Change) -> Bool {
        guard !isSaving else { return false }
        lastChange = change
        isSaving = true
        return true
    }

    /// The save came back, saved or failed.
    public mutating func ended() { isSaving = false }

    /// A new save asked for: the old offer no longer stands.
    public mutating func withdrawOffer() { reapply = nil }

    /// Refused because someone saved the account since it was read: offers the change again;
    /// returns the words for the status line.
    public mutating func refused(_ refusal: ChangedSinceRead) -> String {
        isSaving = false
        guard let change = lastChange else { return refusal.message }
        let offer = ReapplyOffer(refusal: refusal, change: change)
        reapply = offer
        return offer.message
    }

    /// Ctrl-R: the change to save again, once.
    public mutating func takeReapply() -> Change? { reapply.takeChange() }

    /// The Ctrl-R binding, while the offer stands.
    public func bindings<Action>(_ action: Action) -> [KeyBinding<Action>] {
        reapply == nil ? [] : [ReapplyOffer<Change>.binding(action)]
    }

    /// The work that saves: `save`'s result; a stale refusal, with the services to read a
    /// fresh copy, as `stale`; any other failure in words as `failed`.
    public static func run<Action>(_ save: @escaping @Sendable (Services) throws -> Action,
                                   stale: @escaping @Sendable (ChangedSinceRead, Services) -> Action,
                                   failed: @escaping @Sendable (String) -> Action) -> Effect<Action> {
        .run("save") { services in
            do {
                return try save(services)
            } catch let refusal as ChangedSinceRead {
                return stale(refusal, services)
            } catch {
                return failed("\(error)")
            }
        }
    }
}
