import TaplineDomain

extension ContactPreferencesScreen {
    /// The heading, then the form with a refusal or failure in full and what the rules mean.
    public func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 1)
        canvas.write("How to reach \(context.customerName), account \(context.accountNumber) (14.10, 5.5(c))",
                     x: inner.x, y: inner.y, width: inner.width, role: .title)
        AccountFormLayout.draw(form, notices: AccountFormLayout.notices(reapply: reapply?.message, failure: failure),
                               failed: failure != nil,
                               guide: ["A third party is told about the account only once written consent has arrived (5.5(c)).",
                                       "F2 saves. Every change is in the audit trail, old and new."],
                               from: inner.y + 1, in: inner, into: &canvas)
    }
}
