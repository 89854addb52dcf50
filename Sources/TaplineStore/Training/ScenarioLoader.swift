import Foundation
import TaplineDomain
import TOMLKit

/// Loads training scenarios from a folder of TOML files, one scenario per file.
///
/// A broken file never stops the others: each is parsed on its own and a mistake becomes a
/// `ScenarioLoadError` naming the file and line. Syntax errors take their line from TOMLKit;
/// mistakes found after parsing (missing key, unknown check, bad date) take the line of the
/// offending key, or of its table when the key is missing.
///
/// Schema (keys snake_case; amounts are text such as "612.40", never floats; dates are TOML
/// dates or ISO text; times are local, without an offset):
///
/// ```toml
/// id = "disputed-bill-easter"        # lower-case letters, digits, hyphens; unique
/// title = "…"
/// summary = "…"
/// start_screen = "account"           # "account", or "complaint": the latest fixture complaint
/// now = 2025-04-17T10:30:00          # the scenario clock
///
/// [fixture]                          # the account the console creates for each attempt
/// account = "9000001002"             # digits, 6 to 10 (a retry's copy adds two: "900000100202")
/// name = "…"
/// address = "…"
/// balance = "1046.30"
/// life_support = false               # optional flags, default false
/// concession = false
/// tenant = false
/// plans_cancelled_last_12_months = 0 # optional, default 0
/// notes = ["2025-08-01: Notice Before Restriction sent."]  # optional; a dated note starting
///                                    # "Final Notice", "Notice Before Restriction" or "Attempt to
///                                    # contact" also records that collection step (Charter 6, 7.1)
///
/// [[fixture.bills]]                  # optional, any number
/// issued = 2025-03-27
/// due = 2025-04-24
/// amount = "1046.30"
/// estimated = true                   # optional, default false
/// usage = "684.90"                   # optional: the usage charge; the rest is service charges
///
/// [[fixture.complaints]]             # optional, any number
/// received = 2025-05-20T09:12:00
/// category = "supply-interruption"  # a complaint category: billing, disputed-amount, meter…
/// summary = "…"
/// escalated_to = "teamLeader"        # optional: teamLeader, manager or generalManager
/// responded = 2025-06-03             # optional
///
/// [[lines]]                          # the caller's lines, in order; at least one
/// text = "…"
/// after = "loggedComplaint"          # optional: a TraineeActionKind that reveals the line
///
/// [[expectations]]                   # at least one
/// id = "reply-due-date"              # unique in the file
/// description = "…"
/// clause = "Charter 3.1(a)"
/// points = 3                         # at least 1
/// check = "complaintLogged"          # plus that check's own keys:
/// ```
///
/// Checks and their keys: `complaintLogged` (due), `disputedAmountRecorded` (amount),
/// `complaintEscalatedAbove` (level: the complaint's level before; any higher level meets it), `requestToStopBeforeContactEnded`, `contactEnded`,
/// `incidentReported`, `planWithinCapacity`, `hardshipAssessedAs` (outcome, optional
/// capacity_at_most per fortnight), `restrictionRefusedWithClause` (reason_clause),
/// `noRestrictionPermitted`, `referralOffered` (referral), `callerOnlyFrustrated` (no conduct step
/// may be taken: the caller is frustrated, not abusive), `notDone` (action: a TraineeActionKind).
public enum ScenarioLoader {
    /// Every `*.toml` scenario in `directory` (not its subfolders), in file-name order, and the
    /// errors of the files that did not load.
    public static func loadAll(from directory: URL) -> (scenarios: [Scenario], errors: [ScenarioLoadError]) {
        let files: [URL]
        do {
            // By path, not URL: on Linux the URL form lists nothing when the folder is a symlink.
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".toml") }
                .sorted()
                .map { directory.appendingPathComponent($0) }
        } catch {
            return ([], [ScenarioLoadError(file: directory.path, line: nil, message: "cannot read the scenario folder")])
        }
        var scenarios: [Scenario] = []
        var errors: [ScenarioLoadError] = []
        var fileOfID: [String: String] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
                errors.append(ScenarioLoadError(file: file.path, line: nil, message: "cannot read the file as UTF-8 text"))
                continue
            }
            switch load(text: text, file: file.path) {
            case .failure(let error):
                errors.append(error)
            case .success(let scenario):
                if let other = fileOfID[scenario.id] {
                    let line = TOMLLineLocator(text: text).line(of: [.key("id")])
                    errors.append(ScenarioLoadError(file: file.path, line: line,
                                                    message: "scenario id “\(scenario.id)” is already used by \(other)"))
                } else {
                    fileOfID[scenario.id] = file.path
                    scenarios.append(scenario)
                }
            }
        }
        return (scenarios, errors)
    }

    /// One scenario from the text of a file; `file` is only used to name it in an error.
    public static func load(text: String, file: String) -> Result<Scenario, ScenarioLoadError> {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(ScenarioLoadError(file: file, line: error.source.begin.line,
                                              message: "not valid TOML: \(error.description)"))
        } catch {
            return .failure(ScenarioLoadError(file: file, line: nil, message: "not valid TOML"))
        }
        do {
            let root = ScenarioTableReader(table: document, path: [], name: "the top level")
            return .success(try ScenarioSchema.scenario(root))
        } catch {
            let line = TOMLLineLocator(text: text).line(of: error.path)
            return .failure(ScenarioLoadError(file: file, line: line, message: error.message))
        }
    }
}
