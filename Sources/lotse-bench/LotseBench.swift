import ArgumentParser

/// `lotse-bench`: measures Lotse's speed and memory and prints figures a person can compare.
/// Timings are measured here, never asserted in tests.
@main
struct LotseBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lotse-bench",
        abstract: "Measure Lotse: the engine's turn time and load time (build with -c release).",
        subcommands: [EngineBenchmark.self]
    )
}
