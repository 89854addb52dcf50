import TaplineDomain

/// What the meter screen and `tapline account history` need from a store: a customer's meter
/// and billing-record requests (Charter 4.3, 11.1, 4.8, 14.8; issue 13 item 7).
///
/// Both stores keep the same rules: each request is saved on the account read at
/// `readVersion` (refused with `ChangedSinceRead` when someone saved the account since), in one
/// transaction with the account's version, an audit entry in words and the balance moved by
/// what the request charged or credited (`MeterRequest.balanceChange`). A request breaking a
/// rule (`MeterRules`) is refused with `StoreError.invalidAccount`; nothing is half-saved.
public protocol MeterRequestsStore: Sendable {
    /// The account's requests, newest first.
    func meterRequests(forAccount accountNumber: String) throws -> [MeterRequest]

    /// Records a new request (a special reading, a meter test booked, a billing history made);
    /// returns the account as saved.
    func recordMeterRequest(_ request: MeterRequest, on accountNumber: String, readVersion: Int,
                            by user: String, at time: LocalDateTime) throws -> Account

    /// Records a meter test's outcome (11.1) and, reading high, the adjustment (4.8); returns
    /// the account as saved. Refused when the test already has one.
    func recordMeterTestOutcome(_ outcome: MeterTestOutcome, ofRequest id: Int64, on accountNumber: String, readVersion: Int,
                                by user: String, at time: LocalDateTime) throws -> Account
}
