import Foundation

extension GlobalOptions {
    /// The store these options name: `--database`, else config.toml's `database`, else
    /// `TAPLINE_DATABASE`, else the default SQLite file (`StoreLocation.resolve`).
    func storeLocation() throws -> StoreLocation {
        let (configuration, _) = Configuration.load(from: config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        return try StoreLocation.resolve(option: database, configuration: configuration, environment: Paths.environment)
    }
}
