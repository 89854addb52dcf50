import TaplineDomain

extension AppDatabase: AuditStore {
    public func verifyAuditTrail() throws -> AuditVerification { try audit.verify() }

    public func appendBenchmarkAuditEntries(_ count: Int, start: LocalDateTime, progress: (Int) -> Void) throws {
        try audit.appendBenchmarkEntries(count, start: start, progress: progress)
    }
}
