import CNcursesw
import Foundation
import TaplineUI

/// The real terminal through ncursesw: the only code in Tapline that calls ncurses.
///
/// `open` checks TERM before ncurses can exit the process, puts the terminal in raw mode
/// (Ctrl-C arrives as a key, so the console can ask before losing input), and `close` gives
/// it back as it was found; the run loop calls `close` on every exit path. Drawing diffs each
/// canvas against the last one, so a keystroke writes only the cells that changed.
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Canvas?
    private var styles: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
    private var isOpen = true
    public private(set) var colorDepth: ColorDepth = .none
    /// Plain ASCII for box drawing and symbols (`--ascii`).
    private let ascii: Bool
    /// Whether mouse reporting was asked for (not with `--no-mouse`), and so is turned off at the end.
    private let mouse: Bool

    /// Takes over the terminal, or explains on which count it can't.
    /// - Parameters:
    ///   - ascii: draw plain ASCII for box drawing, blocks, ticks and arrows (`AsciiGlyphs`).
    ///   - mouse: ask the terminal for mouse clicks; off, the terminal's own selection works as usual.
    public static func open(theme: Theme, ascii: Bool = false, mouse: Bool = true,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) -> Terminal {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        Terminal.chooseUTF8Locale()
        var status: Int32 = 0
        guard setupterm(term, 1, &status) == OK else { throw .termUnknown(term) }
        tapline_release_setupterm()
        guard let screen = newterm(term, tapline_stdout(), tapline_stdin()) else { throw .termUnknown(term) }
        set_term(screen)
        let terminal = Terminal(screen: screen, window: tapline_stdscr(), ascii: ascii, mouse: mouse)
        terminal.configure(theme: theme, noColor: environment["NO_COLOR"])
        return terminal
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, ascii: Bool, mouse: Bool) {
        self.screen = screen
        self.window = window
        self.ascii = ascii
        self.mouse = mouse
    }

    /// Wide characters need a UTF-8 locale; fall back to C.UTF-8 when the user's isn't one.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(Int32(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func configure(theme: Theme, noColor: String?) {
        raw()
        noecho()
        nonl()
        keypad(window, false)  // KeyDecoder reads the raw sequences itself
        set_escdelay(25)
        leaveok(window, false)
        if has_colors() { start_color(); use_default_colors() }
        colorDepth = ColorDepth.choose(colors: Int(tapline_colors()), hasColors: has_colors(), noColor: noColor)
        apply(theme: theme)
        if mouse {
            fputs("\u{1B}[?1000h\u{1B}[?1006h", tapline_stdout())  // mouse clicks, SGR reports
            fflush(tapline_stdout())
        }
    }

    /// Maps every style role to an ncurses colour pair and attributes for this terminal.
    public func apply(theme: Theme) {
        let mapper = ColorMapper(theme: theme, depth: colorDepth)
        styles = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = mapper.style(for: role)
            var pair: Int32 = 0
            if colorDepth != .none, Int(index + 1) < Int(tapline_color_pairs()) {
                pair = Int32(index + 1)
                init_extended_pair(pair, Int32(style.foreground), Int32(style.background))
            }
            var attrs = tapline_a_normal()
            for a in style.attributes {
                switch a {
                case .bold: attrs |= tapline_a_bold()
                case .dim: attrs |= tapline_a_dim()
                case .underline: attrs |= tapline_a_underline()
                case .reverse: attrs |= tapline_a_reverse()
                case .italic: attrs |= tapline_a_italic()
                }
            }
            styles[role] = (attrs, pair)
        }
        previous = nil
    }

    /// The terminal's size now.
    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// Reads what the terminal has sent, waiting up to `timeoutMs` for the first byte.
    /// Returns the bytes and whether the terminal was resized.
    public func read(timeoutMs: Int32) -> (bytes: [UInt8], resized: Bool) {
        wtimeout(window, timeoutMs)
        var bytes: [UInt8] = []
        var resized = false
        var next = wgetch(window)
        wtimeout(window, 0)
        while next != ERR && bytes.count < 4096 {
            if next == tapline_key_resize() {
                resized = true
            } else {
                bytes.append(UInt8(truncatingIfNeeded: next))
            }
            next = wgetch(window)
        }
        if followKernelSize() { resized = true }
        if resized { previous = nil }
        return (bytes, resized)
    }

    /// Whether the terminal has gone: the ssh link dropped or the window holding it closed,
    /// and no SIGHUP came (the console was not in the terminal's foreground group). Its input
    /// then reports a hang-up and every read returns at once with nothing, so a run loop that
    /// only waited for keys would spin at full speed for ever.
    public var hasHungUp: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) > 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Tells ncurses the kernel's window size when they differ; true when they did.
    private func followKernelSize() -> Bool {
        var rows: Int32 = 0, cols: Int32 = 0
        guard tapline_window_size(&rows, &cols) == 0, rows != getmaxy(window) || cols != getmaxx(window) else { return false }
        resizeterm(rows, cols)
        return true
    }

    /// Writes the canvas, touching only cells that differ from the last frame drawn.
    public func draw(_ canvas: Canvas) {
        let diff = FrameDiff(from: previous, to: canvas)
        if previous?.width != canvas.width || previous?.height != canvas.height { clearok(window, true) }
        var buffer: [wchar_t] = []
        for run in diff.runs {
            buffer.removeAll(keepingCapacity: true)
            for scalar in run.scalars { buffer.append(wchar_t(bitPattern: (ascii ? AsciiGlyphs.replacing(scalar) : scalar).value)) }
            let style = styles[run.role] ?? (tapline_a_normal(), 0)
            _ = tapline_set_style(window, style.attributes, style.pair)
            wmove(window, Int32(run.y), Int32(run.x))
            _ = buffer.withUnsafeBufferPointer { waddnwstr(window, $0.baseAddress, Int32($0.count)) }
        }
        if let cursor = canvas.cursor, cursor.x < canvas.width, cursor.y < canvas.height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = canvas
    }

    /// Gives the terminal back as it was found. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if mouse {
            fputs("\u{1B}[?1006l\u{1B}[?1000l", tapline_stdout())
            fflush(tapline_stdout())
        }
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    deinit { close() }
}
