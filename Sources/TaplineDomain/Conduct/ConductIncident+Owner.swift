/// Whose incident it is to carry on with (issue 12 item 4).
extension ConductIncident {
    /// The login of the last `assigned` step, else whoever raised the incident.
    public var owner: String {
        for entry in timeline.reversed() {
            if case .assigned(let to) = entry.step { return to }
        }
        return raisedBy
    }
}
