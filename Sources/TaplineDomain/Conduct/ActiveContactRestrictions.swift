/// The contact restrictions in force on an account: what its banner shows.
public enum ActiveContactRestrictions {
    /// Current restrictions of the account's incidents that apply on the day, soonest review first.
    public static func forAccount(_ accountNumber: String, among incidents: [ConductIncident], on day: CivilDate) -> [ContactRestriction] {
        incidents
            .filter { $0.accountNumber == accountNumber }
            .compactMap { $0.activeRestriction(on: day) }
            .sorted { $0.reviewDate < $1.reviewDate }
    }
}
