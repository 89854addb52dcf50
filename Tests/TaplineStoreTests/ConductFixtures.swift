import Foundation
@testable import TaplineDomain
@testable import TaplineStore

/// Accounts, users and incidents the conduct store tests share.
enum ConductFixtures {
    static let agent = "alice"
    static let otherAgent = "bob"
    static let supervisor = "sam"
    static let account = "1002003004"
    static let words = "I'd like to keep helping you today. Please stop using that language with me."

    static func time(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A database holding the account "1002003004" of Pat Smith.
    static func database() throws -> AppDatabase {
        let database = try StoreFixtures.memory()
        try StoreFixtures.create([StoreFixtures.account(account, "Pat Smith")], in: database)
        return database
    }

    /// Raises an incident on the account by the agent, with abuse recorded and the request to stop made.
    @discardableResult
    static func raise(in database: AppDatabase, at iso: String = "2026-03-02T10:00", account: String? = account,
                      name: String? = "Pat Smith", kind: ConductPersonKind = .accountHolder, by user: String = agent,
                      behaviours: Set<ConductBehaviour> = [.hurtfulViolentOrAbusiveSpeech],
                      then steps: [ConductStep] = [.askedToStop(words: words)]) throws -> ConductIncident {
        try database.conduct.raise(
            accountNumber: account, person: ConductPerson(name: name, description: "caller"), personKind: kind,
            customerIsEmployee: false, channel: .phone, behaviours: behaviours, then: steps,
            by: user, role: .agent, at: time(iso))
    }

    /// The rest of the agent's steps to a report: continued, contact ended, reported.
    static let toReport: [ConductStep] = [.behaviourContinued([]), .contactEnded, .reported]

    /// An incident raised at `iso` and reported a minute later by the agent.
    @discardableResult
    static func reported(in database: AppDatabase, at iso: String = "2026-03-02T10:00", reportedAt: String = "2026-03-02T10:01",
                         account: String? = account, name: String? = "Pat Smith", by user: String = agent) throws -> ConductIncident {
        let raised = try raise(in: database, at: iso, account: account, name: name,
                               kind: account == nil ? .memberOfPublic : .accountHolder, by: user)
        return try database.conduct.apply(toReport, to: raised.id, read: .incident(version: try version(raised.id, database)), by: user, role: .agent, at: time(reportedAt))
    }

    /// The incident's version as stored now (its timeline's length; 0 for none): what a user
    /// who just read it would save against.
    static func version(_ id: String, _ database: AppDatabase) throws -> Int {
        try database.writer.read { try ConductRows.fetch(id, $0) }?.timeline.count ?? 0
    }

    /// A written-contact-only restriction from `start` to `review`.
    static func restriction(_ start: String, _ review: String) throws -> ContactRestriction {
        try ContactRestriction(kinds: [.writtenContactOnly], startDate: date(start), reviewDate: date(review))
    }

    /// The supervisor's restriction decision on a reported incident, at the start date's noon.
    static func restrict(_ incident: ConductIncident, in database: AppDatabase, _ start: String, _ review: String) throws -> ConductIncident {
        try database.conduct.apply([.supervisorDecided(.contactRestriction(restriction(start, review)), reasons: ["Abuse continued after a request to stop"])],
                                   to: incident.id, read: .incident(version: try version(incident.id, database)), by: supervisor, role: .supervisor, at: time(start + "T12:00"))
    }
}
