import Foundation
import TaplineDomain

/// The form an agent fills in to log a customer's complaint, opened from the account screen.
///
/// The reply date shows as soon as a valid time of receipt is typed: Charter 3.1(a) gives
/// the utility 10 business days from receipt, counted by `ComplaintDeadline` from the calendar
/// date of receipt whatever the hour or day. Receipt defaults to now and may be changed (a
/// letter that arrived yesterday). F2 saves and the register gives the complaint its number;
/// the screen then offers to write the acknowledgement letter.
public struct LogComplaintScreen: Screen {
    public enum Field: Hashable, Sendable {
        case receivedAt, channel, category, description, disputedAmount, replyRequested
    }

    public enum Action: Sendable {
        /// The screen was shown at `now`: receipt defaults to it.
        case shown(now: LocalDateTime)
        /// What the account owes, which bounds a disputed amount (Charter 3.1(e)); nil if unknown.
        case amountOwedLoaded(Money?)
        case form(Form<Field>.Action)
        case saveKeyPressed
        case saved(Complaint)
        case saveFailed(String)
        case acknowledgementKeyPressed
        case letterWritten(ComplaintLetterWork.Outcome)
        case letterFailed(String)
        case openComplaintKeyPressed
    }

    public let context: AccountContext
    public private(set) var form: Form<Field>
    /// The reply date for the receipt typed so far (Charter 3.1(a)); nil while it is not a valid time.
    public private(set) var dueDate: CivilDate?
    /// The complaint as the register saved it, once saved.
    public private(set) var saved: Complaint?
    /// Where the acknowledgement letter was written, once written.
    public private(set) var letterPath: String?
    /// Why the last save or letter failed, shown in full on the screen; cleared by the next try.
    public private(set) var failure: String?
    /// What the account owes, once loaded: a disputed amount cannot exceed it (Charter 3.1(e)).
    public private(set) var amountOwed: Money?
    private(set) var isSaving = false
    private var isShown = false

    static let receiptFormat = "YYYY-MM-DD HH:MM"
    static let yesNo = ["Yes", "No"]

    public init(context: AccountContext) {
        self.context = context
        self.form = Form(fields: [
            .init(.receivedAt, label: "Received at", hint: Self.receiptFormat, maxLength: 16),
            .init(.channel, label: "Channel", choices: ComplaintChannel.allCases.map(\.displayName)),
            .init(.category, label: "Category", choices: ComplaintCategory.allCases.map(\.displayName)),
            .init(.description, label: "Description", hint: "required", maxLength: 1_000, lines: 3, validate: Self.checkDescription),
            .init(.disputedAmount, label: "Disputed amount", hint: "optional: 684.90", maxLength: 20,
                  validate: Self.checkDisputedAmount),
            .init(.replyRequested, label: "Reply requested", choices: Self.yesNo),
        ])
    }

    public var title: String { "Log complaint" }
    public var hasUnsavedInput: Bool { saved == nil && form.isDirty }
    public var customerContext: CustomerContext? {
        CustomerContext(accountNumber: context.accountNumber, customerName: context.customerName)
    }

    public var bindings: [KeyBinding<Action>] {
        if saved != nil {
            return [KeyBinding(.character("a"), help: "write the acknowledgement letter", action: .acknowledgementKeyPressed),
                    KeyBinding(.enter, help: "open the complaint", action: .openComplaintKeyPressed)]
        }
        return [KeyBinding(.function(2), help: "save the complaint", action: .saveKeyPressed)]
    }

    public var extraHelp: [KeyHint] { saved == nil ? Form<Field>.hints : [] }

    public func action(for key: Key) -> Action? {
        if let bound = bindings.action(for: key) { return bound }
        guard saved == nil else { return nil }
        return Form<Field>.action(for: key).map(Action.form)
    }

    public func appear(env: ScreenEnvironment) -> Effect<Action> {
        guard !isShown else { return .none }
        let now = env.now, account = context.accountNumber
        return .batch([.run { _ in .shown(now: now) }, .run("owed") { services in
            .amountOwedLoaded(try? services.port((any ComplaintsPort).self).amountOwed(onAccount: account))
        }])
    }

    /// Fills the time of receipt with now, once.
    private mutating func showDefaults(now: LocalDateTime, env: ScreenEnvironment) {
        guard !isShown else { return }
        isShown = true
        form[.receivedAt] = Self.receiptText(now)
        if let index = form.fields.firstIndex(where: { $0.id == .receivedAt }) {
            form.fields[index].validate = { Self.checkReceipt($0, now: now) }
        }
        updateDueDate(env: env)
    }

    public mutating func reduce(_ action: Action, env: ScreenEnvironment) -> Effect<Action> {
        switch action {
        case .shown(let now):
            showDefaults(now: now, env: env)
            return .none
        case .amountOwedLoaded(let owed):
            amountOwed = owed
            if let index = form.fields.firstIndex(where: { $0.id == .disputedAmount }) {
                form.fields[index].validate = { Self.checkDisputedAmount($0, owed: owed) }
            }
            return .none
        case .form(let formAction):
            // Keys can beat the `.shown` round trip: the defaults go in first, never over typing.
            showDefaults(now: env.now, env: env)
            failure = nil
            form.apply(formAction)
            updateDueDate(env: env)
            return .none
        case .saveKeyPressed:
            failure = nil
            return save(env: env)
        case .saved(let complaint):
            isSaving = false
            saved = complaint
            form.markSaved()
            let logged: Effect<Action> = complaint.wasOverdueWhenLogged
                ? .message("Complaint \(complaint.id) logged — OVERDUE: reply was due \(complaint.dueDate.display)",
                           role: .warning)
                : .message("Complaint \(complaint.id) logged — reply due \(complaint.dueDate.display)")
            return logged
                .and(.trainee(.loggedComplaint(dueDate: complaint.dueDate, receivedAt: complaint.receivedAt,
                                               disputedAmount: complaint.disputedAmount,
                                               category: complaint.category.rawValue)))
        case .saveFailed(let message):
            isSaving = false
            return fail("Not saved: \(message)")
        case .acknowledgementKeyPressed:
            guard let complaint = saved else { return .none }
            failure = nil
            let now = env.now, agent = env.agent, role = env.role
            return .run("letter") { services in
                do {
                    return .letterWritten(try ComplaintLetterWork.write(.acknowledgement, for: complaint, at: now,
                                                                        by: agent, role: role, services: services))
                } catch {
                    return .letterFailed(error.complaintMessage)
                }
            }
        case .letterWritten(let outcome):
            saved = outcome.complaint
            letterPath = outcome.path
            return .message("Acknowledgement letter written to \(outcome.path)")
        case .letterFailed(let message):
            return fail("No letter written: \(message)")
        case .openComplaintKeyPressed:
            guard let complaint = saved else { return .none }
            return .replace(ComplaintDetailScreen(complaint: complaint, customerName: context.customerName))
        }
    }

    // MARK: - Saving

    private mutating func save(env: ScreenEnvironment) -> Effect<Action> {
        guard !isSaving else { return .none }
        guard form.validateAll(), let receivedAt = LocalDateTime(iso: form[.receivedAt]) else {
            return .error("Not saved: correct the fields marked ✖")
        }
        let complaint: Complaint
        do {
            complaint = try Complaint.log(
                accountNumber: context.accountNumber, receivedAt: receivedAt,
                channel: Self.choice(form[.channel], among: ComplaintChannel.allCases, named: \.displayName),
                category: Self.choice(form[.category], among: ComplaintCategory.allCases, named: \.displayName),
                description: form[.description], disputedAmount: Self.disputedAmount(form[.disputedAmount]),
                amountOwed: amountOwed,
                replyRequested: form[.replyRequested] == "Yes", loggedAt: env.now, loggedBy: env.agent,
                calendar: env.calendar)
        } catch {
            return fail("Not saved: \(error.message)")
        }
        isSaving = true
        return .run("save") { services in
            do {
                return .saved(try services.port((any ComplaintsPort).self).log(complaint))
            } catch {
                return .saveFailed(error.complaintMessage)
            }
        }
    }

    /// Shows why a save or letter failed, on the screen and the status line.
    private mutating func fail(_ message: String) -> Effect<Action> {
        failure = message
        return .error(message)
    }

    private mutating func updateDueDate(env: ScreenEnvironment) {
        dueDate = LocalDateTime(iso: form[.receivedAt].trimmingCharacters(in: .whitespaces))
            .map { ComplaintDeadline.dueDate(receivedAt: $0, calendar: env.calendar) }
    }

    // MARK: - Field rules

    /// "2026-04-17 09:30": a time as the receipt field shows and reads it.
    static func receiptText(_ time: LocalDateTime) -> String {
        String(format: "%@ %02d:%02d", time.date.iso, time.hour, time.minute)
    }

    static func checkReceipt(_ text: String, now: LocalDateTime) -> String? {
        guard let time = LocalDateTime(iso: text) else {
            return "use \(receiptFormat), e.g. \(receiptText(now))"
        }
        if time > now { return "cannot be after now (\(now.display))" }
        return nil
    }

    static func checkDescription(_ text: String) -> String? {
        text.isEmpty ? ComplaintRefusal.missingDescription.message : nil
    }

    /// Empty, or an amount above zero (Charter 3.1(e)); the words fit under the field at 80 columns.
    static func checkDisputedAmount(_ text: String) -> String? {
        checkDisputedAmount(text, owed: nil)
    }

    /// Empty, or an amount above zero and, once the balance is known, no more than the account
    /// owes (`Complaint.checkDisputedAmount`, Charter 3.1(e)).
    static func checkDisputedAmount(_ text: String, owed: Money?) -> String? {
        guard !text.isEmpty else { return nil }
        let amount: Money
        do {
            amount = try Money.parse(text)
        } catch {
            return error.message
        }
        guard amount > .zero else { return "must be more than $0.00; leave it empty if none" }
        guard let owed else { return nil }
        guard owed > .zero else { return "nothing is owed (\(owed.formatted)), so nothing can be held; leave it empty" }
        return amount <= owed ? nil : "cannot exceed the \(owed.formatted) owed on the account (3.1(e))"
    }

    static func disputedAmount(_ text: String) -> Money? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try? Money.parse(text)
    }

    static func choice<T>(_ text: String, among all: [T], named name: (T) -> String) -> T {
        all.first { name($0) == text } ?? all[0]
    }
}
