import Testing
@testable import TaplineDomain
@testable import TaplineUI

/// Issue 12: Home shows what is waiting on the person signed in, and keeps it up to date.
@Suite("Home: the figures that matter to whoever is signed in")
struct HomeCountsTests {
    typealias F = ComplaintScreenFixtures

    /// On Thu 17 Apr 2025: amy's complaint overdue since Tue 15 Apr, bob's due today, carol's on track.
    func port() throws -> InMemoryComplaints {
        InMemoryComplaints([
            try F.complaint(1, receivedAt: "2025-04-01T09:00", by: "amy"),
            try F.complaint(2, receivedAt: "2025-04-03T09:00", by: "bob"),
            try F.complaint(4, receivedAt: "2025-04-17T09:00", by: "carol"),
        ])
    }

    func home(_ port: InMemoryComplaints, role: Role) -> (Console, Services) {
        var services = F.services(port)
        services.add(homeCounts: ComplaintHomeCounts(port: port))
        let console = Console(root: AnyScreen(HomeScreen(areas: [])))
        console.start(env: F.env(role: role))
        console.settle(services: services, env: F.env(role: role))
        return (console, services)
    }

    @Test func aSupervisorSeesEveryReplyDueTodayAndOverdue_3_1a() throws {
        let (console, _) = home(try port(), role: .supervisor)
        let text = F.render(console, env: F.env(role: .supervisor)).text
        #expect(text.contains("Waiting on you: 1 complaint due today · 1 overdue"))
    }

    /// Issue 12 item 4: an agent's figures are their own work, not what they logged and gave away.
    @Test func anAgentSeesTheComplaintsThatAreTheirs_3_1a() throws {
        let port = try port()
        let given = try F.complaint(9, receivedAt: "2025-04-01T09:00", by: "amy")
            .assigned(to: "bob", at: F.time("2025-04-02T09:00"), by: "sam", role: .supervisor)
        port.replace(given)
        let (console, _) = home(port, role: .agent)
        let text = F.render(console, env: F.env(role: .agent)).text
        #expect(text.contains("Waiting on you: 0 complaints of yours due today · 1 overdue"), "amy's own, not bob's nor the one given to bob")
    }

    @Test func theFiguresMoveWhenTheStoreChanges() throws {
        let port = try port()
        let (console, services) = home(port, role: .supervisor)
        port.replace(try F.complaint(5, receivedAt: "2025-04-02T09:00", by: "dan"))  // logged elsewhere: overdue too
        console.storeChanged(env: F.env(role: .supervisor))
        console.settle(services: services, env: F.env(role: .supervisor))
        #expect(F.render(console, env: F.env(role: .supervisor)).text.contains("1 complaint due today · 2 overdue"))
    }

    @Test func aTrainerSeesNoComplaintFigures() throws {
        let (console, _) = home(try port(), role: .trainer)
        #expect(!F.render(console, env: F.env(role: .trainer)).text.contains("Waiting on you"))
    }

    @Test func aSupervisorSeesTheIncidentsAwaitingTheirDecisionAndAnAgentDoesNot() throws {
        let conduct = InMemoryConduct()
        _ = try ConductUIFixtures.reported(conduct, at: "2025-04-16T09:00")
        var services = Services()
        services.add(homeCounts: ConductHomeCounts(port: conduct))
        for (role, expected) in [(Role.supervisor, true), (.agent, false)] {
            let console = Console(root: AnyScreen(HomeScreen(areas: [])))
            console.start(env: F.env(role: role))
            console.settle(services: services, env: F.env(role: role))
            #expect(F.render(console, env: F.env(role: role)).text.contains("1 incident awaiting your decision") == expected, "\(role)")
        }
    }
}
