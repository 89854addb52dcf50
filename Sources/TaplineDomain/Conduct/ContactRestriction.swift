/// A limit on how a person may contact the utility, decided by a supervisor after an incident.
///
/// The conduct policy promises "a fair and consistent response" to unacceptable behaviour, so
/// a restriction is never open-ended: it has a review date, the customer is told how to ask
/// for an earlier review, and any request they make is recorded here.
///
/// Length (decision, documented for the lead): typically 6 to 12 months. A review date less
/// than 1 month or more than 24 months after the start is refused; anything from 1 to 24
/// months is accepted, with `lengthWarning` set when it falls outside 6 to 12 months.
public struct ContactRestriction: Hashable, Sendable, Codable {
    /// One way contact is restricted.
    public enum Kind: Hashable, Sendable, Codable {
        /// Letters and email only (emergencies may still be phoned through).
        case writtenContactOnly
        /// All contact goes through one named member of staff.
        case singleNamedPointOfContact(String)
        /// Staff never visit alone.
        case noLoneStaffVisits
        /// Calls only at agreed times, described in words ("Tuesdays 10–11 am").
        case setCallTimes(String)

        /// Short words for a banner or a table: "written contact only".
        public var label: String {
            switch self {
            case .writtenContactOnly: "written contact only"
            case .singleNamedPointOfContact(let name): "single point of contact: \(name)"
            case .noLoneStaffVisits: "no lone staff visits"
            case .setCallTimes(let times): "set call times: \(times)"
            }
        }

        /// Words addressed to the customer, for the restriction notice.
        public var customerWording: String {
            switch self {
            case .writtenContactOnly:
                "Please contact us in writing only, by letter or email. We will not take phone calls or visits from you about your account."
            case .singleNamedPointOfContact(let name):
                "All your contact with us will be handled by one named person: \(name)."
            case .noLoneStaffVisits:
                "Our staff will not visit you alone; any visit to your property will be made by at least two people."
            case .setCallTimes(let times):
                "We will speak with you by phone only at these set times: \(times)."
            }
        }

        fileprivate var order: Int {
            switch self {
            case .writtenContactOnly: 0
            case .singleNamedPointOfContact: 1
            case .noLoneStaffVisits: 2
            case .setCallTimes: 3
            }
        }
    }

    public static let shortestMonths = 1
    public static let longestMonths = 24
    public static let typicalMonths = 6...12

    public let kinds: Set<Kind>
    /// First day the restriction applies.
    public let startDate: CivilDate
    /// The day it is reviewed; it applies up to and including this day.
    public let reviewDate: CivilDate
    /// Days on which the customer asked for the restriction to be reviewed, oldest first.
    public private(set) var customerReviewRequests: [CivilDate]

    /// Creates a restriction, refusing empty kinds, blank names or times, and review dates
    /// outside 1 to 24 months after the start.
    public init(kinds: Set<Kind>, startDate: CivilDate, reviewDate: CivilDate) throws(ConductRefusal) {
        guard !kinds.isEmpty else { throw .restrictionNeedsAKind }
        var cleaned: Set<Kind> = []
        for kind in kinds {
            switch kind {
            case .singleNamedPointOfContact(let name):
                let trimmed = name.trimmingCharactersWhitespace()
                guard !trimmed.isEmpty else { throw .restrictionPointOfContactNameRequired }
                cleaned.insert(.singleNamedPointOfContact(trimmed))
            case .setCallTimes(let times):
                let trimmed = times.trimmingCharactersWhitespace()
                guard !trimmed.isEmpty else { throw .restrictionCallTimesRequired }
                cleaned.insert(.setCallTimes(trimmed))
            case .writtenContactOnly, .noLoneStaffVisits:
                cleaned.insert(kind)
            }
        }
        guard reviewDate >= startDate.adding(months: Self.shortestMonths),
              reviewDate <= startDate.adding(months: Self.longestMonths) else {
            throw .restrictionReviewDateOutOfRange(start: startDate, review: reviewDate)
        }
        self.kinds = cleaned
        self.startDate = startDate
        self.reviewDate = reviewDate
        self.customerReviewRequests = []
    }

    /// The kinds in a fixed order, for banners and letters.
    public var orderedKinds: [Kind] {
        kinds.sorted { ($0.order, $0.label) < ($1.order, $1.label) }
    }

    /// Whether the restriction applies on a day: from the start date through the review date.
    ///
    /// Banners show until the review date (inclusive, so staff still see it on the day it is
    /// reviewed); from the next day it has lapsed unless a supervisor decided a new one.
    public func isActive(on day: CivilDate) -> Bool { startDate <= day && day <= reviewDate }

    /// Whether the customer has asked for a review: the restriction is then due now, whatever
    /// its date (`RestrictionsDueForReview`); the stores keep it beside the dates as `restriction_review_asked`.
    public var customerAskedForReview: Bool { !customerReviewRequests.isEmpty }

    /// A customer may ask for a review on any day the restriction applies.
    public func customerMayRequestReview(on day: CivilDate) -> Bool { isActive(on: day) }

    /// Advice when the length is allowed but unusual (outside 6 to 12 months); nil otherwise.
    public var lengthWarning: String? {
        let shortest = startDate.adding(months: Self.typicalMonths.lowerBound)
        let longest = startDate.adding(months: Self.typicalMonths.upperBound)
        guard reviewDate < shortest || reviewDate > longest else { return nil }
        return "Restrictions usually run 6 to 12 months; this one is reviewed on \(reviewDate.display). Check the reasons justify it."
    }

    /// Records a customer's request for a review; the caller checks it is allowed.
    mutating func recordCustomerReviewRequest(on day: CivilDate) {
        customerReviewRequests.append(day)
    }
}
