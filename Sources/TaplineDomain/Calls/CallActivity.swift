/// What was done on a call, read from the audit trail (issue 13 item 1), for the wrap-up.
///
/// The audit trail is written in the same transaction as every change, by whichever screen
/// or panel made it (a note, a complaint, a plan, the F9 incident panel), so the agent's own
/// entries on the account since the call started are exactly what was saved on the call —
/// nothing a screen forgot to report, nothing that was typed and never saved. Views are
/// left out (opening an account is not doing something on it), and so are earlier calls'
/// own records.
public enum CallActivity {
    /// One line per thing done, oldest first: "note added", "complaint C-2026-000001 logged (Billing)".
    public static func done(from entries: [AuditEntry], by agent: String, on accountNumber: String,
                            since start: LocalDateTime) -> [String] {
        entries
            .filter { $0.who == agent && $0.accountNumber == accountNumber && $0.at >= start }
            .filter { $0.action != .viewed && $0.action != .interactionRecorded }
            .sorted { $0.at < $1.at }
            .map(describe)
    }

    /// The summary the wrap-up starts with: what was done, one thing after another, the same
    /// thing done again counted ("note added (2 times)").
    public static func summary(of done: [String]) -> String {
        var lines: [(text: String, count: Int)] = []
        for line in done {
            if let index = lines.firstIndex(where: { $0.text == line }) { lines[index].count += 1 } else { lines.append((line, 1)) }
        }
        guard !lines.isEmpty else { return "" }
        return lines.map { $0.count == 1 ? $0.text : "\($0.text) (\($0.count) times)" }.joined(separator: "; ") + "."
    }

    static func describe(_ entry: AuditEntry) -> String {
        switch entry.action {
        case .noteAdded: return "note added"
        case .created, .changed, .imported, .refused, .viewed, .interactionRecorded:
            return entry.detail.isEmpty ? entry.action.words : entry.detail
        }
    }
}
