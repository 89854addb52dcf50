import TaplineDomain
import Testing
@testable import TaplineUI

/// An account's trail in memory: who viewed and changed account 1000000001, newest first.
struct MemoryAuditTrail: AuditTrailPort {
    static let newest = LocalDateTime(iso: "2026-11-30T09:00")!
    /// Forty entries a day apart, the oldest on 22 October.
    static let entries = (0..<40).map { n in
        AuditEntry(who: n % 2 == 0 ? "amy" : "ben", at: LocalDateTime(date: newest.date.adding(days: -n), hour: 9, minute: n),
                   action: n % 3 == 0 ? .changed : .viewed, accountNumber: "1000000001", detail: n % 3 == 0 ? "changed phone" : "")
    }

    func trail(forAccount accountNumber: String, limit: Int) throws -> [AuditEntry] { Array(Self.entries.prefix(limit)) }
}

@Suite("The account's audit trail on screen: supervisors only, a scrolling list")
struct AuditTrailScreenTests {
    static let trail = AccountAction(key: .character("a"), help: "audit trail",
                                     offeredTo: { $0.actsAsSupervisor }) { AnyScreen(AuditTrailScreen(context: $0)) }

    func env(_ role: Role) -> ScreenEnvironment {
        ScreenEnvironment(now: LocalDateTime(iso: "2026-12-01T10:30")!, agent: role == .agent ? "amy" : "sam", role: role,
                          accountActions: [Self.trail])
    }

    func console(_ role: Role) -> Console {
        let console = Console(root: AnyScreen(AccountScreen(accountNumber: "1000000001")))
        console.start(env: env(role))
        settle(console, role)
        return console
    }

    func settle(_ console: Console, _ role: Role) {
        var services = Services()
        services.register(MemoryAccounts(), as: (any AccountsPort).self)
        services.register(MemoryAuditTrail(), as: (any AuditTrailPort).self)
        console.settle(services: services, env: env(role))
    }

    func text(_ console: Console, _ role: Role, width: Int = 80) -> String {
        var canvas = Canvas(width: width, height: 24)
        console.render(into: &canvas, env: env(role))
        return canvas.text
    }

    @Test func aSupervisorSeesTheKeyAndOpensTheTrailNewestFirst() {
        let console = console(.supervisor)
        // In the key bar once it is wide enough to reach the areas' keys, and in help
        #expect(text(console, .supervisor, width: 200).contains("a audit trail"))
        console.handle(.function(1), env: env(.supervisor))
        #expect(text(console, .supervisor).contains("audit trail"))
        console.handle(.escape, env: env(.supervisor))
        console.handle(.character("a"), env: env(.supervisor))
        settle(console, .supervisor)
        let screen = text(console, .supervisor)
        #expect(console.top.title == "Audit trail — Jane Smith (1000000001)")
        #expect(screen.contains("2026-11-30 09:00:00 amy"))
        #expect(screen.contains("changed phone"))
        let lines = screen.split(separator: "\n")
        let newest = lines.firstIndex { $0.contains("2026-11-30 09:00:00") }, older = lines.firstIndex { $0.contains("2026-11-29 09:01:00") }
        #expect(newest != nil && older != nil && newest! < older!)
    }

    @Test func theTrailScrollsToItsOldestEntryAndEscGoesBack() {
        let console = console(.supervisor)
        console.handle(.character("a"), env: env(.supervisor))
        settle(console, .supervisor)
        #expect(!text(console, .supervisor).contains("2026-10-22 09:39:00"))
        for _ in 0..<39 { console.handle(.down, env: env(.supervisor)) }
        #expect(text(console, .supervisor).contains("2026-10-22 09:39:00"))
        console.handle(.escape, env: env(.supervisor))
        #expect(console.top.state(as: AccountScreen.self) != nil)
    }

    @Test func anAgentHasNeitherTheKeyNorItsHelp() {
        let console = console(.agent)
        #expect(!text(console, .agent, width: 200).contains("audit trail"))
        console.handle(.character("a"), env: env(.agent))
        settle(console, .agent)
        #expect(console.top.state(as: AccountScreen.self) != nil)
        console.handle(.function(1), env: env(.agent))
        #expect(!text(console, .agent).contains("audit trail"))
    }

    @Test func anAdminIsOfferedTheTrailTooButNotATrainer() {
        #expect(!AccountScreen(accountNumber: "1000000001").environmentBindings(env: env(.admin)).isEmpty)
        #expect(AccountScreen(accountNumber: "1000000001").environmentBindings(env: env(.trainer)).isEmpty)
    }
}
