import Foundation
import TaplineDomain
import TaplineStore
import TaplineUI

/// Complaints on the store (issue #4): the register and letters behind `ComplaintsPort`, the
/// account screen's `c` key and History entries, the Complaints home area and the queue in
/// the supervisor review hub.
enum ComplaintsWiring {
    /// Registers the port and the account contribution; business days are counted with `calendar`.
    static func register(into services: inout Services, store: any ComplaintsStore, calendar: BusinessCalendar = .victoria,
                         letters: LetterDestination = .real) {
        let complaints = StoreComplaints(store: store, calendar: calendar, lettersFolder: letters.folder,
                                         trainingLetters: letters.training)
        services.register(complaints, as: (any ComplaintsPort).self)
        services.add(complaints)
        services.add(homeCounts: ComplaintHomeCounts(port: complaints))
    }

    /// `c` on the account screen: log a complaint for this customer.
    static let accountAction = AccountAction(key: .character("c"), help: "log a complaint") { context in
        AnyScreen(LogComplaintScreen(context: context))
    }

    static var homeArea: HomeScreen.Area {
        HomeScreen.Area(title: "Complaints", summary: "awaiting a reply (3.1(a)); Tab: open disputes (3.2)") {
            AnyScreen(ComplaintQueueScreen())
        }
    }

    /// Each agent's own complaints awaiting a reply (issue 12 item 4): those they logged and
    /// those given to them, most urgent first.
    static var myWorkArea: HomeScreen.Area {
        HomeScreen.Area(title: "My work", summary: "complaints that are yours, most urgent first") {
            AnyScreen(ComplaintQueueScreen(scope: .mine))
        }
    }

    static var supervisorReviewItem: HomeScreen.Area {
        HomeScreen.Area(title: "Complaints by due date", summary: "overdue and due soon; Tab: open disputes (3.2)") {
            AnyScreen(ComplaintQueueScreen())
        }
    }
}

/// The store's complaints register and letter files behind the UI's `ComplaintsPort`, and the
/// complaints part of the account screen.
struct StoreComplaints: ComplaintsPort, AccountContribution {
    let store: any ComplaintsStore
    let calendar: BusinessCalendar
    /// Where letters are written (`LetterDestination`); demo mode marks them TRAINING.
    let lettersFolder: URL
    var trainingLetters = false

    func log(_ complaint: Complaint) throws -> Complaint { try reported { try store.logComplaint(complaint, calendar: calendar) } }

    func save(_ complaint: Complaint, role: Role) throws -> Complaint {
        try reported { try store.saveComplaint(complaint, role: role, calendar: calendar) }
    }

    func complaint(number: String) throws -> Complaint? { try reported { try store.complaint(number: number) } }

    func complaints(forAccount accountNumber: String) throws -> [Complaint] {
        try reported { try store.allComplaints(forAccount: accountNumber) }
    }

    func queue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage { try reported { try store.complaintQueue(query) } }

    func replyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures {
        try reported { try store.complaintReplyFigures(today: today, owner: owner) }
    }

    func assignees() throws -> [String] { try reported { try store.complaintAssignees() } }

    func deciders() throws -> [ComplaintResponder] { try reported { try store.complaintDeciders() } }

    func disputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage { try reported { try store.complaintDisputes(query) } }

    func amountOwed(onAccount accountNumber: String) throws -> Money {
        try reported { try store.amountOwed(onAccount: accountNumber) }
    }

    func responder(user: String, role: Role) throws -> ComplaintResponder {
        try reported { try store.complaintResponder(user: user, role: role) }
    }

    func writeLetter(_ letter: ComplaintLetterKind, for complaint: Complaint, date: CivilDate) throws -> String {
        let files = ComplaintLetterFiles(store, folder: lettersFolder, calendar: calendar, training: trainingLetters)
        return try reported {
            switch letter {
            case .acknowledgement: return try files.writeAcknowledgement(for: complaint, date: date).path
            case .response: return try files.writeResponse(for: complaint, date: date).path
            }
        }
    }

    func extras(for accountNumber: String, today: CivilDate) throws -> AccountExtras {
        ComplaintAccountExtras.extras(for: try store.allComplaints(forAccount: accountNumber), today: today, calendar: calendar)
    }

    /// Runs store work, turning the store's errors into messages the screens show as they are.
    private func reported<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ComplaintStoreError {
            throw ComplaintsPortError(message: error.message)
        } catch let error as StoreError {
            throw ComplaintsPortError(message: error.message)
        }
    }
}
