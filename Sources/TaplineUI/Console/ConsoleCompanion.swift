import TaplineDomain

/// Something drawn beside every screen for a while: the caller's lines in a training scenario.
///
/// On a wide terminal it takes a column on the right; at 80 columns it takes a strip above
/// the status line, so every screen keeps its designed width.
public protocol ConsoleCompanion: Sendable {
    /// The column width wanted on wide terminals.
    var preferredWidth: Int { get }
    /// The rows wanted as a strip on narrow terminals.
    var stripHeight: Int { get }
    func render(into canvas: inout Canvas, area: Rect, actions: [TimedTraineeAction], env: ScreenEnvironment)
}
