extension Complaint {
    /// The change a copy of this (stored) complaint missed: the first timeline entry past what
    /// the two share, with who recorded it and when (issue 12 item 3). Both stores refuse a
    /// stale save with it, so the agent is told whose change they would have overwritten.
    public func changeMissed(by copy: Complaint) -> ChangedSinceRead {
        let shared = zip(copy.timeline, timeline).prefix { $0 == $1 }.count
        let missed = timeline[min(shared, timeline.count - 1)]
        return ChangedSinceRead(record: id, by: missed.agent, at: missed.at, change: missed.summary)
    }
}
