import Foundation
import TaplineDomain

extension PlanLetterFiles {
    /// Writes the written confirmation of a payment arrangement (Charter 5.5(b)) dated `date`,
    /// as the plan letters are (private, never overwritten, TRAINING in demo mode); returns the
    /// file and the text written, which the screen shows at once.
    public func writeConfirmation(for arrangement: PaymentArrangement, accountNumber: String,
                                  date: CivilDate) throws -> (url: URL, text: String) {
        guard let addressee = try accounts.standing(ofAccount: accountNumber)?.letterAddressee else {
            throw StoreError.accountNotFound(accountNumber)
        }
        var text = try ArrangementLetters.confirmation(for: arrangement, accountNumber: accountNumber, customerName: addressee.name,
                                                       addressLines: addressee.lines, contact: contact, date: date)
        let kind = arrangement.kindName.replacingOccurrences(of: " ", with: "-")
        var name = "\(accountNumber)-\(kind)-confirmation-\(date.iso)"
        if training {
            text = TrainingLetter.marked(text)
            name = TrainingLetter.fileName(name)
        }
        return (try write(text, name: name), text)
    }
}
