import Foundation
import Testing
import TaplineDomain
import TaplineStore
import TaplineUI
@testable import tapline

/// The repository's `scenarios/` folder.
private let scenariosFolder = TmuxSession.packageRoot.appendingPathComponent("scenarios")

/// A real clock the test moves by hand, as `ScenarioClock` reads it.
private final class HandClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = LocalDateTime(iso: "2026-03-02T09:00")!.instant(in: UtilityZone.melbourne.timeZone)
    var now: Date { lock.withLock { instant } }
    func advance(seconds: TimeInterval) { lock.withLock { instant += seconds } }
}

/// The console `tapline demo` starts, on an in-memory demo database: the same wiring, home
/// areas, panels, clock and training call, driven by keys and screen actions as a trainee would.
private final class DemoDesk {
    let store: AppDatabase
    let services: Services
    let hand = HandClock()
    let clock: ScenarioClock
    let call: TrainingCall
    let console: Console
    let catalogue: TrainingCatalogue
    let agent: String
    let role: Role

    /// Demo mode's letters, in a folder of the test's own (as `tapline demo` writes them beside demo.sqlite).
    let letters = FileManager.default.temporaryDirectory.appendingPathComponent("tapline-demo-letters-\(UUID().uuidString)")

    init(agent: String = "amy", role: Role = .agent, store: AppDatabase? = nil) throws {
        self.agent = agent
        self.role = role
        let database = try store ?? AppDatabase.inMemory()
        self.store = database
        services = Wiring.services(store: database, calendar: .victoria,
                                   letters: LetterDestination(folder: letters, training: true))
        let (scenarios, errors) = ScenarioLoader.loadAll(from: scenariosFolder)
        catalogue = TrainingCatalogue(scenarios: scenarios, problems: errors.map(\.description))
        clock = ScenarioClock(zone: .melbourne, real: { [hand] in hand.now })
        call = TrainingCall(clock: clock)
        let port = StoreTraining(store: database, calendar: .victoria)
        console = Console(root: AnyScreen(HomeScreen(areas: Wiring.homeAreas() + DemoAreas.areas(catalogue: catalogue, call: call, port: port))),
                          panels: Wiring.panels)
        call.attach(to: console)
        console.start(env: env)
        settle()
    }

    /// The environment the run loop would make now.
    var env: ScreenEnvironment {
        ScreenEnvironment(now: clock.now(), agent: agent, role: role, isDemo: true, calendar: .victoria,
                          accountActions: Wiring.accountActions)
    }

    /// Runs pending work as the run loop does, each result delivered with a fresh environment.
    func settle() {
        var rounds = 0
        while console.hasPendingWork && rounds < 50 {
            for work in console.takeWork() { console.complete(work, result: work.run(services), env: env) }
            rounds += 1
        }
    }

    /// Presses keys, twenty seconds apart, letting each one's work finish.
    func press(_ keys: Key...) {
        for key in keys {
            hand.advance(seconds: 20)
            console.handle(key, env: env)
            settle()
        }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    func send<S: Screen>(_ action: S.Action, to screen: S.Type) {
        hand.advance(seconds: 20)
        console.send(action, to: screen, env: env)
        settle()
    }

    func top<S: Screen>(_ type: S.Type) -> S? { console.top.state(as: type) }

    /// Presses Tab until `isFocused` holds (at most `limit` times).
    func tab(until isFocused: () -> Bool, limit: Int = 30) {
        var presses = 0
        while !isFocused() && presses < limit {
            press(.tab)
            presses += 1
        }
    }

    var text: String {
        var canvas = Canvas(width: 80, height: 24)
        console.render(into: &canvas, env: env)
        return canvas.text
    }

    /// Opens a home area by its title, as its number key would.
    func open(_ area: String) throws {
        let home = try #require(top(HomeScreen.self))
        let index = try #require(home.areas.firstIndex { $0.title == area })
        send(HomeScreen.Action.open(index), to: HomeScreen.self)
    }

    /// Home → Training scenarios → the scenario → Enter: the call starts on its account.
    func start(_ id: String) throws {
        if top(TrainingScenariosScreen.self) == nil { try open("Training scenarios") }
        let position = try #require(catalogue.scenarios.firstIndex { $0.id == id })
        while let list = top(TrainingScenariosScreen.self)?.list, list.selected != position { press(.down) }
        press(.enter)
        #expect(call.current?.scenario.id == id)
    }

    /// Esc back to Training scenarios and F8: returns the attempt saved for the trainer.
    func finish() throws -> TrainingAttempt {
        var presses = 0
        while top(TrainingScenariosScreen.self) == nil && presses < 8 {
            press(.escape)
            presses += 1
        }
        press(.function(8))
        #expect(top(ScoreCardScreen.self) != nil)
        return try #require(try store.trainingAttempts.all().last)
    }
}

/// Every scenario file, completed to full marks through the console's real screens.
@Suite("Demo mode: each scenario completed to full marks through the real screens", .serialized)
struct DemoScriptedRunTests {
    @Test func theDisputedBillBeforeEasterIsLoggedDueSixMayWithTheUsageChargeDisputed_3_1a_3_1e() throws {
        let desk = try DemoDesk()
        try desk.start("disputed-bill-easter")
        // The account: the estimated bill of $1,046.30
        #expect(desk.text.contains("Balance $1,046.30 owed"))
        // c: log the complaint, disputing the $684.90 usage charge
        desk.press(.character("c"))
        let form = { desk.top(LogComplaintScreen.self)?.form }
        #expect(desk.top(LogComplaintScreen.self)?.dueDate == CivilDate(iso: "2025-05-06"))
        desk.tab { form()?.focus == .category }
        desk.press(.right)  // Billing → Disputed amount
        desk.tab { form()?.focus == .description }
        desk.type("Estimated bill twice the usual; disputes the usage charge")
        desk.tab { form()?.focus == .disputedAmount }
        desk.type("684.90")
        desk.press(.function(2))
        #expect(desk.top(LogComplaintScreen.self)?.saved?.dueDate == CivilDate(iso: "2025-05-06"))
        // The caller's next lines come once the complaint is logged
        #expect(desk.call.heard.count == 4)
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
        #expect(desk.text.contains("6 of 6 points (100%) · ✔ FULL MARKS"))
    }

    @Test func theLifeSupportCustomerCannotBeRestricted_7_3b() throws {
        let desk = try DemoDesk()
        try desk.start("life-support-restriction")
        // r: the restriction check, at 10:15 on Tuesday 12 August 2025
        desk.press(.character("r"))
        let check = try #require(desk.top(RestrictionCheckScreen.self))
        #expect(check.decision?.isPermitted == false)
        #expect(check.decision?.clauses.contains("7.3(b)") == true)
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func theRepeatComplaintGoesToAManagerAndHeIsToldOfTheOmbudsman_3_1d() throws {
        let desk = try DemoDesk()
        try desk.start("repeat-complaint-manager")
        // The call starts on the May complaint, already with a Team Leader
        let complaint = try #require(desk.top(ComplaintDetailScreen.self))
        #expect(complaint.complaint?.level == .teamLeader)
        // e: escalate, choosing Manager; v: EWOV referral information given
        desk.press(.character("e"), .character("m"), .function(2))
        #expect(desk.top(ComplaintDetailScreen.self)?.complaint?.level == .manager)
        desk.press(.character("v"))
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func theHardshipCustomerGetsAPlanWithinHerCapacityAndHelp_5_4_5_6() throws {
        let desk = try DemoDesk()
        try desk.start("hardship-plan")
        // h: the hardship assessment
        desk.press(.character("h"))
        typealias H = HardshipAssessmentScreen
        let screen = { desk.top(H.self) }
        #expect(screen()?.start != nil, "the assessment loaded")
        // Criteria: she says she cannot pay as billed
        desk.tab { screen()?.criteria.focus == .unableToPay }
        desk.press(.right)  // no → yes
        // Statement: JobSeeker $1,100.00 a fortnight in; $520.00 a week out: $60.00 a fortnight left
        desk.press(.pageDown)
        desk.tab { screen()?.statement.focus == .row(0, .amount) }
        desk.type("1100")
        desk.tab { screen()?.statement.focus == .row(1, .amount) }
        desk.type("520")
        // Outcome: in hardship; help: the Utility Relief Grant and a financial counsellor, both accepted
        desk.press(.pageDown)
        desk.tab { screen()?.outcome.focus == .outcome }
        desk.press(.right)  // as proposed → In hardship
        desk.tab { screen()?.outcome.focus == .note }
        desk.type("Made redundant; on JobSeeker with two children")
        desk.press(.pageDown)
        for kind in [ReferralKind.utilityReliefGrant, .financialCounsellor] {
            desk.tab { screen()?.help.focus == .referral(kind) }
            desk.press(.right, .right)  // not offered → offered, declined → offered, accepted
        }
        desk.press(.function(2))
        let saved = try #require(screen()?.saved, "\(desk.text)")
        #expect(saved.outcome == .inHardship)
        // p: the plan, sized by her capacity to pay
        desk.press(.character("p"))
        let plan = try #require(desk.top(PlanSetupScreen.self))
        #expect(plan.form?[.instalment] == "60.00")
        desk.press(.function(2))
        #expect(desk.top(PlanSetupScreen.self)?.agreed != nil, "\(desk.text)")
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func theTenantMovingOutTomorrowAndTheNextMovingInAreRecorded_14_11a_14_17b() throws {
        let desk = try DemoDesk()
        try desk.start("moving-house")
        // o: moving; → → change of tenant, the day tomorrow, his new address, the new tenant
        desk.press(.character("o"))
        typealias M = MovingScreen
        let screen = { desk.top(M.self) }
        desk.press(.right, .right)
        #expect(screen()?.form?[.kind] == "change of tenant")
        desk.tab { screen()?.form?.focus == .movingOn }
        desk.press(.ctrl("u"))
        desk.type("2025-04-18")
        desk.tab { screen()?.form?.focus == .street }
        desk.type("4 New Road")
        desk.tab { screen()?.form?.focus == .suburb }
        desk.type("Gisborne")
        desk.tab { screen()?.form?.focus == .postcode }
        desk.type("3437")
        desk.tab { screen()?.form?.focus == .name }
        desk.type("Ana Lee")
        desk.tab { screen()?.form?.focus == .phone }
        desk.type("0412 000 111")
        desk.press(.function(2))
        // Told on Thursday afternoon: charges to Saturday, the reading after Easter Monday
        let receipt = try #require(screen()?.receipt, "\(desk.text)")
        #expect(receipt.move.moveOut?.chargesEndOn == CivilDate(iso: "2025-04-19"))
        #expect(receipt.move.moveOut?.finalReadingOn == CivilDate(iso: "2025-04-22"))
        #expect(receipt.incoming?.customers.first?.name == "Ana Lee")
        #expect(desk.call.heard.count == 3)
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func theBillTooHighCallEndsInAMeterTest_11_1_4_8() throws {
        let desk = try DemoDesk()
        try desk.start("bill-too-high")
        // m: the meter; t: a meter test, booked five business days ahead as the form offers; F2
        desk.press(.character("m"))
        #expect(desk.top(MeterScreen.self) != nil, "\(desk.text)")
        desk.press(.character("t"))
        #expect(desk.top(MeterRequestScreen.self)?.kind == .meterTest, "\(desk.text)")
        desk.press(.function(2))
        #expect(desk.top(MeterScreen.self) != nil, "\(desk.text)")
        #expect(desk.call.heard.count == 3)
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func theAbusiveCallerIsAskedToStopThenTheCallEndedAndReported() throws {
        let desk = try DemoDesk()
        try desk.start("abusive-caller")
        // F9: the conduct incident panel over the account
        desk.press(.function(9))
        let panel = { desk.top(ConductIncidentPanel.self) }
        #expect(panel() != nil)
        // Tick the insults, ask him to stop (suggested words 1), then he threatens: end the call and report
        desk.press(.character(" "), .character("1"), .character("s"))
        desk.press(.character("c"), .character("e"), .character("r"))
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail)) \(desk.text)")
    }

    @Test func aCallWithNothingDoneScoresTheOneThingAvoidedAndTheTrainerSeesTheMisses_3_1a() throws {
        // Given a trainee who finishes the Easter call without logging the complaint
        let desk = try DemoDesk(agent: "amy")
        try desk.start("disputed-bill-easter")
        let attempt = try desk.finish()
        // Then only "keep helping him" is met, and the card says what was missed and why
        #expect(attempt.scoreCard.points == 1)
        #expect(desk.text.contains("1 of 6 points (17%) · ✖ 2 missed"))
        #expect(desk.text.contains("Charter 3.1(a)"))
        #expect(desk.text.contains("No complaint was logged."))
        // When a trainer opens the trainer view on the same demo database
        let trainer = try DemoDesk(agent: "tess", role: .trainer, store: desk.store)
        try trainer.open("Trainer view")
        // Then the attempt and its misses are there
        #expect(trainer.text.contains("amy · 1 attempt · average 17%"))
        #expect(trainer.text.contains("Disputed bill before Easter: Log the complaint with the reply due"))
        #expect(trainer.text.contains("Charter 3.1(a) · missed by amy"))
    }

    @Test func aRetryGetsAFreshAccountSoTheComplaintCanGoToAManagerAgain_3_1d() throws {
        let desk = try DemoDesk()
        for (round, account) in ["9000001005", "900000100502"].enumerated() {
            try desk.start("repeat-complaint-manager")
            #expect(desk.call.current?.accountNumber == account)
            desk.press(.character("e"), .character("m"), .function(2), .character("v"))
            let attempt = try desk.finish()
            #expect(attempt.scoreCard.isFullMarks, "round \(round + 1): \(attempt.scoreCard.misses.map(\.detail))")
            desk.press(.escape)
        }
        #expect(try desk.store.trainingAttempts.all().count == 2)
    }

    // MARK: - Issue 10

    @Test func aPlanAfterTheDisputeIsLoggedCoversTheUndisputedAmountAndItsLetterSaysTraining_3_1e() throws {
        let desk = try DemoDesk()
        defer { try? FileManager.default.removeItem(at: desk.letters) }
        try desk.start("disputed-bill-easter")
        // Given the complaint logged with $684.90 of the $1,046.30 in dispute
        desk.press(.character("c"))
        let form = { desk.top(LogComplaintScreen.self)?.form }
        desk.tab { form()?.focus == .category }
        desk.press(.character("d"))
        desk.tab { form()?.focus == .description }
        desk.type("Estimated bill twice the usual; disputes the usage charge")
        desk.tab { form()?.focus == .disputedAmount }
        desk.type("684.90")
        desk.press(.function(2))
        #expect(desk.top(LogComplaintScreen.self)?.saved != nil)
        // When a payment plan is set up on the account (issue 10 item 9: it prefilled the whole balance)
        for _ in 0..<4 where desk.top(AccountScreen.self) == nil { desk.press(.escape) }
        desk.press(.character("p"))
        let setup = try #require(desk.top(PlanSetupScreen.self))
        // Then the disputed amount comes from the complaint, and the plan covers only the rest
        #expect(setup.start?.amountInDispute == Money(cents: 68_490))
        let preview = try #require(try setup.preview?.get())
        #expect(preview.request.amountCovered == Money(cents: 36_140))
        #expect(preview.total == Money(cents: 36_140) + preview.expectedChargesTotal)
        #expect(desk.text.contains("▲ $684.90 is in dispute and left out of the plan"))
        // When it is agreed, Then its letter is written in demo mode's own folder, marked TRAINING (item 5)
        desk.press(.function(2))
        let path = try #require(desk.top(PlanSetupScreen.self)?.agreed?.letterPath, "\(desk.text)")
        #expect(path.hasPrefix(desk.letters.path))
        #expect(URL(fileURLWithPath: path).lastPathComponent.hasPrefix("TRAINING-"))
        let letter = try String(contentsOfFile: path, encoding: .utf8)
        #expect(letter.hasPrefix(TrainingLetter.banner))
        #expect(letter.contains("### The amount in dispute (clause 3.1(e))"))
        #expect(letter.contains("The plan covers the undisputed $361.40, plus expected charges"))
    }

    @Test func escalatingTheRepeatComplaintToTheGeneralManagerScoresFullMarks_3_1d1() throws {
        // Given the repeat complaint at Team Leader, and the dialog saying any higher level may be chosen
        let desk = try DemoDesk()
        try desk.start("repeat-complaint-manager")
        desk.press(.character("e"))
        let detail = { desk.top(ComplaintDetailScreen.self) }
        for _ in 0..<3 where !desk.text.contains("General Manager ▸") { desk.press(.right) }
        desk.press(.function(2))
        #expect(detail()?.complaint?.level == .generalManager, "\(desk.text)")
        desk.press(.character("v"))
        // Then the score follows the screen's rule: full marks (it scored "✖ 0/3 … not to manager")
        let attempt = try desk.finish()
        #expect(attempt.scoreCard.isFullMarks, "\(attempt.scoreCard.misses.map(\.detail))")
    }

    @Test func askingTheFrustratedRepeatCallerToStopIsAMiss() throws {
        // Given the repeat complaint, a frustrated caller, and a trainee who ticks a behaviour and asks him to stop
        let desk = try DemoDesk()
        try desk.start("repeat-complaint-manager")
        desk.press(.character("e"), .character("m"), .function(2), .character("v"))
        desk.press(.function(9))
        desk.press(.character(" "), .character("1"), .character("s"))
        #expect(desk.console.traineeActions.contains { $0.action == .conductRequestToStop }, "\(desk.text)")
        // Then "keep helping him" is missed, in the conduct policy's own words (it scored "✔ Rightly avoided")
        let attempt = try desk.finish()
        let miss = try #require(attempt.scoreCard.misses.first { $0.expectationID == "frustration-is-not-abuse" })
        #expect(miss.detail.contains("frustrated, not abusive"))
        #expect(!desk.text.contains("Rightly avoided"))
    }
}
