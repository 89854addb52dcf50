// swift-tools-version: 6.0
import PackageDescription

/// Tapline: a terminal contact-centre console for water utilities.
///
/// Layers (see README "Layout of the code"): the executable wires the store and the terminal
/// to the UI; the UI and the store speak only domain types; only `TaplineTerminal` calls ncurses.
let package = Package(
    name: "Tapline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tapline", targets: ["tapline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibpq",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "TaplineDomain"),
        .target(
            name: "TaplineStore",
            dependencies: [
                "TaplineDomain",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Import/ACCOUNTS_CSV.md"]
        ),
        .target(
            name: "TaplineUI",
            dependencies: [
                "TaplineDomain",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "TaplinePostgres", dependencies: ["CLibpq", "TaplineDomain", "TaplineStore"]),
        .target(name: "TaplineTerminal", dependencies: ["CNcursesw", "TaplineUI"]),
        .executableTarget(
            name: "tapline",
            dependencies: [
                "TaplineDomain", "TaplineStore", "TaplinePostgres", "TaplineUI", "TaplineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "TaplineTestSupport", dependencies: ["TaplinePostgres"], path: "Tests/TaplineTestSupport"),
        .testTarget(name: "TaplineDomainTests", dependencies: ["TaplineDomain"]),
        .testTarget(name: "TaplineStoreTests", dependencies: ["TaplineStore", "TaplinePostgres", "TaplineDomain", "TaplineTestSupport"]),
        .testTarget(name: "TaplineUITests", dependencies: ["TaplineUI", "TaplineDomain"]),
        .testTarget(name: "TaplineTerminalTests", dependencies: ["TaplineTerminal", "TaplineUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["tapline", "TaplineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
