import Foundation
import TaplineDomain

/// One kind of save an agent makes on a call, as `tapline bench load` makes them.
enum LoadSaveKind: String, Codable, CaseIterable, Sendable {
    case note, complaint, plan, incident
}

/// One line a load worker prints on its standard output, as JSON: ready to start, or the
/// outcome of one save.
///
/// An acknowledged save carries the record exactly as the store returned it, so the parent
/// can compare it with what the store holds afterwards; a refused one carries the reason and
/// whether the store was busy (SQLite's lock held past the busy timeout).
struct LoadLine: Codable, Sendable {
    enum Event: String, Codable, Sendable { case ready, saved, refused }

    var event: Event
    var worker: Int
    var kind: LoadSaveKind?
    /// The complaint, plan or incident number; nil for a note, which has none.
    var number: String?
    /// How long the save took, in seconds.
    var seconds: Double?
    var note: Note?
    var complaint: Complaint?
    var plan: PaymentPlan?
    var incident: ConductIncident?
    /// Why a save was refused.
    var reason: String?
    var busy: Bool?

    static func ready(worker: Int) -> LoadLine { LoadLine(event: .ready, worker: worker) }

    /// The line as one line of JSON.
    func encoded() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    static func decode(_ line: String) throws -> LoadLine {
        try JSONDecoder().decode(LoadLine.self, from: Data(line.utf8))
    }
}
