import Foundation

/// Where the console's letters go, and whether they are training letters.
///
/// Chosen once, at launch, for every area: the real console writes into
/// `$XDG_DATA_HOME/tapline/letters/`; demo mode writes into its own folder beside
/// `demo.sqlite` (`demo-letters/`) and marks every letter TRAINING (`TrainingLetter`), so a
/// letter about a synthetic customer never sits unmarked among real customers' letters.
struct LetterDestination: Sendable {
    let folder: URL
    /// Demo mode: every letter is marked TRAINING.
    let training: Bool

    /// The real letters folder.
    static var real: LetterDestination {
        LetterDestination(folder: Paths.dataDirectory.appendingPathComponent("letters"), training: false)
    }

    /// Demo mode's letters folder, beside the demo database.
    static var demo: LetterDestination {
        LetterDestination(folder: Paths.demoDatabase.deletingLastPathComponent().appendingPathComponent("demo-letters"), training: true)
    }
}
