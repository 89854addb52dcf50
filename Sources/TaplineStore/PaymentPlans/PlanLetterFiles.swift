import Foundation
import TaplineDomain

/// Writes a payment plan's written confirmation (Charter 5.4(e), 5.5(b)) as a Markdown file.
///
/// The words come from the domain (`PlanLetters.confirmation`: how calculated, the period,
/// the amount each period, every dated instalment); this adds the customer's name and postal
/// address from the account. Files are private (0600 in a 0700 folder: letters hold personal
/// information) and never overwritten: a second letter for the same plan on the same day
/// gets "-2", "-3"…, so every letter sent stays on record. In demo mode (`training`) every
/// letter is marked TRAINING in its text and file name (`TrainingLetter`).
public struct PlanLetterFiles: Sendable {
    let accounts: any AccountStandingReading
    public let folder: URL
    public let contact: ComplaintLetters.Contact
    /// Demo mode: mark every letter TRAINING.
    public let training: Bool

    public init(_ accounts: any AccountStandingReading, folder: URL, contact: ComplaintLetters.Contact = .westernWater, training: Bool = false) {
        self.accounts = accounts
        self.folder = folder
        self.contact = contact
        self.training = training
    }

    /// Writes the confirmation of `plan`, dated `date`; returns the file written.
    public func writeConfirmation(for plan: PaymentPlan, date: CivilDate) throws -> URL {
        guard let addressee = try accounts.standing(ofAccount: plan.accountNumber)?.letterAddressee else {
            throw StoreError.accountNotFound(plan.accountNumber)
        }
        let text = try PlanLetters.confirmation(for: plan, customerName: addressee.name, addressLines: addressee.lines,
                                                contact: contact, date: date)
        let name = "\(plan.id)-confirmation-\(date.iso)"
        return training ? try write(TrainingLetter.marked(text), name: TrainingLetter.fileName(name)) : try write(text, name: name)
    }

    /// Writes `text` as `name`.md, never over a letter already written (see the type's comment).
    func write(_ text: String, name: String) throws -> URL {
        let manager = FileManager.default
        if !manager.fileExists(atPath: folder.path) {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw PlanRefusal("the letter could not be written: cannot create the folder \(folder.path)")
            }
        }
        var attempt = 1
        while true {
            let url = folder.appendingPathComponent(attempt == 1 ? "\(name).md" : "\(name)-\(attempt).md")
            // O_EXCL: never overwrite a letter already written, even one another console just wrote.
            let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { attempt += 1; continue }
                throw PlanRefusal("the letter could not be written to \(url.path): \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw PlanRefusal("the letter could not be written to \(url.path): \(error.localizedDescription)")
            }
            return url
        }
    }
}
