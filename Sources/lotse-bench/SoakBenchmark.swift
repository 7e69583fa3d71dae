import ArgumentParser
import Foundation
import NIOCore
import NIOPosix

/// `lotse-bench soak`: a daemon under a long, mixed day — walking sessions that come and go,
/// a reload every 10 s (`--reload-seconds`), a client that never reads, a slow-loris — with
/// its resident memory and open files sampled every 10 s. After the warm-up the slopes should
/// be flat.
struct SoakBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak",
        abstract: "Run a daemon for --minutes under churn, reloads and hostile clients; print RSS and open files and their slope."
    )

    @Option(help: "How long the soak runs.")
    var minutes = 30.0

    @Option(help: "Walking sessions at once.")
    var sessions = 200

    @Option(help: "Pause between a session's turns, in milliseconds (a person's pace, not a load test).")
    var thinkMilliseconds = 100

    @Option(help: "Seconds between two SIGHUP reloads.")
    var reloadSeconds = 10

    @Option(
        help: ArgumentHelp(
            "Answer the place question with this town (repeat it: the sessions take the towns in turn).", valueName: "town"))
    var place: [String] = []

    @OptionGroup var daemonOptions: DaemonOptions

    func run() async throws {
        let daemon = try daemonOptions.start()
        defer { daemon.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let end = start + .seconds(minutes * 60)
        let port = daemon.port
        let think = Duration.milliseconds(thinkMilliseconds)
        let pid = daemon.process.processIdentifier
        let reload = Duration.seconds(reloadSeconds)
        print(
            "soak: \(sessions) sessions, a reload every \(reloadSeconds) s, one client that never reads, one slow-loris, for \(minutes) min"
        )
        var samples: [(minutes: Double, rssKiB: Int, files: Int)] = []
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<sessions {
                let answers = AutoAnswer(choice: index % 7 + 1, place: place.isEmpty ? nil : place[index % place.count])
                group.addTask { await Self.churn(port: port, answers: answers, think: think, until: end) }
            }
            group.addTask { try await Self.neverReads(port: port, until: end) }
            group.addTask { try await Self.slowLoris(port: port, until: end) }
            group.addTask {
                while clock.now < end {
                    try await Task.sleep(for: reload)
                    kill(pid, SIGHUP)
                }
            }
            // The last sample comes 10 s before the end, while every client is still there.
            while clock.now + .seconds(10) < end {
                try await Task.sleep(for: .seconds(10))
                let elapsed = (clock.now - start).components
                let sample = (
                    minutes: (Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18) / 60,
                    rssKiB: ProcessStats.residentKiB(pid), files: Self.openFiles(pid)
                )
                samples.append(sample)
                print(String(format: "  %6.2f min  RSS %7d KiB  open files %5d", sample.minutes, sample.rssKiB, sample.files))
            }
            group.cancelAll()
        }
        let settled = samples.dropFirst(samples.count / 5)  // the first fifth is warm-up
        print(
            String(
                format: "after warm-up: RSS %+.1f KiB/min, open files %+.2f/min (%d samples)",
                Self.slope(settled.map { ($0.minutes, Double($0.rssKiB)) }),
                Self.slope(settled.map { ($0.minutes, Double($0.files)) }), settled.count))
    }

    /// A session that walks for 5 to 30 s at a person's pace, closes, and comes again.
    static func churn(port: Int, answers: AutoAnswer, think: Duration, until end: ContinuousClock.Instant) async {
        let clock = ContinuousClock()
        while clock.now < end, !Task.isCancelled {
            let stay = min(end, clock.now + .seconds(Int.random(in: 5...30)))
            do {
                let connection = try await BenchConnection.connect(host: "127.0.0.1", port: port)
                try await connection.executeThenClose { inbound, outbound in
                    var turns = inbound.makeAsyncIterator()
                    guard var turn = try await turns.next() else { return }
                    while clock.now < stay {
                        try await Task.sleep(for: think)
                        try await outbound.write(ByteBuffer(string: (answers.reply(to: turn) ?? "/restart") + "\n"))
                        guard let next = try await turns.next() else { return }
                        turn = next
                    }
                }
            } catch {
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Writes `/help` lines as fast as the daemon takes them and never reads an answer.
    static func neverReads(port: Int, until end: ContinuousClock.Instant) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: false)
            .connect(host: "127.0.0.1", port: port).get()
        let batch = ByteBuffer(string: String(repeating: "/help\n", count: 1000))
        while ContinuousClock.now < end, !Task.isCancelled, channel.isActive {
            try? await channel.writeAndFlush(batch).get()
            try await Task.sleep(for: .milliseconds(50))
        }
        try? await channel.close()
    }

    /// Sends a byte a second and never ends its line.
    static func slowLoris(port: Int, until end: ContinuousClock.Instant) async throws {
        while ContinuousClock.now < end, !Task.isCancelled {
            guard
                let channel = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port).get()
            else { return }
            while channel.isActive, ContinuousClock.now < end, !Task.isCancelled {
                try? await channel.writeAndFlush(ByteBuffer(string: "x")).get()
                try await Task.sleep(for: .seconds(1))
            }
            try? await channel.close()
        }
    }

    /// The daemon's open file descriptors.
    static func openFiles(_ pid: Int32) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? 0
    }

    /// The least-squares slope of `points` (per minute).
    static func slope(_ points: [(Double, Double)]) -> Double {
        guard points.count > 1 else { return 0 }
        let n = Double(points.count)
        let meanX = points.map(\.0).reduce(0, +) / n
        let meanY = points.map(\.1).reduce(0, +) / n
        let covariance = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
        let variance = points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
        return variance == 0 ? 0 : covariance / variance
    }
}
