import TaplineDomain

/// A contact centre's conduct register for benchmarks (issue 12 item 6): `count` incidents
/// raised over the two years before `today`, each walked through the domain's own steps, so
/// every body is one the console could have saved.
///
/// Those raised in the last 30 days are one in four reported and awaiting a decision; the
/// rest of the recent ones and the older ones are decided, most by a warning letter and one in
/// four by a six-month contact restriction, one in ten of which the customer has asked to
/// review (conduct policy, "The policy in action"); one in eight is frustration only, closed
/// without a report. Three in four incidents are the only one their person is in; the rest are
/// by a pool of repeat offenders a fiftieth the size of the register (a dozen or so incidents
/// each over the two years), each on an account of their own. The same seed gives the same
/// register.
public struct SyntheticIncidents: Sendable {
    public let count: Int
    public let today: CivilDate
    public let accounts: Int
    public let agents: [String]
    public let supervisors: [String]
    public let seed: UInt64

    public init(count: Int, today: CivilDate, accounts: Int, agents: Int = 200, supervisors: Int = 10, seed: UInt64 = 13) {
        self.count = max(0, count)
        self.today = today
        self.accounts = max(1, accounts)
        self.agents = (1...max(1, agents)).map { "agent\(String(format: "%03d", $0))" }
        self.supervisors = (1...max(1, supervisors)).map { "supervisor\(String(format: "%02d", $0))" }
        self.seed = seed
    }

    /// Calls `body` with each incident and its number's year and serial, in number order
    /// within each year; returns the last serial given in each year.
    ///
    /// - Parameter accountNumber: the number of the account at an index (below `accounts`).
    @discardableResult
    public func forEach(accountNumber: (Int) -> String,
                        _ body: (_ incident: ConductIncident, _ year: Int, _ serial: Int) throws -> Void) throws -> [Int: Int] {
        var last: [Int: Int] = [:]
        let days = 2 * 365, offenders = max(1, count / 50)
        for index in 0..<count {
            var random = SplitMix64(seed: seed, stream: UInt64(index))
            let day = today.adding(days: -days + index * days / max(1, count))
            // Within the hour, so its few steps a minute apart stay in it.
            let raisedAt = LocalDateTime(date: day, hour: 8 + random.below(9), minute: random.below(50))
            let year = day.year, serial = (last[year] ?? 0) + 1
            last[year] = serial
            let person = random.below(4) == 0 ? random.below(offenders) : offenders + index
            let agent = random.pick(agents)
            var incident = try ConductIncident(
                id: ConductRecord.number(year: year, serial: serial), accountNumber: accountNumber(person % accounts),
                person: ConductPerson(name: "Caller \(person + 1)", description: "caller on the account"),
                personKind: .accountHolder, customerIsEmployee: false, channel: random.pick(ConductChannel.allCases),
                whatHappened: "Synthetic incident \(index + 1) for benchmarks.", raisedBy: agent, raisedAt: raisedAt)
            var minute = raisedAt.minute
            func step(_ step: ConductStep, by author: String) throws {
                minute += 1
                incident = try incident.applying(step, at: LocalDateTime(date: day, hour: raisedAt.hour, minute: minute), by: author)
            }
            if random.below(8) == 0 {
                try step(.closedWithoutReport(reason: "Frustrated, not abusive."), by: agent)
            } else {
                try step(.behaviourObserved([.insultingIntelligenceOrCharacter]), by: agent)
                try step(.askedToStop(words: "Please stop speaking to me like that."), by: agent)
                try step(.behaviourContinued([]), by: agent)
                try step(.contactEnded, by: agent)
                try step(.reported, by: agent)
                let awaiting = day.days(until: today) < 30 && random.below(4) == 0
                if !awaiting { try decide(&incident, raised: day, random: &random) }
            }
            try body(incident, year, serial)
        }
        return last
    }

    /// A supervisor's decision the next day: a six-month restriction one time in four (one in
    /// ten of those the customer asks to review while it runs), else a warning letter.
    private func decide(_ incident: inout ConductIncident, raised day: CivilDate, random: inout SplitMix64) throws {
        let supervisor = random.pick(supervisors)
        let decidedOn = min(day.adding(days: 1), today)
        let at = LocalDateTime(date: decidedOn, hour: 17, minute: 30)
        guard random.below(4) == 0 else {
            incident = try incident.applying(.supervisorDecided(.warningLetter, reasons: ["Abuse continued after a request to stop"]),
                                             at: at, by: supervisor)
            return
        }
        let restriction = try ContactRestriction(kinds: [.writtenContactOnly], startDate: decidedOn, reviewDate: decidedOn.adding(months: 6))
        incident = try incident.applying(.supervisorDecided(.contactRestriction(restriction), reasons: ["Abuse continued after a request to stop"]),
                                         at: at, by: supervisor)
        let asked = decidedOn.adding(days: 7)
        if random.below(10) == 0, asked <= today, asked <= restriction.reviewDate {
            incident = try incident.applying(.customerRequestedRestrictionReview(on: asked), at: LocalDateTime(date: asked, hour: 11),
                                             by: random.pick(agents))
        }
    }
}
