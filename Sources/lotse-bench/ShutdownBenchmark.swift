import ArgumentParser
import Foundation
import LotseServer

/// `lotse-bench shutdown`: holds K sessions, sends the daemon SIGTERM, and prints how long it
/// took to exit and how many sessions got `BYE shutdown`.
struct ShutdownBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shutdown",
        abstract: "Hold K sessions, stop the started lotsed with SIGTERM, and time its graceful shutdown."
    )

    @Option(help: "Sessions open when the daemon is stopped.")
    var connections = 900

    @OptionGroup var daemonOptions: DaemonOptions

    func run() async throws {
        OpenFileLimit.raiseToMaximum()  // one socket per session here too
        let daemon = try daemonOptions.start()
        defer { daemon.stop() }
        let clock = ContinuousClock()
        await withTaskGroup(of: [String]?.self) { group in
            guard await HeldSessions.open(connections, port: daemon.port, in: &group) else { return group.cancelAll() }
            let stopped = clock.now
            daemon.process.terminate()
            while daemon.process.isRunning { try? await Task.sleep(for: .milliseconds(1)) }
            let took = clock.now - stopped
            var byes = 0
            for await turn in group where turn == ["BYE shutdown"] { byes += 1 }
            print(
                "shutdown: \(connections) sessions; SIGTERM → exit status \(daemon.process.terminationStatus) after "
                    + "\(Statistics.Unit.milliseconds.format(took)); BYE shutdown received by \(byes)")
        }
    }
}
