import Foundation
import Testing
@testable import TaplineDomain

private typealias T = TrainingTestSupport

@Suite("Trainee actions as the console records them")
struct TrainingTraineeActionTests {
    static let oneOfEach: [TraineeAction] = [
        .openedAccount(number: "TRN-1001"),
        T.complaint(due: "2025-05-06", disputed: "684.90"),
        .escalatedComplaint(toLevel: "manager"),
        .respondedToComplaint,
        .conductRequestToStop,
        .conductContactEnded,
        .conductReported,
        .hardshipAssessed(outcome: "inHardship", capacityToPay: T.money("40")),
        .planCreated(instalment: T.money("40"), frequency: "fortnightly", instalmentCount: 30),
        .restrictionChecked(permitted: false, reasonClauses: ["7.3(b)"]),
        .referralOffered(to: "EWOV"),
        .moveRecorded(kind: "changeOfTenant", movingOutOn: CivilDate(iso: "2025-04-18")!, forwardingPostcode: "3437", newCustomer: true),
        .meterRequested(kind: "meter-test"),
    ]

    @Test func everyKindHasExactlyOneAction() {
        #expect(Self.oneOfEach.map(\.kind) == TraineeActionKind.allCases)
    }

    @Test func timedActionsSurviveAJSONRoundTrip() throws {
        // Given every kind of action, timed
        let actions = T.run(Self.oneOfEach)
        // When written to JSON and read back (how attempts are stored)
        let data = try JSONEncoder().encode(actions)
        let decoded = try JSONDecoder().decode([TimedTraineeAction].self, from: data)
        // Then nothing is lost
        #expect(decoded == actions)
    }

    @Test func everyKindSaysWhatDoingItIsCalled() {
        let activities = TraineeActionKind.allCases.map(\.activity)
        #expect(Set(activities).count == activities.count)
        #expect(TraineeActionKind.conductContactEnded.activity == "ending the call under the conduct policy")
    }
}
