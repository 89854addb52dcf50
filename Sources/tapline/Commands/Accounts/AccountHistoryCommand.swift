import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline account history --account N --out FILE [--years 3]`: a customer's account and usage
/// history (Charter 14.8) written as a CSV file, and the request recorded on the account
/// (audited, with the day it is due to the customer: 10 business days).
struct AccountHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Write an account's billing and usage history (Charter 14.8) as a CSV file, and record the request."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The account number.") var account: String

    @Option(help: "The CSV file to write (replaced if it is there).") var out: String

    @Option(help: "Years of history: three unless agreed with the customer (1 to \(MeterRules.maximumHistoryYears)).") var years = MeterRules.defaultHistoryYears

    @Option(help: "The day of the request (YYYY-MM-DD); default today.") var today: String?

    func validate() throws {
        if let problem = AccountNumber.problem(with: account) { throw ValidationError(problem) }
        if let problem = MeterRules.historyYearsProblem(years) { throw ValidationError("--years: \(problem)") }
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD, not “\(today)”") }
    }

    func run() throws {
        let (configuration, warnings) = Configuration.load(from: global.config.map(URL.init(fileURLWithPath:)) ?? Paths.defaultConfig)
        for warning in warnings { FileHandle.standardError.write(Data("tapline: \(warning)\n".utf8)) }
        let zone = configuration.timeZone.flatMap(TimeZone.init(identifier:)).map(UtilityZone.init) ?? .melbourne
        var now = zone.local(Date())
        if let day = today.flatMap(CivilDate.init(iso:)) { now = LocalDateTime(date: day, hour: now.hour, minute: now.minute, second: now.second) }
        let session = try StoreFailure.reported { try global.storeLocation().openSession() }
        guard let detail = try StoreFailure.reported({ try session.store.detail(account) }) else {
            throw ValidationError("there is no account \(account)")
        }
        let history = BillingHistory(accountNumber: account, bills: detail.bills, payments: detail.payments, years: years, today: now.date)
        let url = URL(fileURLWithPath: out)
        try BillingHistoryFile.write(history, to: url)
        let request = MeterRequest(kind: .billingHistory, requestedOn: now.date, meterMillimetres: detail.account.property.servicePipeSizeMillimetres,
                                   dueOn: MeterRules.historyDue(requestedOn: now.date, calendar: configuration.calendar),
                                   historyYears: years, historyFile: url.path)
        _ = try StoreFailure.reported {
            try session.store.recordMeterRequest(request, on: account, readVersion: detail.account.version, by: Paths.userName, at: now)
        }
        print("Wrote \(history.rows.count) rows (\(history.from.iso) to \(history.to.iso)) to \(url.path)")
        print("Due to the customer by \(request.dueOn?.display ?? "") (10 business days, Charter 14.8)")
    }
}
