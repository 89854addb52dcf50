import TaplineDomain

/// The moving form's fields for each kind of move, read into a `PropertyMove` or the problem
/// of each field (issue 13 item 6).
enum MovingForm {
    typealias Field = MovingRules.Field

    /// What the agent is recording, as the kind field names it.
    enum Kind: String, CaseIterable, Sendable {
        case moveOut = "move out"
        case moveIn = "move in: the next customer"
        case changeOfOwner = "change of owner"
        case changeOfTenant = "change of tenant"

        /// Whether the outgoing customer leaves in this move.
        var movesOut: Bool { self != .moveIn }
        /// Whether someone new comes in.
        var movesIn: Bool { self != .moveOut }
    }

    /// The kinds the account can have: only a move in once its customer has left.
    static func kinds(movedOut: Bool) -> [Kind] { movedOut ? [.moveIn] : [.moveOut, .changeOfOwner, .changeOfTenant] }

    static func kind(of form: Form<Field>) -> Kind { Kind(rawValue: form[.kind]) ?? .moveOut }

    /// The form for `kind`, carrying over what was typed in `old`'s fields of the same name
    /// (so changing the kind loses nothing), focused on the kind field.
    static func make(_ kind: Kind, kinds: [Kind], today: CivilDate, keeping old: Form<Field>? = nil) -> Form<Field> {
        func value(_ field: Field, _ fallback: String) -> String {
            guard let old, old.fields.contains(where: { $0.id == field }) else { return fallback }
            return old[field]
        }
        var fields: [Form<Field>.Field] = [
            .init(.kind, label: "What is happening", value: kind.rawValue, choices: kinds.map(\.rawValue)),
            .init(.movingOn, label: kind == .moveOut ? "Moving out on" : kind == .moveIn ? "Moving in on" : "Day of the change",
                  value: value(.movingOn, today.iso), hint: "YYYY-MM-DD", maxLength: 10),
        ]
        if kind.movesOut {
            fields += [
                .init(.street, label: "Forwarding street", value: value(.street, ""), hint: "where the final bill goes",
                      maxLength: 10 * ContactRules.maximumLineLength),
                .init(.suburb, label: "Suburb or town", value: value(.suburb, ""), maxLength: 10 * ContactRules.maximumLineLength),
                .init(.state, label: "State", value: value(.state, "VIC"), choices: ContactRules.states),
                .init(.postcode, label: "Postcode", value: value(.postcode, ""), hint: "4 digits", maxLength: 10),
            ]
        }
        if kind.movesIn {
            fields += [
                // Longer than the rule allows, so a pasted long name is refused with its count.
                .init(.name, label: "New customer's name", value: value(.name, ""), maxLength: 10 * ContactRules.maximumNameLength),
                .init(.phone, label: "Their phone", value: value(.phone, ""), hint: "0412 345 678", maxLength: 40),
                .init(.email, label: "Their email", value: value(.email, ""), maxLength: 10 * ContactRules.maximumLineLength),
            ]
            if kind == .moveIn {
                fields.append(.init(.occupancy, label: "Owner or tenant", value: value(.occupancy, Occupancy.tenant.rawValue),
                                    choices: Occupancy.allCases.map(\.rawValue)))
            }
        }
        var form = Form(fields: fields)
        if let old { form.focus = old.focus.flatMap { id in fields.contains { $0.id == id } ? id : nil } ?? .kind }
        return form
    }

    /// The move typed, or the problem of each field that stops it. `now` is when the customer
    /// told us (the call), from which 14.11(a)'s 48 hours run.
    static func move(_ form: Form<Field>, now: LocalDateTime, calendar: BusinessCalendar,
                     previousMoveOut: MoveOut?) -> Result<PropertyMove, Problems> {
        var problems: [Field: String] = [:]
        let kind = kind(of: form)
        let today = now.date
        var day: CivilDate?
        if let problem = MovingRules.dayProblem(form[.movingOn], today: today) {
            problems[.movingOn] = problem
        } else {
            day = CivilDate(iso: form[.movingOn].trimmingWhitespace)
        }
        var out: MoveOut?
        if kind.movesOut {
            let checks: [(Field, String?)] = [(.street, ContactRules.streetProblem(form[.street])),
                                               (.suburb, ContactRules.suburbProblem(form[.suburb])),
                                               (.state, ContactRules.stateProblem(form[.state])),
                                               (.postcode, ContactRules.postcodeProblem(form[.postcode]))]
            for case let (field, problem?) in checks { problems[field] = problem }
            if let day {
                let forwarding = Address(lines: [form[.street].trimmingWhitespace], suburb: form[.suburb].trimmingWhitespace,
                                         postcode: form[.postcode].trimmingWhitespace, state: form[.state])
                out = MoveOut(movingOutOn: day, notifiedAt: now, forwardingAddress: forwarding, calendar: calendar)
            }
        }
        var into: MoveIn?
        if kind.movesIn {
            let checks: [(Field, String?)] = [(.name, ContactRules.nameProblem(form[.name])),
                                               (.phone, ContactRules.phoneProblem(form[.phone])),
                                               (.email, ContactRules.emailProblem(form[.email]))]
            for case let (field, problem?) in checks { problems[field] = problem }
            if let day, kind == .moveIn, let problem = MovingRules.moveInProblem(movingInOn: day, previousMoveOut: previousMoveOut) {
                problems[.movingOn] = problem
            }
            let occupancy: Occupancy = switch kind {
            case .changeOfOwner: .owner
            case .changeOfTenant: .tenant
            default: Occupancy(rawValue: form[.occupancy]) ?? .tenant
            }
            if let day {
                let phone = form[.phone].trimmingWhitespace, email = form[.email].trimmingWhitespace
                into = MoveIn(customers: [Customer(name: form[.name].trimmingWhitespace, phone: phone.isEmpty ? nil : phone,
                                                   email: email.isEmpty ? nil : email, isPrimary: true)],
                              occupancy: occupancy, movingInOn: day, today: today, calendar: calendar)
            }
        }
        if !problems.isEmpty { return .failure(Problems(byField: problems)) }
        switch (out, into) {
        case let (out?, into?): return .success(.changeOfCustomer(out, into))
        case let (out?, nil): return .success(.moveOut(out))
        case let (nil, into?): return .success(.moveIn(into))
        case (nil, nil): return .failure(Problems(byField: [.movingOn: "the day of the move is required (YYYY-MM-DD)"]))
        }
    }

    /// Each field's problem, in a type `Result` can carry.
    struct Problems: Error {
        let byField: [Field: String]
    }
}
