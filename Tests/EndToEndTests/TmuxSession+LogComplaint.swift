import Testing

extension TmuxSession {
    /// From the account screen: logs a complaint described as `description` (the form's
    /// other fields left as they open) and returns the number it was given.
    func logComplaint(_ description: String, heading: String = "Log a complaint for") throws -> String {
        try press("c")
        try waitFor(heading)
        for _ in 0..<3 { try press("Tab") }
        try type(description)
        try press("F2")
        let saved = try waitFor("✔ Logged as C-")
        return try #require(saved.split(separator: "\n").first { $0.contains("✔ Logged as C-") }?
            .split(separator: " ").last.map(String.init))
    }
}
