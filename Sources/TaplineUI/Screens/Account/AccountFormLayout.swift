/// How the forms about an account's own record lay themselves out under their own heading
/// lines: what went wrong in full (a stale refusal, a failed save), the form, and the guide
/// under it saying what the rules mean and what F2 does.
enum AccountFormLayout {
    /// Draws from row `y` of `inner`: `notices` wrapped (at most three rows each), then `form`
    /// (or "Reading the account…" until it is made, unless a failure says why not), then `guide`.
    static func draw<Field>(_ form: Form<Field>?, notices: [String], failed: Bool, guide: [String],
                            from y: Int, in inner: Rect, into canvas: inout Canvas) {
        var y = y
        for text in notices {
            for line in TextWrap.lines(text, width: inner.width).prefix(3) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, width: inner.width, role: .error)
                y += 1
            }
        }
        guard let form else {
            if !failed { canvas.write("Reading the account…", x: inner.x, y: y + 1, width: inner.width, role: .muted) }
            return
        }
        let guideLines = guide.flatMap { TextWrap.lines($0, width: inner.width) }
        let height = min(form.height(width: inner.width), inner.maxY - y - 1 - guideLines.count)
        let formArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: max(1, height))
        form.render(into: &canvas, area: formArea)
        for (i, line) in guideLines.enumerated() where formArea.maxY + 1 + i < inner.maxY {
            canvas.write(line, x: inner.x, y: formArea.maxY + 1 + i, width: inner.width, role: .muted)
        }
    }

    /// The notices a form shows: the stale refusal's offer and why the last load or save failed.
    static func notices(reapply: String?, failure: String?) -> [String] {
        [reapply, failure].compactMap { $0.map { "✖ " + $0 } }
    }
}
