import TaplineDomain

/// SQLite's call records, through the contacts' repository and the audit log.
extension AppDatabase: CallRecordsStore {
    public func recordCall(_ call: Interaction, on accountNumber: String?) throws {
        try interactions.recordCall(call, on: accountNumber)
    }

    public func calls(_ search: CallSearch) throws -> [CallRecord] {
        try interactions.calls(search)
    }

    public func callActivity(on accountNumber: String, by agent: String, since start: LocalDateTime) throws -> [String] {
        CallActivity.done(from: try audit.entries(forAccount: accountNumber, limit: 500), by: agent, on: accountNumber, since: start)
    }
}
