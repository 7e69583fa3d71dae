import ArgumentParser
import Foundation
import LotseServer

/// `lotse-bench idle`: holds K idle sessions and prints the daemon's resident memory per session.
struct IdleBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idle",
        abstract: "Hold K idle sessions open against a started lotsed and print its memory per session."
    )

    @Option(help: "Idle sessions to hold.")
    var connections = 10_000

    @OptionGroup var daemonOptions: DaemonOptions

    func run() async throws {
        OpenFileLimit.raiseToMaximum()  // one socket per session here too
        let daemon = try daemonOptions.start()
        defer { daemon.stop() }
        await withTaskGroup(of: [String]?.self) { group in
            // One session first, so what is measured is the sessions, not the daemon's start-up.
            var before = 0
            guard await HeldSessions.open(connections + 1, port: daemon.port, in: &group, afterFirst: { before = daemon.residentKiB() })
            else { return group.cancelAll() }
            try? await Task.sleep(for: .seconds(1))
            let after = daemon.residentKiB()
            print(
                "idle: \(connections) sessions held; daemon resident memory \(before) KiB → \(after) KiB, "
                    + String(format: "%.1f KiB per session", Double(after - before) / Double(connections)))
            group.cancelAll()
        }
    }
}
