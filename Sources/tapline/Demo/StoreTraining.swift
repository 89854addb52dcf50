import TaplineDomain
import TaplineStore
import TaplineUI

/// The demo database behind the training screens' `TrainingPort`.
///
/// Store refusals come back as `TrainingRefusal`s carrying the store's own words.
struct StoreTraining: TrainingPort {
    let store: AppDatabase
    let calendar: BusinessCalendar

    func prepareCall(_ scenario: Scenario, for trainee: String, at time: LocalDateTime) throws -> PreparedCall {
        let installed = try refusing { try store.scenarioFixtures(calendar: calendar).install(scenario, by: trainee, at: time) }
        return PreparedCall(accountNumber: installed.accountNumber, complaintNumbers: installed.complaintNumbers)
    }

    func save(_ attempt: TrainingAttempt) throws {
        try refusing { try store.trainingAttempts.save(attempt) }
    }

    func trainerReport(for role: Role) throws -> TrainerReport {
        try refusing { try store.trainingAttempts.report(for: role) }
    }

    private func refusing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw TrainingRefusal(error.message)
        } catch let error as TrainingStoreError {
            throw TrainingRefusal(error.message)
        } catch let error as ComplaintRefusal {
            throw TrainingRefusal(error.message)
        } catch let error as ComplaintStoreError {
            throw TrainingRefusal(error.message)
        }
    }
}
