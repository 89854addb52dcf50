import TaplineDomain

/// Moves a customer out, the next customer in, or changes the owner or tenant in one step (`o`
/// on the account; issue 13 item 6; Charter 14.11(a), 14.17(b)).
///
/// The kind of move is a choice field; the form shows the fields that kind needs (the day, a
/// forwarding address for the final bill, the new customer's name and contacts) and keeps
/// what was typed when the kind changes. F2 checks each field, records the move against the
/// version read and reads back what to tell the caller: the final reading (a business day),
/// charges running on when told under 48 hours ahead (14.11(a)), where the final bill goes,
/// the new account's number and the day its charter summary is due (14.17(b)). The form then
/// follows the account as it now stands, so the next occupant can be moved in straight after
/// a move out. F4 records a new customer's charter summary sent. A save refused because a
/// colleague saved the account first keeps what was typed and Ctrl-R records the same move on
/// the fresh copy. Esc asks before throwing typing away.
public struct MovingScreen: Screen {
    public typealias Field = MovingRules.Field

    public enum Action: Sendable {
        case loaded(MovingRecord?)
        case loadFailed(String)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(MoveReceipt, record: MovingRecord?)
        case saveFailed(String)
        /// Refused because someone saved the account since it was read; `fresh` is it now.
        case refusedAsStale(ChangedSinceRead, fresh: MovingRecord?)
        /// Ctrl-R after a stale refusal: the same move on the fresh copy.
        case reapplyKeyPressed
        /// F4: the new customer's charter summary was sent today (14.17(b)).
        case charterSentKeyPressed
        case charterSentRecorded(MovingRecord?)
    }

    public let context: AccountContext
    private var load = AccountFormLoad<Field>()
    /// What the account's record says of moves, and its last bill, as last read.
    public private(set) var moves: AccountMoves = .none
    public private(set) var lastBill: Bill?
    /// The last move recorded here, read back to the caller.
    public private(set) var receipt: MoveReceipt?
    /// One save at a time, and Ctrl-R's offer after a stale refusal.
    private var saving = AccountFormSave<PropertyMove>()
    public var reapply: ReapplyOffer<PropertyMove>? { saving.reapply }

    public init(context: AccountContext) {
        self.context = context
    }

    public var account: Account? { load.account }
    public var form: Form<Field>? { load.form }
    public var failure: String? { load.failure }
    public var title: String { "Moving — \(context.customerName) (\(context.accountNumber))" }
    public var hasUnsavedInput: Bool { load.hasUnsavedInput }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    /// The new customer's charter summary not yet sent, when this account is owed one.
    var charterSummaryOwed: CharterSummaryNotice? {
        moves.charterSummary.flatMap { $0.sentOn == nil ? $0 : nil }
    }

    // MARK: - Keys

    public var bindings: [KeyBinding<Action>] {
        var list = saving.bindings(Action.reapplyKeyPressed)
        if form != nil { list.append(KeyBinding(.function(2), help: "record the move", action: .saveKeyPressed)) }
        if charterSummaryOwed != nil {
            list.append(KeyBinding(.function(4), help: "record the charter summary sent today (14.17(b))", action: .charterSentKeyPressed))
        }
        return list
    }

    public var extraHelp: [KeyHint] { form == nil ? [] : Form<Field>.hints }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        return load.formAction(for: key).map(Action.form)
    }

    // MARK: - Update

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard account == nil else { return .none }
        let number = context.accountNumber
        return .run("moving") { services in
            do {
                return .loaded(try services.port((any MovingPort).self).read(number))
            } catch {
                return .loadFailed("The account could not be read: \(error)")
            }
        }
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .loaded(let record):
            if let record { take(record) }
            let made = freshForm(today: env.today)
            load.loaded(record?.account, accountNumber: context.accountNumber) { _ in made }
            return .none
        case .loadFailed(let message):
            load.failure = message
            return .none
        case .form(let formAction):
            let before = form.map(MovingForm.kind)
            load.apply(formAction)
            if var form, let before, MovingForm.kind(of: form) != before {
                // The kind changed: the fields it needs, with what was typed kept.
                form.fields = MovingForm.make(MovingForm.kind(of: form), kinds: kinds, today: env.today, keeping: form).fields
                load.update(form)
            }
            return .none
        case .saveKeyPressed:
            saving.withdrawOffer()
            guard !saving.isSaving, var form, account != nil else { return .none }
            switch MovingForm.move(form, now: env.now, calendar: env.calendar, previousMoveOut: moves.moveOut?.move) {
            case .failure(let problems):
                form.errors = problems.byField
                form.focus = form.fields.map(\.id).first { problems.byField[$0] != nil }
                load.update(form)
                return fail("Not recorded: correct the fields marked ✖")
            case .success(let move):
                form.errors = [:]
                load.update(form)
                return save(move, env: env)
            }
        case .saved(let receipt, let record):
            saving.ended()
            self.receipt = receipt
            load.saved(receipt.outgoing)
            if let record { take(record) }
            load.update(freshForm(today: env.today))
            let opened = receipt.incoming.map { ": new account \($0.accountNumber)" } ?? ""
            return .message("\(receipt.move.name.prefix(1).uppercased() + receipt.move.name.dropFirst()) recorded\(opened)")
                .and(.trainee(Self.traineeAction(receipt)))
        case .saveFailed(let message):
            saving.ended()
            return fail("Not recorded: \(message)")
        case .refusedAsStale(let refusal, let fresh):
            if let fresh {
                take(fresh)
                load.refreshed(fresh.account)
            }
            load.failure = nil
            return .error(saving.refused(refusal))
        case .reapplyKeyPressed:
            guard let move = saving.takeReapply() else { return .none }
            return save(move, env: env)
        case .charterSentKeyPressed:
            guard charterSummaryOwed != nil else { return .none }
            let number = context.accountNumber, agent = env.agent, now = env.now
            return .run("charter") { services in
                do {
                    let port = try services.port((any MovingPort).self)
                    try port.recordCharterSummarySent(number, on: now.date, by: agent, at: now)
                    return .charterSentRecorded(try port.read(number))
                } catch {
                    return .saveFailed("\(error)")
                }
            }
        case .charterSentRecorded(let record):
            if let record { take(record) }
            return .message("Charter summary (14.17(b)) recorded as sent today")
        }
    }

    // MARK: - Helpers

    /// The move as training scores it (the names scenario files use).
    static func traineeAction(_ receipt: MoveReceipt) -> TraineeAction {
        let kind = switch receipt.move {
        case .moveOut: "moveOut"
        case .moveIn: "moveIn"
        case .changeOfCustomer(_, let into): into.occupancy == .owner ? "changeOfOwner" : "changeOfTenant"
        }
        return .moveRecorded(kind: kind, movingOutOn: receipt.move.moveOut?.movingOutOn,
                             forwardingPostcode: receipt.move.moveOut?.forwardingAddress.postcode, newCustomer: receipt.incoming != nil)
    }

    /// The kinds of move the account can have now.
    private var kinds: [MovingForm.Kind] { MovingForm.kinds(movedOut: moves.moveOut != nil) }

    /// A blank form for the account as it now stands.
    private func freshForm(today: CivilDate) -> Form<Field> {
        MovingForm.make(kinds[0], kinds: kinds, today: today)
    }

    private mutating func take(_ record: MovingRecord) {
        moves = record.moves
        lastBill = record.lastBill
    }

    private mutating func save(_ move: PropertyMove, env: ScreenEnvironment) -> Effect<Action> {
        guard let account, saving.begin(move) else { return .none }
        let number = context.accountNumber, version = account.version, agent = env.agent, now = env.now
        return AccountFormSave<PropertyMove>.run({ services in
            let port = try services.port((any MovingPort).self)
            let receipt = try port.record(move, from: number, readVersion: version, by: agent, at: now)
            return .saved(receipt, record: try? port.read(number))
        }, stale: { refusal, services in
            .refusedAsStale(refusal, fresh: try? services.port((any MovingPort).self).read(number))
        }, failed: Action.saveFailed)
    }

    private mutating func fail(_ message: String) -> Effect<Action> {
        load.failure = message
        return .error(message)
    }
}
