import Testing
@testable import TaplineDomain

@Suite("Unacceptable behaviour and protected characteristics")
struct ConductBehaviourTests {
    @Test func onlyPhysicalHarmOrItsThreatIsViolent_alwaysReported() {
        let violent = ConductBehaviour.all.filter(\.isViolentOrThreatening)
        #expect(violent == [.physicalViolenceOrUnwantedContact, .threatOfViolenceOrUnwantedContact])
    }

    @Test func listsEveryEqualityActCharacteristic() {
        // Equality Act 2010, s.4: the nine protected characteristics
        #expect(ProtectedCharacteristic.allCases.count == 9)
        #expect(ConductBehaviour.all.count == 6 + ProtectedCharacteristic.allCases.count)
        #expect(Set(ConductBehaviour.all).count == ConductBehaviour.all.count)
    }

    @Test func raceCoversCountryOfOriginAndAccent_policyDefinition() {
        let label = ProtectedCharacteristic.race.label
        for part in ["colour", "nationality", "ethnic or national origin", "country of origin", "accent"] {
            #expect(label.contains(part))
        }
    }

    @Test func orderedFollowsTheDisplayOrder() {
        let set: Set<ConductBehaviour> = [.ralliesOthers, .derogatoryProtectedCharacteristic(.sex), .physicalViolenceOrUnwantedContact,
                                          .derogatoryProtectedCharacteristic(.age)]
        #expect(ConductBehaviour.ordered(set) == [.physicalViolenceOrUnwantedContact, .derogatoryProtectedCharacteristic(.age),
                                                  .derogatoryProtectedCharacteristic(.sex), .ralliesOthers])
    }
}
