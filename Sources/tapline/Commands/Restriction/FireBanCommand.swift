import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline restriction fire-ban DISTRICT DATE [--postcodes 3429,3430] [--revoke]`.
///
/// Records a Total Fire Ban the CFA declared for a fire district on a day (Charter 7.3(d): no
/// restriction on such a day in the area), or removes one recorded in error. `--postcodes`
/// also puts those postcodes in the district; a postcode in no district is treated as under
/// every district's ban. Audited as the user: on SQLite the operating-system login, on PostgreSQL
/// the login the server authenticated, and there only supervisors and admins may (the database refuses others).
struct FireBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fire-ban", abstract: "Record (or --revoke) a Total Fire Ban day for a CFA fire district (Charter 7.3(d)).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CFA fire district, e.g. Central.") var district: String
    @Argument(help: "The day of the ban, YYYY-MM-DD.", transform: CalendarOptions.date) var date: CivilDate
    @Option(help: "Postcodes to put in the district, separated by commas.") var postcodes: String?
    @Flag(help: "Remove the ban instead of recording it.") var revoke = false

    func validate() throws {
        guard !district.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("name the fire district, e.g. Central") }
        for postcode in postcodeList where !(postcode.count == 4 && postcode.allSatisfy(\.isASCII) && Int(postcode) != nil) {
            throw ValidationError("“\(postcode)” is not a postcode: four digits, e.g. 3429")
        }
    }

    var postcodeList: [String] {
        (postcodes ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let now = UtilityZone.melbourne.local(Date())
        try StoreFailure.reported {
            let session = try global.storeLocation().openSession()
            for postcode in postcodeList { try session.store.assignFireDistrict(postcode: postcode, to: district) }
            if revoke {
                try session.store.revokeTotalFireBan(district: district, on: date, by: session.user, at: now)
            } else {
                try session.store.declareTotalFireBan(district: district, on: date, by: session.user, at: now)
            }
        }
        print(revoke ? "Total Fire Ban for \(district) on \(date.display) removed" : "Total Fire Ban recorded for \(district) on \(date.display)")
    }
}
