import ArgumentParser
import Foundation
import LotseTestSupport

/// A `lotsed` started by the benchmark on a free loopback port (by the launcher the tests
/// use), whose CPU time and resident memory the benchmark reads from /proc.
final class Daemon {
    private let launched: LotsedProcess
    let port: Int

    /// Starts the `lotsed` next to this executable with `arguments` and waits for its
    /// "listening on HOST:PORT" line.
    init(arguments: [String]) throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("lotsed")
        launched = try LotsedProcess(["--port", "0"] + arguments, executable: executable.path, keepingLog: false)
        port = try launched.waitForPort()
    }

    /// The daemon's process.
    var process: Process { launched.process }

    /// The CPU time the daemon has used.
    func cpuTime() -> CPUTime { ProcessStats.cpuTime(process.processIdentifier) }

    /// The daemon's resident memory in KiB.
    func residentKiB() -> Int { ProcessStats.residentKiB(process.processIdentifier) }

    func stop() {
        launched.stop()
    }
}

/// `--dialogs`, and starting the daemon with them, as the benchmarks that start one share.
struct DaemonOptions: ParsableArguments {
    @Option(help: "The Dialogs the started daemon serves.")
    var dialogs = "Dialogs"

    @Flag(help: "Start the daemon with --metrics on a free port (to measure what the counters cost).")
    var withMetrics = false

    @Flag(help: "Start the daemon with --stats in a temporary file (to measure what the daily counts cost).")
    var withStats = false

    /// Starts `lotsed` with limits wide enough that the benchmark measures the daemon, not its guards.
    func start() throws -> Daemon {
        var arguments = [
            "--dialogs", dialogs, "--max-sessions", "20000", "--max-per-address", "20000", "--max-lines-per-second", "1000000",
        ]
        if withMetrics { arguments += ["--metrics", "0"] }
        if withStats {
            arguments += [
                "--stats", FileManager.default.temporaryDirectory.appendingPathComponent("lotse-bench-\(UUID().uuidString).sqlite").path,
            ]
        }
        return try Daemon(arguments: arguments)
    }
}

/// CPU time a process has used, in seconds: in its own code (user) and in the kernel on its
/// behalf (system: for a server mostly the socket calls).
struct CPUTime {
    var user = 0.0
    var system = 0.0
    var total: Double { user + system }

    static func - (after: CPUTime, before: CPUTime) -> CPUTime {
        CPUTime(user: after.user - before.user, system: after.system - before.system)
    }
}

/// CPU time and resident memory of a process, from /proc.
enum ProcessStats {
    /// User and system CPU time; zero if the process is gone.
    static func cpuTime(_ pid: Int32) -> CPUTime {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
            return CPUTime()
        }
        // After "(command)": state, then utime and stime are the 12th and 13th fields.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        let tick = Double(sysconf(Int32(_SC_CLK_TCK)))
        return CPUTime(user: (Double(fields[11]) ?? 0) / tick, system: (Double(fields[12]) ?? 0) / tick)
    }

    /// Resident memory (VmRSS) in KiB.
    static func residentKiB(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
