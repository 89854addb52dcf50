import Foundation
import Testing
@testable import TaplineDomain

@Suite("Contact restrictions")
struct ConductContactRestrictionTests {
    static let start = ConductFixture.date("2026-01-31")

    struct LengthRow: Sendable, CustomTestStringConvertible {
        let review: String
        let accepted: Bool
        let warns: Bool
        var testDescription: String { "review \(review)" }
    }

    static let lengths: [LengthRow] = [
        LengthRow(review: "2026-01-31", accepted: false, warns: false),  // same day
        LengthRow(review: "2026-01-30", accepted: false, warns: false),  // before the start
        LengthRow(review: "2026-02-27", accepted: false, warns: false),  // a day short of 1 month
        LengthRow(review: "2026-02-28", accepted: true, warns: true),    // 1 month (31 Jan + 1 month clamps)
        LengthRow(review: "2026-07-30", accepted: true, warns: true),    // a day short of 6 months
        LengthRow(review: "2026-07-31", accepted: true, warns: false),   // 6 months
        LengthRow(review: "2027-01-31", accepted: true, warns: false),   // 12 months
        LengthRow(review: "2027-02-01", accepted: true, warns: true),    // a day over 12 months
        LengthRow(review: "2028-01-31", accepted: true, warns: true),    // 24 months
        LengthRow(review: "2028-02-01", accepted: false, warns: false),  // a day over 24 months
    ]

    @Test("review date is 1 to 24 months after the start, usually 6 to 12", arguments: lengths)
    func reviewDateRange(row: LengthRow) throws {
        let review = ConductFixture.date(row.review)
        let result = Result { () throws(ConductRefusal) in
            try ContactRestriction(kinds: [.writtenContactOnly], startDate: Self.start, reviewDate: review)
        }
        switch result {
        case .success(let restriction):
            #expect(row.accepted)
            #expect((restriction.lengthWarning != nil) == row.warns)
        case .failure(let refusal):
            #expect(!row.accepted)
            #expect(refusal == .restrictionReviewDateOutOfRange(start: Self.start, review: review))
        }
    }

    @Test func needsAtLeastOneKindAndNamedDetails() throws {
        let review = ConductFixture.date("2026-07-31")
        #expect(throws: ConductRefusal.restrictionNeedsAKind) { try ContactRestriction(kinds: [], startDate: Self.start, reviewDate: review) }
        #expect(throws: ConductRefusal.restrictionPointOfContactNameRequired) {
            try ContactRestriction(kinds: [.singleNamedPointOfContact(" ")], startDate: Self.start, reviewDate: review)
        }
        #expect(throws: ConductRefusal.restrictionCallTimesRequired) {
            try ContactRestriction(kinds: [.setCallTimes("")], startDate: Self.start, reviewDate: review)
        }
    }

    @Test func kindsAreTrimmedAndOrdered() throws {
        let restriction = try ContactRestriction(
            kinds: [.setCallTimes(" Tue 10-11 "), .noLoneStaffVisits, .singleNamedPointOfContact(" Jo Lee "), .writtenContactOnly],
            startDate: Self.start, reviewDate: ConductFixture.date("2026-07-31")
        )
        #expect(restriction.orderedKinds == [.writtenContactOnly, .singleNamedPointOfContact("Jo Lee"), .noLoneStaffVisits, .setCallTimes("Tue 10-11")])
    }

    @Test("active from the start through the review date", arguments: [
        ("2026-01-30", false), ("2026-01-31", true), ("2026-05-15", true), ("2026-07-31", true), ("2026-08-01", false),
    ])
    func activeAroundTheReviewDate(day: String, active: Bool) throws {
        let restriction = try ContactRestriction(kinds: [.noLoneStaffVisits], startDate: Self.start, reviewDate: ConductFixture.date("2026-07-31"))
        #expect(restriction.isActive(on: ConductFixture.date(day)) == active)
        #expect(restriction.customerMayRequestReview(on: ConductFixture.date(day)) == active)
    }

    @Test func roundTripsThroughJSON() throws {
        let restriction = try ContactRestriction(
            kinds: [.singleNamedPointOfContact("Jo Lee"), .setCallTimes("Tue 10-11")],
            startDate: Self.start, reviewDate: ConductFixture.date("2026-07-31")
        )
        let data = try JSONEncoder().encode(restriction)
        #expect(try JSONDecoder().decode(ContactRestriction.self, from: data) == restriction)
    }
}
