import ArgumentParser

/// Options every command that opens the store or the console accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "A SQLite file, or a PostgreSQL URI (postgresql:///tapline); else config.toml's database, $TAPLINE_DATABASE, or $XDG_DATA_HOME/tapline/tapline.sqlite.")
    var database: String?

    @Option(name: .long, help: "Theme name (default, high-contrast, monochrome, colour-blind, light) or a path to a .toml theme.")
    var theme: String?

    @Flag(name: .long, help: "Plain ASCII for borders, bars, ticks and arrows (also ascii = true in config.toml).")
    var ascii = false

    @Flag(name: .customLong("no-mouse"), help: "Do not take mouse clicks, so the terminal's own selection works (also mouse = false in config.toml).")
    var noMouse = false

    @Option(name: .long, help: "The configuration file (default: $XDG_CONFIG_HOME/tapline/config.toml).")
    var config: String?
}
