import Foundation
import TaplineDomain

/// Writes a complaint's acknowledgement or response letter as a Markdown file in a folder.
///
/// The letter's words come from the domain (`ComplaintLetters`, which states Charter
/// 3.1(a)–(e) as 3.1(f) requires); this adds the customer's name and postal address from the
/// account, and keeps the file private (mode 0600 in a 0700 folder: letters hold personal
/// information). A file is never overwritten: a second letter of the same kind on the same
/// day gets "-2", "-3"…, so every letter sent stays on record.
public struct ComplaintLetterFiles: Sendable {
    let accounts: any AccountStandingReading
    let calendar: BusinessCalendar
    public let folder: URL
    public let contact: ComplaintLetters.Contact
    /// Demo mode: every letter is marked TRAINING in its text and file name (`TrainingLetter`).
    public let training: Bool

    public init(_ accounts: any AccountStandingReading, folder: URL, calendar: BusinessCalendar,
                contact: ComplaintLetters.Contact = .westernWater, training: Bool = false) {
        self.accounts = accounts
        self.folder = folder
        self.calendar = calendar
        self.contact = contact
        self.training = training
    }

    /// Writes the letter acknowledging `complaint`, dated `date`; returns the file written.
    public func writeAcknowledgement(for complaint: Complaint, date: CivilDate) throws -> URL {
        let (name, address) = try recipient(of: complaint)
        let text = try ComplaintLetters.acknowledgement(for: complaint, customerName: name, addressLines: address,
                                                        contact: contact, date: date, calendar: calendar)
        return try write(text, name: "\(complaint.id)-acknowledgement-\(date.iso)")
    }

    /// Writes the letter giving the latest decision on `complaint`, dated `date`; returns the file written.
    public func writeResponse(for complaint: Complaint, date: CivilDate) throws -> URL {
        let (name, address) = try recipient(of: complaint)
        let text = try ComplaintLetters.response(for: complaint, customerName: name, addressLines: address,
                                                 contact: contact, date: date, calendar: calendar)
        return try write(text, name: "\(complaint.id)-response-\(date.iso)")
    }

    /// The primary customer's name and the account's postal address, one line each.
    private func recipient(of complaint: Complaint) throws -> (String, [String]) {
        guard let standing = try accounts.standing(ofAccount: complaint.accountNumber) else {
            throw StoreError.accountNotFound(complaint.accountNumber)
        }
        return standing.letterAddressee
    }

    private func write(_ letter: String, name plainName: String) throws -> URL {
        let text = training ? TrainingLetter.marked(letter) : letter
        let name = training ? TrainingLetter.fileName(plainName) : plainName
        let manager = FileManager.default
        if !manager.fileExists(atPath: folder.path) {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw ComplaintStoreError.cannotWriteLetter(path: folder.path, reason: "cannot create the folder")
            }
        }
        var attempt = 1
        while true {
            let url = folder.appendingPathComponent(attempt == 1 ? "\(name).md" : "\(name)-\(attempt).md")
            // O_EXCL: never overwrite a letter already written, even one another console just wrote.
            let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { attempt += 1; continue }
                throw ComplaintStoreError.cannotWriteLetter(path: url.path, reason: String(cString: strerror(errno)))
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw ComplaintStoreError.cannotWriteLetter(path: url.path, reason: "\(error.localizedDescription)")
            }
            return url
        }
    }
}
