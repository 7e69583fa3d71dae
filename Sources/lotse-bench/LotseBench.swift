import ArgumentParser

/// `lotse-bench`: measures Lotse's speed and memory and prints figures a person can compare.
/// Timings are measured here, never asserted in tests.
@main
struct LotseBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lotse-bench",
        abstract: "Measure Lotse: engine turns, loading, and the daemon under load (build with -c release).",
        subcommands: [
            EngineBenchmark.self, LoadBenchmark.self, IdleBenchmark.self, ShutdownBenchmark.self, SoakBenchmark.self,
            FloorServer.self, NationCommand.self,
        ]
    )
}
