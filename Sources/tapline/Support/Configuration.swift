import Foundation
import TaplineDomain
import TOMLKit

/// Settings from config.toml: the store, theme, time zone, the jurisdiction's calendar and local holidays.
///
/// ```toml
/// database = "postgresql:///tapline"   # or a SQLite file's path (see StoreLocation)
/// theme = "high-contrast"
/// ascii = true                     # plain ASCII glyphs, as --ascii
/// mouse = false                    # no mouse reporting, as --no-mouse
/// time_zone = "Australia/Melbourne"
/// jurisdiction = "AU-VIC"          # or "GB-EAW"
/// [[holidays]]                     # one-off or local holidays
/// date = 2026-12-24
/// name = "Christmas Eve closure"
/// [wrap_up]                        # a call's reasons and outcomes (defaults: WrapUpCodes.defaults)
/// reasons = ["Billing enquiry", "Payment arrangement", "Other"]
/// outcomes = ["Resolved on the call", "Follow-up needed"]
/// ```
/// A missing file means defaults; a broken one is reported with its file and line on stderr
/// and the console carries on with defaults, as with a broken theme.
struct Configuration {
    var database: String?
    var theme: String?
    var ascii = false
    var mouse = true
    var timeZone: String?
    var calendar: BusinessCalendar = .victoria
    var wrapUpCodes: WrapUpCodes = .defaults
    /// Usage prices and meter fees (`[tariff]`, Configuration+Tariff).
    var tariff: Tariff = .victorianDefault

    static func load(from url: URL) -> (Configuration, [String]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return (Configuration(), []) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (Configuration(), ["\(url.path):\(error.source.begin.line): not valid TOML (\(error.description)); using defaults"])
        } catch {
            return (Configuration(), ["\(url.path): cannot be read; using defaults"])
        }
        var configuration = Configuration()
        var warnings: [String] = []
        configuration.database = table["database"]?.string
        configuration.theme = table["theme"]?.string
        configuration.ascii = table["ascii"]?.bool ?? false
        configuration.mouse = table["mouse"]?.bool ?? true
        configuration.timeZone = table["time_zone"]?.string
        var jurisdiction = Jurisdiction.auVIC
        if let name = table["jurisdiction"]?.string {
            if let parsed = Jurisdiction(rawValue: name) { jurisdiction = parsed } else {
                warnings.append("\(url.path): unknown jurisdiction “\(name)” (known: AU-VIC, GB-EAW); using AU-VIC")
            }
        }
        var extra: [Holiday] = []
        for (index, entry) in (table["holidays"]?.array ?? TOMLArray()).enumerated() {
            let dateText = entry.table?["date"].flatMap { $0.date.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } ?? $0.string }
            guard let dateText, let date = CivilDate(iso: dateText), let name = entry.table?["name"]?.string else {
                warnings.append("\(url.path): holidays entry \(index + 1) needs a date (YYYY-MM-DD) and a name; skipped")
                continue
            }
            extra.append(Holiday(date: date, name: name))
        }
        configuration.calendar = BusinessCalendar(jurisdiction: jurisdiction, extraHolidays: extra)
        if let wrapUp = table["wrap_up"] {
            switch wrapUpCodes(wrapUp) {
            case .success(let codes): configuration.wrapUpCodes = codes
            case .failure(let problem): warnings.append("\(url.path): \(problem.message); using the default wrap-up codes")
            }
        }
        let (tariff, tariffWarnings) = Self.tariff(table["tariff"], file: url.path)
        configuration.tariff = tariff
        warnings += tariffWarnings
        return (configuration, warnings)
    }

    /// `[wrap_up]`'s two lists of labels, each optional (the default list stands in), each
    /// a non-empty array of distinct strings.
    private static func wrapUpCodes(_ value: any TOMLValueConvertible) -> Result<WrapUpCodes, WrapUpCodesProblem> {
        guard let table = value.table else { return .failure(WrapUpCodesProblem(message: "wrap_up must be a table ([wrap_up])")) }
        func labels(_ key: String, defaults: [WrapUpCode]) -> Result<[String], WrapUpCodesProblem> {
            guard let entry = table[key] else { return .success(defaults.map(\.label)) }
            guard let array = entry.array else {
                return .failure(WrapUpCodesProblem(message: "wrap_up.\(key) must be a list of words in quotes, like [\"Billing enquiry\", \"Other\"]"))
            }
            var out: [String] = []
            for (index, item) in array.enumerated() {
                guard let text = item.string else {
                    return .failure(WrapUpCodesProblem(message: "wrap_up.\(key) entry \(index + 1) is not words in quotes"))
                }
                out.append(text)
            }
            return .success(out)
        }
        do {
            let reasons = try labels("reasons", defaults: WrapUpCodes.defaults.reasons).get()
            let outcomes = try labels("outcomes", defaults: WrapUpCodes.defaults.outcomes).get()
            return .success(try WrapUpCodes(reasons: reasons, outcomes: outcomes))
        } catch let problem as WrapUpCodesProblem {
            return .failure(problem)
        } catch {
            return .failure(WrapUpCodesProblem(message: "wrap_up: \(error)"))
        }
    }
}
