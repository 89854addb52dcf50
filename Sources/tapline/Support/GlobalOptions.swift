import ArgumentParser

/// Options every command that opens the store or the console accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "A SQLite file, or a PostgreSQL URI (postgresql:///tapline); else config.toml's database, $TAPLINE_DATABASE, or $XDG_DATA_HOME/tapline/tapline.sqlite.")
    var database: String?

    @Option(name: .long, help: "Theme name (default, high-contrast, monochrome, colour-blind) or a path to a .toml theme.")
    var theme: String?

    @Option(name: .long, help: "The configuration file (default: $XDG_CONFIG_HOME/tapline/config.toml).")
    var config: String?
}
