import TaplineDomain

/// What conduct adds to the account screen: a banner for each restriction in force, and the
/// account's incidents and decisions in its History tab.
///
/// The banner is shown to every agent serving the account, whoever raised the incident
/// (`ConductPermissions`: banners are not incidents), from the restriction's start through its
/// review date. History entries say only the number, the channel, the stage and the decision:
/// the incident's details stay behind the conduct screens' permission checks.
public enum ConductAccountExtras {
    public static func extras(for incidents: [ConductIncident], accountNumber: String, today: CivilDate) -> AccountExtras {
        extras(history: incidents, restrictions: AccountContactRestriction.inForce(onAccount: accountNumber, among: incidents, on: today),
               accountNumber: accountNumber)
    }

    /// The banners from the restrictions in force and the History entries from the incidents
    /// the user may read: on the shared store an agent reads only the incidents they raised,
    /// yet sees every restriction on the account they serve.
    public static func extras(history incidents: [ConductIncident], restrictions: [AccountContactRestriction], accountNumber: String) -> AccountExtras {
        let mine = incidents.filter { $0.accountNumber == accountNumber }
        let banners = restrictions
            .filter { $0.accountNumber == accountNumber }
            .sorted { ($0.restriction.reviewDate, $0.incidentId) < ($1.restriction.reviewDate, $1.incidentId) }
            .map { AccountBanner(text: ConductText.banner($0.restriction, incidentId: $0.incidentId), role: .danger) }
        var history: [AccountHistoryEntry] = []
        for incident in mine {
            let id = incident.id
            let open: @Sendable () -> AnyScreen = { AnyScreen(ConductIncidentScreen(incidentId: id)) }
            history.append(AccountHistoryEntry(at: incident.raisedAt, area: "Conduct",
                                               summary: "\(incident.id) raised (\(incident.channel.label)) — \(incident.stage.label)",
                                               open: open))
            for decision in incident.decisions {
                history.append(AccountHistoryEntry(at: decision.decidedAt, area: "Conduct",
                                                   summary: "\(incident.id) \(ConductText.decisionInBrief(decision.kind))", open: open))
            }
        }
        return AccountExtras(banners: banners, history: history)
    }
}
