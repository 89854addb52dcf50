import ArgumentParser

/// `tapline bench …`: measured figures (p50/p99, memory, saves/s) for the closing notes, never
/// pass/fail on speed; `bench load` also checks what its workers saved and exits 1 when the
/// store lost or changed an acknowledged save.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: print timings, not verdicts.",
        subcommands: [BenchRenderCommand.self, BenchLookupCommand.self, BenchLoadCommand.self, BenchLoadWorkerCommand.self, BenchAuditCommand.self,
                      BenchQueuesCommand.self]
    )
}
