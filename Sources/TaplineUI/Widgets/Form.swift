import Foundation

/// A form of labelled fields with Tab order, per-field validation messages and a dirty flag.
///
/// Focus is state (`focus`), moved by Tab / Shift-Tab in `reduce`, so tests can assert where
/// the cursor is. A field may be free text (one row, or several for a description shown whole
/// while it is typed) or a choice changed only by ←/→: typing (Space too) on a choice never changes
/// it, so words meant for another field cannot record a choice nobody made. Each field
/// validates itself; `validateAll` fills `errors`, which render under the field.
public struct Form<FieldID: Hashable & Sendable>: Sendable {
    public struct Field: Sendable {
        public let id: FieldID
        public var label: String
        public var input: TextField
        public var hint: String
        public var choices: [String]?
        /// Rows the field takes on screen: more than one wraps the text (a description).
        public var lines: Int
        public var validate: @Sendable (String) -> String?

        public init(_ id: FieldID, label: String, value: String = "", hint: String = "", maxLength: Int = 200,
                    choices: [String]? = nil, lines: Int = 1,
                    validate: @escaping @Sendable (String) -> String? = { _ in nil }) {
            self.id = id
            self.label = label
            self.input = TextField(choices.map { value.isEmpty ? ($0.first ?? "") : value } ?? value, maxLength: maxLength)
            self.hint = hint
            self.choices = choices
            self.lines = choices == nil ? max(1, lines) : 1
            self.validate = validate
        }
    }

    public var fields: [Field]
    public var focus: FieldID?
    public var errors: [FieldID: String] = [:]
    public private(set) var isDirty = false

    public init(fields: [Field]) {
        self.fields = fields
        self.focus = fields.first?.id
    }

    /// What a key means to a form: move focus, or edit the focused field.
    public enum Action: Sendable, Equatable {
        case focusNext, focusPrevious
        case edit(TextField.Edit)
    }

    public static func action(for key: Key) -> Action? {
        switch key {
        case .tab, .down: return .focusNext
        case .backTab, .up: return .focusPrevious
        default: return TextField.edit(for: key).map(Action.edit)
        }
    }

    public static var hints: [KeyHint] {
        [KeyHint(label: "Tab/↓", help: "next field", showsInBar: false),
         KeyHint(label: "Shift-Tab/↑", help: "previous field", showsInBar: false),
         KeyHint(label: "←/→", help: "change a choice field (typing, Space too, never changes it)", showsInBar: false)]
            + TextField.editHints
    }

    public mutating func apply(_ action: Action) {
        switch action {
        case .focusNext: moveFocus(by: 1)
        case .focusPrevious: moveFocus(by: -1)
        case .edit(let edit):
            guard let index = focusedIndex else { return }
            if let choices = fields[index].choices {
                choose(edit, among: choices, at: index)
            } else if fields[index].input.apply(edit) {
                if case .insert = edit { isDirty = true }
                if [.backspace, .delete, .clearToStart, .clearToEnd, .deleteWordBack].contains(edit) { isDirty = true }
                errors[fields[index].id] = nil
            } else {
                errors[fields[index].id] = "at most \(fields[index].input.maxLength) characters"
            }
        }
    }

    /// Only ←/→ change a choice (`ChoiceKeys`); typing says how to change it instead.
    private mutating func choose(_ edit: TextField.Edit, among choices: [String], at index: Int) {
        let current = choices.firstIndex(of: fields[index].input.text) ?? 0
        let next: Int
        switch ChoiceKeys.outcome(of: edit, current: current, count: choices.count) {
        case .moved(let to): next = to
        case .typingIgnored:
            errors[fields[index].id] = ChoiceKeys.typingNotice
            return
        case .unchanged: return
        }
        errors[fields[index].id] = nil
        if next != current { isDirty = true }
        fields[index].input.setText(choices[next])
    }

    public var focusedIndex: Int? { fields.firstIndex(where: { $0.id == focus }) }

    public mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        let index = focusedIndex ?? 0
        focus = fields[(index + step + fields.count) % fields.count].id
    }

    public subscript(id: FieldID) -> String {
        get { fields.first(where: { $0.id == id })?.input.text ?? "" }
        set {
            guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
            fields[i].input.setText(newValue)
        }
    }

    /// Checks every field; returns true when all are valid, and focuses the first bad one.
    @discardableResult
    public mutating func validateAll() -> Bool {
        errors = [:]
        for field in fields {
            if let message = field.validate(field.input.text.trimmingCharacters(in: .whitespaces)) { errors[field.id] = message }
        }
        if let firstBad = fields.first(where: { errors[$0.id] != nil }) { focus = firstBad.id }
        return errors.isEmpty
    }

    /// Marks the form as saved: quitting no longer asks.
    public mutating func markSaved() { isDirty = false }

    /// Whether `area` has a row under each field with an error (else they go beside the field).
    private func errorsFitOnRowsOfTheirOwn(in area: Rect) -> Bool { area.height >= height }

    /// The width of the label column in a form drawn `width` wide.
    private var labelWidth: Int { min(26, (fields.map(\.label.displayWidth).max() ?? 0) + 2) }

    /// A message under its field, wrapped to the room right of the labels.
    private func errorLines(_ error: String, width: Int) -> [String] {
        TextWrap.lines("✖ " + error, width: max(10, width - labelWidth))
    }

    /// Rows the form needs drawn `width` wide: each field's rows, plus each message wrapped
    /// whole under its field. Screens that size an area to the form use this.
    public func height(width: Int) -> Int {
        fields.map(\.lines).reduce(0, +)
            + fields.compactMap { errors[$0.id] }.map { errorLines($0, width: width).count }.reduce(0, +)
    }

    /// Rows the form needs: each field's rows, plus one under each field with an error.
    public var height: Int { fields.map(\.lines).reduce(0, +) + errors.count }

    public func render(into canvas: inout Canvas, area: Rect) {
        let labelWidth = self.labelWidth
        let fieldWidth = min(40, max(10, area.width - labelWidth - 2))
        var y = area.y
        for field in fields {
            guard y < area.maxY else { break }
            let focused = field.id == focus
            canvas.write(field.label, x: area.x, y: y, width: labelWidth, role: focused ? .accent : .text)
            var boxWidth = fieldWidth
            if field.choices == nil, field.lines == 1, !field.hint.isEmpty,
               area.x + labelWidth + fieldWidth + 1 + field.hint.displayWidth > area.maxX {
                // The hint would be cut ("YYYY-MM-DD, a busine…"): a short field (a date) gives up
                // the box width it can never fill, down to its longest text.
                let room = area.maxX - 1 - field.hint.displayWidth - (area.x + labelWidth)
                boxWidth = min(fieldWidth, max(field.input.maxLength + 1, room))
            }
            let box = Rect(x: area.x + labelWidth, y: y, width: boxWidth, height: min(field.lines, area.maxY - y))
            if field.choices != nil {
                canvas.write("◂ " + field.input.text + " ▸", x: box.x, y: y, width: fieldWidth, role: focused ? .inputFocused : .input)
                if focused { canvas.cursor = Point(x: box.x + 2, y: y) }
            } else if field.lines > 1 {
                field.input.renderWrapped(into: &canvas, area: Rect(x: box.x, y: y, width: area.maxX - box.x, height: box.height),
                                          focused: focused)
            } else {
                field.input.render(into: &canvas, area: box, focused: focused)
            }
            let hintX = box.maxX + 1
            if !field.hint.isEmpty, field.lines == 1, hintX < area.maxX {
                canvas.write(field.hint, x: hintX, y: y, width: area.maxX - hintX, role: .muted)
            } else if !field.hint.isEmpty, box.height > 1 {  // a wrapped field's hint goes under its label
                canvas.write(field.hint, x: area.x, y: y + 1, width: labelWidth - 1, role: .muted)
            }
            y += box.height
            if let error = errors[field.id] {
                if area.height >= height(width: area.width) {
                    // Room for the whole message: it wraps (a refusal's last words are often its advice).
                    for line in errorLines(error, width: area.width) where y < area.maxY {
                        canvas.write(line, x: area.x + labelWidth, y: y, width: area.width - labelWidth, role: .error)
                        y += 1
                    }
                } else if errorsFitOnRowsOfTheirOwn(in: area) {
                    canvas.write("✖ " + error, x: area.x + labelWidth, y: y, width: area.width - labelWidth, role: .error)
                    y += 1
                } else {
                    // No spare row (a prompt of two fields): the message goes beside the field, so
                    // it never pushes the next field out of sight while the agent types into it.
                    let used = field.choices != nil ? ("◂ " + field.input.text + " ▸").displayWidth
                        : min(fieldWidth, field.input.text.displayWidth + 1)
                    let x = box.x + used + 1
                    if x < area.maxX {
                        canvas.write("✖ " + error, x: x, y: box.y, width: area.maxX - x, role: .error)
                    }
                }
            }
        }
    }
}
