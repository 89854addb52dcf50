import TaplineDomain

/// What the meter screens need from the store (Charter 4.3, 11.1, 4.8, 14.8; issue 13 item 7).
///
/// Saves are refused with `ChangedSinceRead` when the account is no longer at `readVersion`,
/// and with the rule broken when a request breaks `MeterRules`; nothing is half-saved.
public protocol MeterPort: Sendable {
    /// The utility's prices and meter fees (configuration's `[tariff]`).
    var tariff: Tariff { get }
    /// The account with its bills and payments, without recording a view; nil when there is none.
    func detail(_ accountNumber: String) throws -> AccountDetail?
    /// The account's meter and billing-record requests, newest first.
    func requests(_ accountNumber: String) throws -> [MeterRequest]
    /// Records a new request on the account read at `readVersion`; returns the account as saved.
    func record(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                by user: String, at time: LocalDateTime) throws -> Account
    /// Records a meter test's outcome; returns the account as saved.
    func recordOutcome(_ outcome: MeterTestOutcome, ofRequest id: Int64, on accountNumber: String, readVersion: Int,
                       by user: String, at time: LocalDateTime) throws -> Account
    /// Writes the customer's billing history as a file under the data folder; returns its path.
    func writeHistory(_ history: BillingHistory) throws -> String
}
