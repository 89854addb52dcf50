import TaplineDomain

/// Writing a complaint letter and recording that the customer was told what it says.
///
/// Both letters state every matter of Charter 3.1(a)–(e), so once one is written the complaint
/// records that the customer was informed of them all (3.1(f)), in the same piece of work.
public enum ComplaintLetterWork {
    /// The letter written and the complaint as saved afterwards.
    public struct Outcome: Sendable {
        public let path: String
        public let complaint: Complaint
    }

    static func write(_ letter: ComplaintLetterKind, for complaint: Complaint, at now: LocalDateTime, by agent: String, role: Role,
                      services: Services) throws -> Outcome {
        let port = try services.port((any ComplaintsPort).self)
        let path = try port.writeLetter(letter, for: complaint, date: now.date)
        let recorded = try complaint.writingLetter(letter, at: now, by: agent)
        return Outcome(path: path, complaint: try port.save(recorded, role: role))
    }

    /// "teamLeader": the name training scenarios give a level (`TraineeAction.escalatedComplaint`).
    static func trainingName(_ level: EscalationLevel) -> String { String(describing: level) }
}
