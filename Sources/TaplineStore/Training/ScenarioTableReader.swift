import TaplineDomain
import TOMLKit

/// A mistake found in a parsed scenario file: where it is (for the line) and what it is.
struct ScenarioFieldError: Error {
    let path: [TOMLPathStep]
    let message: String
}

/// Reads typed values out of one TOML table of a scenario file, failing with the key's path.
///
/// Each failure names the key and the table ("[[expectations]] #2") in words, and carries
/// the path so the loader can find its line. Amounts must be text ("612.40") so they parse
/// exactly to the cent; dates may be TOML dates or ISO text.
struct ScenarioTableReader {
    let table: TOMLTable
    let path: [TOMLPathStep]
    /// How the table is named in messages: "the top level", "[fixture]", "[[lines]] #3".
    let name: String

    func fail(_ key: String?, _ message: String) -> ScenarioFieldError {
        ScenarioFieldError(path: key.map { path + [.key($0)] } ?? path, message: message)
    }

    /// Refuses keys the schema does not know, so a typo ("due_dat") is reported, not ignored.
    func allowOnly(_ allowed: [String]) throws(ScenarioFieldError) {
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw fail(key, "unknown key “\(key)” in \(name) (expected one of: \(allowed.joined(separator: ", ")))")
        }
    }

    private func required(_ key: String) throws(ScenarioFieldError) -> TOMLValueConvertible {
        guard let value = table[key] else { throw fail(nil, "missing key “\(key)” in \(name)") }
        return value
    }

    private func wrongType(_ key: String, _ value: TOMLValueConvertible, _ expected: String) -> ScenarioFieldError {
        fail(key, "“\(key)” in \(name) must be \(expected), not a \(value.type)")
    }

    func string(_ key: String) throws(ScenarioFieldError) -> String {
        let value = try required(key)
        guard let text = value.string else { throw wrongType(key, value, "text") }
        guard !text.allSatisfy(\.isWhitespace) else { throw fail(key, "“\(key)” in \(name) is empty") }
        return text
    }

    func optionalString(_ key: String) throws(ScenarioFieldError) -> String? {
        table[key] == nil ? nil : try string(key)
    }

    func bool(_ key: String, default fallback: Bool) throws(ScenarioFieldError) -> Bool {
        guard let value = table[key] else { return fallback }
        guard let flag = value.bool else { throw wrongType(key, value, "true or false") }
        return flag
    }

    func int(_ key: String, default fallback: Int? = nil) throws(ScenarioFieldError) -> Int {
        guard let value = table[key] else {
            guard let fallback else { throw fail(nil, "missing key “\(key)” in \(name)") }
            return fallback
        }
        guard let number = value.int else { throw wrongType(key, value, "a whole number") }
        return number
    }

    func money(_ key: String) throws(ScenarioFieldError) -> Money {
        let value = try required(key)
        guard let text = value.string else { throw wrongType(key, value, "an amount in quotes, like \"612.40\"") }
        do {
            return try Money.parse(text)
        } catch {
            throw fail(key, "“\(key)” in \(name): \(error.message)")
        }
    }

    func optionalMoney(_ key: String) throws(ScenarioFieldError) -> Money? {
        table[key] == nil ? nil : try money(key)
    }

    func date(_ key: String) throws(ScenarioFieldError) -> CivilDate {
        let value = try required(key)
        if let date = value.date, let civil = CivilDate(year: date.year, month: date.month, day: date.day) { return civil }
        if let text = value.string, let civil = CivilDate(iso: text) { return civil }
        throw fail(key, "“\(key)” in \(name) must be a date like 2025-04-17")
    }

    func optionalDate(_ key: String) throws(ScenarioFieldError) -> CivilDate? {
        table[key] == nil ? nil : try date(key)
    }

    /// A local date and time; an offset is refused, since scenarios run in the utility's own zone.
    func dateTime(_ key: String) throws(ScenarioFieldError) -> LocalDateTime {
        let value = try required(key)
        if let stamp = value.dateTime, stamp.offset == nil,
           let day = CivilDate(year: stamp.date.year, month: stamp.date.month, day: stamp.date.day) {
            return LocalDateTime(date: day, hour: stamp.time.hour, minute: stamp.time.minute, second: stamp.time.second)
        }
        if let text = value.string, let local = LocalDateTime(iso: text) { return local }
        throw fail(key, "“\(key)” in \(name) must be a local date and time like 2025-04-17T10:30:00, with no time zone")
    }

    func strings(_ key: String) throws(ScenarioFieldError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw wrongType(key, value, "a list of text") }
        var texts: [String] = []
        for element in array {
            guard let text = element.string else { throw fail(key, "“\(key)” in \(name) must list only text") }
            texts.append(text)
        }
        return texts
    }

    func table(_ key: String) throws(ScenarioFieldError) -> ScenarioTableReader {
        let value = try required(key)
        guard let inner = value.table else { throw wrongType(key, value, "a table ([\(key)])") }
        return ScenarioTableReader(table: inner, path: path + [.key(key)], name: "[\(key)]")
    }

    /// The tables of an array of tables (`[[key]]`), numbered from 1 in messages; none when absent.
    func tables(_ key: String, title: String) throws(ScenarioFieldError) -> [ScenarioTableReader] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw wrongType(key, value, "an array of tables ([[\(title)]])") }
        var readers: [ScenarioTableReader] = []
        for (index, element) in array.enumerated() {
            guard let inner = element.table else {
                throw fail(key, "“\(key)” in \(name) must be written as [[\(title)]] tables")
            }
            readers.append(ScenarioTableReader(table: inner, path: path + [.key(key), .index(index)],
                                               name: "[[\(title)]] #\(index + 1)"))
        }
        return readers
    }
}
