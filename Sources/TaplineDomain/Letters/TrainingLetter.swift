/// The mark every letter written in demo mode carries, so a training letter can never pass
/// for one to a real customer.
///
/// Demo mode's letters are about synthetic customers and are written into demo mode's own
/// folder; the mark is in the letter itself as well (its first and last lines, and its file
/// name), so a letter copied elsewhere still says what it is.
public enum TrainingLetter {
    /// The first and last line of a training letter.
    public static let banner = "> **TRAINING — NOT A REAL LETTER.** Written in demo mode about a synthetic customer. Do not send it."

    /// `letter` with the training banner above and below it.
    public static func marked(_ letter: String) -> String {
        banner + "\n\n" + letter + (letter.hasSuffix("\n") ? "" : "\n") + "\n" + banner + "\n"
    }

    /// A training letter's file name (without extension): "TRAINING-" before the usual name.
    public static func fileName(_ name: String) -> String { "TRAINING-" + name }
}
