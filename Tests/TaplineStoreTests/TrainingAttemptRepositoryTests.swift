import Foundation
import Testing
import TaplineDomain
@testable import TaplineStore

/// A small scenario with two expectations, for attempts to be scored against.
private let scenario = Scenario(
    id: "easter", title: "Easter", summary: "A complaint before Easter.", startScreen: "account",
    now: LocalDateTime(iso: "2025-04-17T10:30")!,
    fixture: ScenarioFixture(accountNumber: "9000001002", customerName: "Dan", propertyAddress: "8 Gap Road, Sunbury VIC 3429", balance: .zero),
    callerLines: [CallerLine(text: "Hello.")],
    expectations: [
        ScenarioExpectation(id: "due", description: "Reply due 6 May", clause: "Charter 3.1(a)", points: 3,
                            check: .complaintLogged(dueDate: CivilDate(iso: "2025-05-06")!)),
        ScenarioExpectation(id: "keep-helping", description: "Keep helping", clause: "Conduct policy", points: 1,
                            check: .notDone(.conductContactEnded)),
    ])

/// An attempt by `trainee` that logged a complaint due on `due`, started at `hour` on 2 March 2026.
private func attempt(_ trainee: String, due: String, hour: Int) -> TrainingAttempt {
    let at = LocalDateTime(iso: "2025-04-17T10:35")!
    let actions = [
        TimedTraineeAction(at: scenario.now, action: .openedAccount(number: "9000001002")),
        TimedTraineeAction(at: at, action: .loggedComplaint(dueDate: CivilDate(iso: due)!, receivedAt: scenario.now,
                                                            disputedAmount: nil, category: "billing")),
    ]
    let started = LocalDateTime(date: CivilDate(iso: "2026-03-02")!, hour: hour)
    return TrainingAttempt(trainee: trainee, scenarioID: scenario.id, startedAt: started,
                           finishedAt: LocalDateTime(date: started.date, hour: hour, minute: 12),
                           actions: actions, scoreCard: ScenarioScorer.score(scenario, actions: actions))
}

@Suite("Training attempts: saved whole, read back for the trainer, audited")
struct TrainingAttemptRepositoryTests {
    @Test func aSavedAttemptReadsBackExactly() throws {
        // Given a scored attempt
        let database = try AppDatabase.inMemory()
        let saved = attempt("amy", due: "2025-05-06", hour: 9)
        // When it is saved and read back
        try database.trainingAttempts.save(saved)
        // Then every action and result comes back as it was
        #expect(try database.trainingAttempts.all() == [saved])
        #expect(saved.scoreCard.isFullMarks)
    }

    @Test func attemptsComeBackOldestFirstAndByTraineeIgnoringCase() throws {
        let database = try AppDatabase.inMemory()
        let late = attempt("Amy", due: "2025-05-01", hour: 11)
        let early = attempt("amy", due: "2025-05-06", hour: 9)
        let other = attempt("ben", due: "2025-05-06", hour: 10)
        for a in [late, early, other] { try database.trainingAttempts.save(a) }
        #expect(try database.trainingAttempts.all() == [early, other, late])
        #expect(try database.trainingAttempts.attempts(by: "AMY") == [early, late])
        #expect(try database.trainingAttempts.attempts(by: "cat").isEmpty)
    }

    @Test func savingAnAttemptIsAuditedAgainstTheTrainingAccount() throws {
        let database = try AppDatabase.inMemory()
        let saved = attempt("amy", due: "2025-05-01", hour: 9)
        try database.trainingAttempts.save(saved)
        let entry = try #require(try database.audit.entries(by: "amy").first)
        #expect(entry.accountNumber == "9000001002")
        #expect(entry.at == saved.finishedAt)
        #expect(entry.detail == "training attempt at easter: 1 of 4 points")
    }

    @Test func theTrainerReportCountsTheMissesAcrossSavedAttempts() throws {
        // Given two trainees who got the Easter due date wrong and one who got it right (Charter 3.1(a))
        let database = try AppDatabase.inMemory()
        for a in [attempt("amy", due: "2025-05-01", hour: 9), attempt("ben", due: "2025-05-02", hour: 10),
                  attempt("cat", due: "2025-05-06", hour: 11)] {
            try database.trainingAttempts.save(a)
        }
        // When the trainer's report is made from what was saved
        let report = TrainerReport.summarise(attempts: try database.trainingAttempts.all())
        // Then the due date is the miss most made, by both who missed it
        #expect(report.trainees.map(\.trainee) == ["amy", "ben", "cat"])
        #expect(report.commonMisses.map(\.expectationID) == ["due"])
        #expect(report.commonMisses.first?.count == 2)
        #expect(report.commonMisses.first?.trainees == ["amy", "ben"])
    }

    @Test("the trainer's report is for trainers and supervisors, not agents", arguments: Role.allCases)
    func reportIsForTrainersAndSupervisors(role: Role) throws {
        let database = try AppDatabase.inMemory()
        try database.trainingAttempts.save(attempt("amy", due: "2025-05-01", hour: 9))
        if role == .agent {
            #expect(throws: TrainingStoreError.reportNeedsTrainer(role: .agent)) { try database.trainingAttempts.report(for: role) }
        } else {
            #expect(try database.trainingAttempts.report(for: role).trainees.map(\.trainee) == ["amy"])
        }
    }

    @Test func theRefusalSaysWhyWithoutTellingHowToGetRoundIt_issue10() {
        // Given an agent refused the trainer view
        let message = TrainingStoreError.reportNeedsTrainer(role: .agent).message
        // Then it says why, and what the trainee can see, but not the switch that lifts it
        #expect(message.contains("for trainers and supervisors"))
        #expect(message.contains("Your own score card shows at the end of each call"))
        #expect(!message.contains("--role"))
    }

    @Test func attemptsKeptAcrossARebuildReadBackInOrder_issue10() throws {
        // Given two attempts in a demo database about to be rebuilt
        let old = try AppDatabase.inMemory()
        try old.trainingAttempts.save(attempt("amy", due: "2025-05-06", hour: 9))
        try old.trainingAttempts.save(attempt("ben", due: "2025-05-01", hour: 10))
        // When they are kept in the new database
        let rebuilt = try AppDatabase.inMemory()
        let kept = try rebuilt.trainingAttempts.keep(try old.trainingAttempts.all(), by: "tess", at: LocalDateTime(iso: "2026-03-03T08:00")!)
        // Then every trainee's attempt is there, as it was, and the keeping is audited
        #expect(kept == 2)
        #expect(try rebuilt.trainingAttempts.all() == (try old.trainingAttempts.all()))
        #expect(try rebuilt.trainingAttempts.count() == 2)
        #expect(try rebuilt.audit.entries(by: "tess").first?.detail.contains("2 training attempts kept") == true)
    }

    @Test func forgettingScoresSaysHowManyWent_issue10() throws {
        let database = try AppDatabase.inMemory()
        try database.trainingAttempts.save(attempt("amy", due: "2025-05-06", hour: 9))
        try database.trainingAttempts.save(attempt("ben", due: "2025-05-01", hour: 10))
        #expect(try database.trainingAttempts.forgetAll(by: "tess", at: LocalDateTime(iso: "2026-03-03T08:00")!) == 2)
        #expect(try database.trainingAttempts.count() == 0)
        #expect(try database.audit.entries(by: "tess").first?.detail == "2 training attempts deleted (demo --forget-scores)")
    }
}
