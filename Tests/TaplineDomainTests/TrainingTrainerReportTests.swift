import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

@Suite("Trainer report: every trainee's attempts and the misses most often made")
struct TrainingTrainerReportTests {
    let easter = T.scenario(id: "easter", [
        T.expectation("due-date", points: 3, clause: "Charter 3.1(a)", .complaintLogged(dueDate: T.date("2025-05-06"))),
        T.expectation("disputed", points: 1, clause: "Charter 3.1(e)", .disputedAmountRecorded(T.money("684.90"))),
    ])
    let abuse = T.scenario(id: "abuse", [
        T.expectation("ask-first", points: 2, clause: "Conduct policy", .requestToStopBeforeContactEnded),
        T.expectation("report", points: 2, clause: "Conduct policy", .incidentReported),
    ])

    private func attempt(_ trainee: String, _ scenario: Scenario, at start: String, _ actions: [TraineeAction]) -> TrainingAttempt {
        let timed = T.run(actions, from: start)
        return TrainingAttempt(trainee: trainee, scenarioID: scenario.id, startedAt: T.time(start),
                               finishedAt: timed.last?.at ?? T.time(start),
                               actions: timed, scoreCard: ScenarioScorer.score(scenario, actions: timed))
    }

    private var attempts: [TrainingAttempt] {
        [
            attempt("ravi", easter, at: "2025-10-02T09:00", [T.complaint(due: "2025-05-05")]),                       // 0 of 4
            attempt("Ava", abuse, at: "2025-10-01T10:00", [.conductContactEnded]),                                   // 0 of 4
            attempt("Ava", easter, at: "2025-10-01T09:00", [T.complaint(due: "2025-05-01", disputed: "684.90")]),   // 1 of 4
            attempt("Ava", easter, at: "2025-10-03T09:00", [T.complaint(due: "2025-05-06", disputed: "684.90")]),   // 4 of 4
            attempt("ravi", abuse, at: "2025-10-02T10:00", [.conductRequestToStop, .conductContactEnded]),           // 2 of 4
        ]
    }

    @Test func traineesAreListedByNameWithAttemptsOldestFirst() {
        // When the attempts are summarised
        let report = TrainerReport.summarise(attempts: attempts)
        // Then each trainee appears once, by name regardless of case, with attempts in time order
        #expect(report.trainees.map(\.trainee) == ["Ava", "ravi"])
        let ava = report.trainees[0]
        #expect(ava.attempts.map(\.scoreCard.percent) == [25, 0, 100])
        #expect(ava.attempts.map(\.scenarioID) == ["easter", "abuse", "easter"])
        #expect(ava.averagePercent == 42)
        #expect(ava.bestPercentByScenario == [ScenarioBest(scenarioID: "abuse", percent: 0), ScenarioBest(scenarioID: "easter", percent: 100)])
        #expect(report.trainees[1].averagePercent == 25)
    }

    @Test func missesAreCountedAcrossTraineesMostFrequentFirst() {
        let report = TrainerReport.summarise(attempts: attempts)
        let tallies = report.commonMisses.map { "\($0.scenarioID)/\($0.expectationID)×\($0.count)" }
        // due-date missed by Ava once and ravi once; report missed by both abuse attempts; ask-first by Ava; disputed by ravi
        #expect(tallies == ["abuse/report×2", "easter/due-date×2", "abuse/ask-first×1", "easter/disputed×1"])
        let dueDate = report.commonMisses[1]
        #expect(dueDate.trainees == ["Ava", "ravi"])
        #expect(dueDate.clause == "Charter 3.1(a)")
        #expect(dueDate.description == "Do due-date")
    }

    @Test func noAttemptsGiveAnEmptyReport() {
        let report = TrainerReport.summarise(attempts: [])
        #expect(report.trainees.isEmpty)
        #expect(report.commonMisses.isEmpty)
    }
}
