extension ConductIncident {
    /// `applying(_:at:by:)` for a signed-in user: checks `ConductPermissions` first.
    ///
    /// What screens and CLI commands call, so no front end can skip the role check.
    public func applying(_ step: ConductStep, at time: LocalDateTime, by user: String, role: Role) throws(ConductRefusal) -> ConductIncident {
        try ConductPermissions.check(step, on: self, user: user, role: role)
        return try applying(step, at: time, by: user)
    }
}
