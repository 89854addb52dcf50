import ArgumentParser

/// `tapline bench …`: measured figures (p50/p99, memory) for the closing notes, never pass/fail.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: print timings, not verdicts.",
        subcommands: [BenchRenderCommand.self, BenchLookupCommand.self, BenchLoadCommand.self, BenchLoadWorkerCommand.self]
    )
}
