import Foundation
import TaplineDomain
import Testing
@testable import TaplineUI

private typealias F = TrainingUIFixtures

/// A console on the Training scenarios screen, wired as demo mode wires it, and its parts.
private struct Desk {
    let console: Console
    let clock = FakeTrainingClock()
    let port = FakeTrainingPort()
    let call: TrainingCall
    let services = F.services

    init(catalogue: TrainingCatalogue = F.catalogue) {
        call = TrainingCall(clock: clock)
        console = Console(root: AnyScreen(TrainingScenariosScreen(catalogue: catalogue, call: call, port: port)))
        call.attach(to: console)
        console.start(env: env)
        settle()
    }

    /// The environment as the run loop makes it: the clock read afresh.
    var env: ScreenEnvironment { F.env(clock) }

    /// Runs pending work as the run loop does, each result delivered at the clock's time then.
    func settle() {
        var rounds = 0
        while console.hasPendingWork && rounds < 20 {
            for work in console.takeWork() { console.complete(work, result: work.run(services), env: env) }
            rounds += 1
        }
    }

    func press(_ keys: Key...) {
        for key in keys {
            console.handle(key, env: env)
            settle()
        }
    }

    /// Opens a stand-in for an area's screen and does what its keys record.
    func act(_ actions: [Character: TraineeAction]) {
        console.open(AnyScreen(ActingScreen(actions: actions)), env: env)
        for key in actions.keys.sorted() { press(.character(key)) }
        press(.escape)
    }

    func text(width: Int = 80, height: Int = 24) -> String { F.render(console, width: width, height: height, env: env).text }

    var scenariosScreen: TrainingScenariosScreen? { console.stack.lazy.compactMap { $0.state(as: TrainingScenariosScreen.self) }.first }
}

private let logged = TraineeAction.loggedComplaint(dueDate: CivilDate(iso: "2025-05-06")!, receivedAt: F.scenario.now,
                                                   disputedAmount: Money(cents: 684_90), category: "billing")

@Suite("Training scenarios: start a call, hear the caller, finish it and see the score")
struct TrainingScreensTests {
    @Test func enterStartsTheCallOnAFreshAccountAtTheScenariosTime() throws {
        // Given the scenario list, and something done before any call
        let desk = Desk()
        desk.act(["x": .conductReported])
        // When the trainee starts the first scenario
        desk.press(.enter)
        // Then the account screen opens on the scenario's account, on the scenario's clock
        let account = try #require(desk.console.top.state(as: AccountScreen.self))
        #expect(account.accountNumber == "9000001002")
        #expect(desk.clock.scenarioStart == F.scenario.now)
        #expect(desk.call.current?.startedAt == F.realNow)
        // And the record of actions starts afresh, with the account opened at 10:30 on the Thursday before Easter
        #expect(desk.console.traineeActions == [TimedTraineeAction(at: F.scenario.now, action: .openedAccount(number: "9000001002"))])
        #expect(desk.text().contains("DEMO — TRAINING DATA"))
    }

    @Test func aScenarioAboutAnEarlierComplaintOpensItOverTheAccount_3_1d() {
        // Given a scenario that starts on the customer's earlier complaint
        let repeated = Scenario(id: "repeat", title: "Third call", summary: "Low pressure again.", startScreen: "complaint",
                                now: LocalDateTime(iso: "2025-07-15T09:50")!, fixture: F.second.fixture,
                                callerLines: [CallerLine(text: "Third time I've rung.")], expectations: F.second.expectations)
        let desk = Desk(catalogue: TrainingCatalogue(scenarios: [repeated]))
        // When it starts
        desk.press(.enter)
        // Then the latest complaint is on top of the account, and Esc goes back through the account
        #expect(desk.console.top.state(as: ComplaintDetailScreen.self)?.number == "C-2025-000001")
        desk.press(.escape)
        #expect(desk.console.top.state(as: AccountScreen.self)?.accountNumber == "9000001004")
    }

    @Test func theCallerPanelShowsTheLinesSoFarAndTheNextOnceItsActionIsDone() {
        // Given a call under way at 80x24
        let desk = Desk()
        desk.press(.enter)
        // Then the caller's opening lines show in the strip above the status line, and how to finish
        var text = desk.text()
        #expect(text.contains("Caller · Daniel O'Brien · Disputed bill before Easter"))
        #expect(text.contains("“ The usage charge of $684.90 is just wrong."))
        #expect(text.contains("F12 ends the call and scores it"))
        #expect(!text.contains("hear back"))
        // When the trainee logs the complaint
        desk.act(["c": logged])
        // Then the caller's next line appears
        text = desk.text()
        #expect(text.contains("“ So when will I actually hear back?"))
    }

    @Test func onAWideTerminalTheCallerHasAColumnBesideTheScreen() {
        let desk = Desk()
        desk.press(.enter)
        let lines = F.render(desk.console, width: 120, height: 30, env: desk.env).lines
        #expect(lines[1].hasSuffix("┌ Caller ────────────────────────────┐"))
        #expect(lines.contains { $0.contains("Daniel O'Brien on the line") })
        #expect(lines.contains { $0.contains("“ G'day, Dan O'Brien here.") })
        #expect(lines.contains { $0.contains("└ F12 ends the call and scores it ─") })
    }

    @Test func backOnTheListTheCallInProgressShowsWithEverythingTheCallerSaid() {
        let desk = Desk()
        desk.press(.enter)
        desk.act(["c": logged])
        desk.press(.escape)
        #expect(desk.console.top.state(as: TrainingScenariosScreen.self) != nil)
        let text = desk.text()
        #expect(text.contains("▶ On the call: Disputed bill before Easter"))
        #expect(text.contains("Daniel O'Brien · account 9000001002 · F8 ends the call and scores it"))
        #expect(text.contains("“ G'day, Dan O'Brien here. My bill is over a thousand bucks."))
        #expect(text.contains("“ So when will I actually hear back?"))
        #expect(text.contains("F8 finish the call and score it"))
    }

    @Test func f8ScoresSavesAndShowsTheScoreCardThenTheConsoleIsBackOnRealTime_3_1a() throws {
        // Given a call where the complaint was logged due Tue 6 May 2025 (Charter 3.1(a))
        let desk = Desk()
        desk.press(.enter)
        desk.act(["c": logged])
        desk.press(.escape)
        // When the trainee finishes the call
        desk.press(.function(8))
        // Then the attempt is scored at full marks and saved for the trainer
        let saved = try #require(desk.port.attempts.first)
        #expect(saved.trainee == "amy" && saved.scenarioID == "easter")
        #expect(saved.scoreCard.isFullMarks)
        #expect(saved.actions.map(\.action.kind) == [.openedAccount, .loggedComplaint])
        #expect(saved.startedAt == F.realNow && saved.finishedAt == F.realNow)
        // And the score card shows, the caller's panel is gone and the clock is real again
        #expect(desk.console.top.state(as: ScoreCardScreen.self) != nil)
        #expect(desk.console.companion == nil)
        #expect(desk.clock.scenarioStart == nil && desk.clock.stops == 1)
        let text = desk.text()
        #expect(text.contains("Disputed bill before Easter"))
        #expect(text.contains("4 of 4 points (100%) · ✔ FULL MARKS"))
        #expect(text.contains("Done well"))
        #expect(!text.contains("To work on"))
    }

    @Test func aMissShowsWhatToDoTheClauseAndWhatWasFound_3_1a() {
        // Given a complaint logged due Thu 1 May, before the Easter and ANZAC Day holidays were skipped
        let desk = Desk()
        desk.press(.enter)
        let early = TraineeAction.loggedComplaint(dueDate: CivilDate(iso: "2025-05-01")!, receivedAt: F.scenario.now,
                                                  disputedAmount: nil, category: "billing")
        desk.act(["c": early])
        // When the call is finished
        desk.press(.escape, .function(8))
        // Then the card shows the miss, its clause and what was found
        let text = desk.text()
        #expect(text.contains("1 of 4 points (25%) · ✖ 1 missed"))
        #expect(text.contains("To work on"))
        #expect(text.contains("✖ 0/3  Log the complaint with the reply due Tue 6 May 2025"))
        #expect(text.contains("Charter 3.1(a)"))
        #expect(text.contains("Complaint logged with a reply due Thu 1 May 2025, but it should be due"))
        #expect(text.contains("✔ 1/1  Keep helping him"))
    }

    @Test func aLongScoreCardMarksWhatIsBelowOnARowOfItsOwn() {
        // Given a score card taller than the terminal
        let desk = Desk()
        desk.press(.enter)
        let early = TraineeAction.loggedComplaint(dueDate: CivilDate(iso: "2025-05-01")!, receivedAt: F.scenario.now,
                                                  disputedAmount: nil, category: "billing")
        desk.act(["c": early])
        desk.press(.escape, .function(8))
        guard let card = desk.console.top.state(as: ScoreCardScreen.self) else { Issue.record("no score card"); return }
        var canvas = Canvas(width: 80, height: 12)
        card.render(into: &canvas, area: canvas.bounds, env: desk.env)
        let lines = canvas.lines
        // Then the marker is a row of its own, not written over the end of a line of text
        // ("…Customers have↓ more")
        let marker = lines.first { $0.contains("more — ↑/↓ scroll") }
        #expect(marker?.trimmingCharacters(in: .whitespaces).hasPrefix("▼") == true)
        #expect(!lines.contains { $0.contains("↓ more") })
    }

    @Test func upScrollsAtOnceAfterMoreDownsThanTheCardHasRows() throws {
        // Given a finished call's score card
        let desk = Desk()
        desk.press(.enter)
        let early = TraineeAction.loggedComplaint(dueDate: CivilDate(iso: "2025-05-01")!, receivedAt: F.scenario.now,
                                                  disputedAmount: nil, category: "billing")
        desk.act(["c": early])
        desk.press(.escape, .function(8))
        let card = try #require(desk.console.top.state(as: ScoreCardScreen.self))
        // When ↓ is pressed far more often than there are rows
        for _ in 0..<50 { desk.press(.down) }
        // Then the offset stops at the last full page of the smallest terminal, so the first ↑
        // moves the card (it went on to 50, and 50 ↑ past the end had to be used up first)
        let offset = try #require(desk.console.top.state(as: ScoreCardScreen.self)?.offset)
        #expect(offset == ScrollingLines.maxOffset(lineCount: card.rows(width: 78).count, height: 17))
        #expect(offset < 50)
    }

    @Test func theScenarioListSaysWhatF8DoesWholeAt80Columns() {
        // Given the scenario list at 80x24, Then its intro is not cut before "and scores it."
        let desk = Desk()
        #expect(desk.text().contains("scores it."))
        #expect(!desk.text().contains("ends the call …"))
    }

    @Test func f8WithNoCallUnderWaySaysSo() {
        let desk = Desk()
        desk.press(.function(8))
        #expect(desk.text().contains("✖ No training call is under way: choose a scenario and press Enter"))
        #expect(desk.port.attempts.isEmpty)
    }

    @Test func aSecondCallCannotStartUntilTheFirstIsFinished() {
        let desk = Desk()
        desk.press(.enter, .escape, .down, .enter)
        #expect(desk.console.top.state(as: TrainingScenariosScreen.self) != nil)
        #expect(desk.text().contains("✖ Still on the call “Disputed bill before Easter”: F8 finishes it first"))
        #expect(desk.call.current?.scenario.id == "easter")
        // Once finished, the next call (still selected) starts
        desk.press(.function(8), .escape, .enter)
        #expect(desk.call.current?.scenario.id == "second")
        #expect(desk.console.top.state(as: AccountScreen.self)?.accountNumber == "9000001004")
    }

    @Test func aStoreRefusalToStartTheCallIsShownAndNoCallStarts() {
        let desk = Desk()
        desk.port.refuseStart = "this demo database already holds 99 copies"
        desk.press(.enter)
        #expect(desk.text().contains("✖ The call could not start: this demo database already holds 99 copies"))
        #expect(desk.call.current == nil && desk.console.companion == nil && desk.clock.scenarioStart == nil)
    }

    @Test func aScoreThatCannotBeSavedIsStillShownWithAWarning() {
        let desk = Desk()
        desk.press(.enter)
        desk.port.refuseSave = "disk full"
        desk.press(.escape, .function(8))
        #expect(desk.console.top.state(as: ScoreCardScreen.self) != nil)
        #expect(desk.text().contains("✖ This score was not saved for the trainer: disk full"))
    }

    @Test func brokenScenarioFilesAreListedWithFileAndLine() {
        let text = Desk().text()
        #expect(text.contains("▲ 1 scenario file could not be loaded:"))
        #expect(text.contains("scenarios/broken.toml:14: unknown check kind “contactEnd”"))
        #expect(text.contains("▸ Disputed bill before Easter"))
        #expect(text.contains("Thu 17 Apr 2025 10:30 · Daniel O'Brien · 4 points"))
    }

    @Test func noScenariosAtAllSaysSo() {
        let desk = Desk(catalogue: TrainingCatalogue(scenarios: [], problems: ["scenarios/a.toml:1: not valid TOML"]))
        desk.press(.enter)
        #expect(desk.text().contains("No training scenarios could be loaded."))
        #expect(desk.call.current == nil)
    }
}

@Suite("Trainer view: every trainee's attempts and the misses most made")
struct TrainerViewScreenTests {
    /// Attempts by amy (missed the due date) and ben (full marks), finished through the screens.
    private func twoAttempts() -> FakeTrainingPort {
        let port = FakeTrainingPort()
        for (trainee, due) in [("amy", "2025-05-01"), ("ben", "2025-05-06")] {
            let actions = [TimedTraineeAction(at: F.scenario.now, action: .loggedComplaint(
                dueDate: CivilDate(iso: due)!, receivedAt: F.scenario.now, disputedAmount: nil, category: "billing"))]
            try! port.save(TrainingAttempt(trainee: trainee, scenarioID: "easter", startedAt: F.realNow, finishedAt: F.realNow,
                                           actions: actions, scoreCard: ScenarioScorer.score(F.scenario, actions: actions)))
        }
        return port
    }

    @Test func aTrainerSeesEachTraineesScoresAndTheCommonMisses_3_1a() {
        let port = twoAttempts()
        let env = ScreenEnvironment(now: F.realNow, agent: "tess", role: .trainer, isDemo: true)
        let console = Console(root: AnyScreen(TrainerViewScreen(port: port, titles: ["easter": "Disputed bill before Easter"])))
        console.start(env: env)
        console.settle(services: Services(), env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("amy · 1 attempt · average 25%"))
        #expect(text.contains("Mon 2 Mar 2026 09:05  ✖ 1/4  25%  Disputed bill before Easter"))
        #expect(text.contains("ben · 1 attempt · average 100%"))
        #expect(text.contains("✔ 4/4 100%"))
        #expect(text.contains("Misses made most often"))
        #expect(text.contains("1×   Disputed bill before Easter: Log the complaint with the reply due Tue 6"))
        #expect(text.contains("Charter 3.1(a) · missed by amy"))
    }

    @Test func anAgentIsToldTheViewIsForTrainers() {
        let env = ScreenEnvironment(now: F.realNow, agent: "amy", role: .agent, isDemo: true)
        let console = Console(root: AnyScreen(TrainerViewScreen(port: twoAttempts())))
        console.start(env: env)
        console.settle(services: Services(), env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("✖ the trainer view is for trainers and supervisors"))
        #expect(!text.contains("amy · 1 attempt"))
    }

    @Test func trainerViewHelpListsBothScrollKeys_issue10() {
        // Given the trainer view, and its help opened with F1
        let env = ScreenEnvironment(now: F.realNow, agent: "tess", role: .trainer, isDemo: true)
        let console = Console(root: AnyScreen(TrainerViewScreen(port: twoAttempts())))
        console.start(env: env)
        console.settle(services: Services(), env: env)
        console.handle(.function(1), env: env)
        let text = F.render(console, env: env).text
        // Then ↓ and ↑ each have their line (help had "↑ scroll up" and no ↓)
        #expect(text.contains("↓") && text.contains("scroll down"))
        #expect(text.contains("↑") && text.contains("scroll up"))
        #expect(!text.contains("↑/↓"))
    }

    @Test func noAttemptsYetSaysWhereTheyWillAppear() {
        let env = ScreenEnvironment(now: F.realNow, agent: "tess", role: .supervisor, isDemo: true)
        let console = Console(root: AnyScreen(TrainerViewScreen(port: FakeTrainingPort())))
        console.start(env: env)
        console.settle(services: Services(), env: env)
        let text = F.render(console, env: env).text
        #expect(text.contains("No attempts yet"))
        #expect(text.contains("No misses yet."))
    }
}
