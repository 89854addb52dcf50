import Foundation
import TOMLKit

/// Settings from config.toml: the theme, and later the jurisdiction's calendar and holidays.
///
/// A missing file means defaults; a broken one is reported with its file and line on stderr
/// and the console carries on with defaults, as with a broken theme.
struct Configuration {
    var theme: String?
    var timeZone: String?

    static func load(from url: URL) -> (Configuration, [String]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return (Configuration(), []) }
        do {
            let table = try TOMLTable(string: text)
            var configuration = Configuration()
            configuration.theme = table["theme"]?.string
            configuration.timeZone = table["time_zone"]?.string
            return (configuration, [])
        } catch let error as TOMLParseError {
            return (Configuration(), ["\(url.path):\(error.source.begin.line): not valid TOML (\(error.description)); using defaults"])
        } catch {
            return (Configuration(), ["\(url.path): cannot be read; using defaults"])
        }
    }
}
