import TaplineDomain

/// The SQLite store's complaints register, through the GRDB repository (`ComplaintRepository`).
extension AppDatabase: ComplaintsStore {
    public func logComplaint(_ complaint: Complaint, calendar: BusinessCalendar) throws -> Complaint {
        try complaints(calendar: calendar).log(complaint)
    }

    public func saveComplaint(_ complaint: Complaint, role: Role, calendar: BusinessCalendar) throws -> Complaint {
        try complaints(calendar: calendar).save(complaint, role: role)
    }

    public func complaint(number: String) throws -> Complaint? { try register.complaint(number) }

    public func complaints(_ filter: ComplaintListFilter) throws -> [Complaint] { try register.list(filter) }

    public func complaintQueue(_ query: ComplaintQueueQuery) throws -> ComplaintQueuePage { try register.queue(query) }

    public func complaintReplyFigures(today: CivilDate, owner: String?) throws -> ComplaintReplyFigures {
        try register.replyFigures(today: today, owner: owner)
    }

    public func complaintDisputes(_ query: DisputeQueueQuery) throws -> DisputeQueuePage { try register.disputes(query) }

    public func amountOwed(onAccount accountNumber: String) throws -> Money { try register.amountOwed(onAccount: accountNumber) }

    public func complaintResponder(user: String, role: Role) throws -> ComplaintResponder {
        try register.responder(user: user, role: role)
    }

    public func setComplaintDecider(_ user: String, name: String, level: EscalationLevel?, by actor: String,
                                    at time: LocalDateTime) throws {
        try users.requireSupervisor(actor, toDo: "name who decides complaints (3.1(d)(1))", at: time)
        try register.setDecider(user, name: name, level: level, by: actor, at: time)
    }

    public func complaintDeciders() throws -> [ComplaintResponder] { try register.deciders() }

    public func complaintAssignees() throws -> [String] {
        try users.users().filter { $0.role != .trainer }.map(\.name).sorted()
    }

    public func complaintFlags(forAccount accountNumber: String) throws -> [AccountFlag] {
        try flags(forAccount: accountNumber, from: AccountFlagSources.complaints)
    }

    /// The register for reads and deciders, where no business days are counted.
    private var register: ComplaintRepository { complaints(calendar: .victoria) }
}
