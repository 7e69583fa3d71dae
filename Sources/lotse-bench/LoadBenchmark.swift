import ArgumentParser
import Foundation
import LotseProtocol
import LotseServer
import LotseTestSupport
import LotseWire
import NIOCore

/// `lotse-bench load`: N sessions walk whole dialogs against a daemon for D seconds over
/// loopback; prints turns/s, latency percentiles and the daemon's CPU time per turn.
struct LoadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Walk whole dialogs with N concurrent sessions against lotsed over loopback.",
        discussion: """
            Starts lotsed (next to this executable) on a free loopback port unless --port is \
            given, so it can read the daemon's CPU time from /proc. Each session answers every \
            question and sends /restart after the end, for --seconds.
            """
    )

    @Option(help: "Concurrent sessions.")
    var sessions = 100

    @Option(help: "How long to measure, in seconds (after one second of warm-up).")
    var seconds = 10.0

    @Option(help: "Talk to a daemon already listening on 127.0.0.1:PORT (its CPU figure needs --server-pid).")
    var port: Int?

    @Option(
        help:
            "Instead of lotsed, send PING lines to a server on 127.0.0.1:PORT that answers each line with one line: redis-server (inline PING, the baseline) or `lotse-bench floor`."
    )
    var ping: Int?

    @Option(help: "Walk over the web door's WebSocket at 127.0.0.1:PORT/ws (lotsed --web) instead of TCP lines.")
    var web: Int?

    @Option(help: "With --port, --ping or --web: the server's process id, for its CPU time per round trip.")
    var serverPid: Int32?

    @Option(
        help: ArgumentHelp(
            "Answer the place question with this town (repeat it: the sessions take the towns in turn).", valueName: "town"))
    var place: [String] = []

    @Option(help: "Pause before each line, in milliseconds (0: as fast as the daemon answers).")
    var thinkMilliseconds = 0

    @Option(
        help:
            "Send SIGHUP to the daemon this many seconds into the measurement, then compare the turns sent in --reload-window after it with those sent before it, and print the latency second by second."
    )
    var reloadAt: Double?

    @Option(help: "With --reload-at: the seconds after the SIGHUP that count as the reload.")
    var reloadWindow = 2.0

    @OptionGroup var daemonOptions: DaemonOptions

    func run() async throws {
        OpenFileLimit.raiseToMaximum()  // one socket per session here too
        let daemon = try port == nil && ping == nil && web == nil ? daemonOptions.start() : nil
        defer { daemon?.stop() }
        let target = ping ?? web ?? port ?? daemon!.port
        let overWeb = web != nil
        let cpu: () -> CPUTime = { [serverPid] in daemon?.cpuTime() ?? serverPid.map(ProcessStats.cpuTime) ?? CPUTime() }
        let pings = ping != nil
        let clock = ContinuousClock()
        let warmUp = clock.now.advanced(by: .seconds(1))
        let end = warmUp.advanced(by: .milliseconds(Int(seconds * 1000)))
        let reloadPid = daemon?.process.processIdentifier ?? serverPid
        if reloadAt != nil, reloadPid == nil { throw ValidationError("--reload-at with --port needs --server-pid") }
        var cpuBefore = CPUTime()
        var clientBefore = CPUTime()
        let (places, think) = (place, Duration.milliseconds(thinkMilliseconds))
        let walks = try await withThrowingTaskGroup(of: Walked?.self) { group in
            for index in 0..<sessions {
                let answers = AutoAnswer(choice: index % 7 + 1, place: places.isEmpty ? nil : places[index % places.count])
                group.addTask {
                    overWeb
                        ? try await Self.walkOverWeb(port: target, answers: answers, think: think, from: warmUp, until: end)
                        : try await Self.walk(port: target, answers: answers, ping: pings, think: think, from: warmUp, until: end)
                }
            }
            if let reloadAt, let reloadPid {
                group.addTask {
                    try await Task.sleep(until: warmUp.advanced(by: .milliseconds(Int(reloadAt * 1000))), clock: clock)
                    kill(reloadPid, SIGHUP)
                    return nil
                }
            }
            try await Task.sleep(until: warmUp, clock: clock)
            cpuBefore = cpu()
            clientBefore = ProcessStats.cpuTime(getpid())
            var walks: [Walked] = []
            for try await walked in group { if let walked { walks.append(walked) } }
            return walks
        }
        let results = walks.flatMap(\.latencies)
        let ends = walks.reduce(0) { $0 + $1.ends }
        let used = cpu() - cpuBefore
        let client = ProcessStats.cpuTime(getpid()) - clientBefore
        let statistics = Statistics(results)
        let what = pings ? "PING round trips to 127.0.0.1:\(target)" : overWeb ? "lotsed turns over the web door" : "lotsed turns"
        print(
            "\(what): \(sessions) sessions, \(String(format: "%.0f", seconds)) s: \(results.count) round trips, "
                + String(format: "%.0f/s", Double(results.count) / seconds))
        print("  latency " + statistics.summary(unit: .microseconds))
        if !pings { print("  dialogs walked to their end: \(ends)") }
        if used.total > 0, !results.isEmpty {
            let perTrip = 1e6 / Double(results.count)
            print(
                String(
                    format: "  server CPU %.2f s, %.2f µs per round trip (user %.2f µs, system %.2f µs)", used.total,
                    used.total * perTrip, used.user * perTrip, used.system * perTrip))
        }
        if !results.isEmpty {
            // Client and server share the machine: what the client takes is not the server's.
            print(String(format: "  client CPU %.2f µs per round trip", client.total * 1e6 / Double(results.count)))
        }
        if let reloadAt { Self.printReload(walks, at: .milliseconds(Int(reloadAt * 1000)), window: reloadWindow) }
    }

    /// The turns sent before the SIGHUP against those sent in the window after it, the
    /// sessions the server closed, and the latency second by second.
    static func printReload(_ walks: [Walked], at reload: Duration, window: Double) {
        let after = reload + .milliseconds(Int(window * 1000))
        let turns = walks.flatMap { zip($0.sent, $0.latencies) }
        let steady = Statistics(turns.filter { $0.0 < reload }.map(\.1))
        let reloading = Statistics(turns.filter { $0.0 >= reload && $0.0 < after }.map(\.1))
        let unit = Statistics.Unit.milliseconds
        let (p99, p99Reload) = (steady.percentile(0.99), reloading.percentile(0.99))
        print(
            "  reload: p99 \(unit.format(p99)) before the SIGHUP (longest \(unit.format(steady.percentile(1)))), "
                + "p99 \(unit.format(p99Reload)) in the \(window) s after it (longest \(unit.format(reloading.percentile(1)))): "
                + String(format: "%.2f×", p99 > .zero ? p99Reload / p99 : 0))
        let closed = walks.filter(\.closed).count
        let silent = walks.filter { walk in !walk.sent.contains { $0 >= reload && $0 < after } }.count
        print("  sessions closed by the server: \(closed) of \(walks.count); without a turn in the reload window: \(silent)")
        let last = turns.map(\.0).max() ?? .zero
        var second = Duration.zero
        while second <= last {
            let next = second + .seconds(1)
            let within = Statistics(turns.filter { $0.0 >= second && $0.0 < next }.map(\.1))
            print(
                "    \(second.components.seconds)–\(next.components.seconds) s: \(within.count) turns, p99 \(unit.format(within.percentile(0.99))), longest \(unit.format(within.percentile(1)))"
                    + (reload >= second && reload < next ? "  ← SIGHUP" : ""))
            second = next
        }
    }

    /// What one session did: the latencies of its round trips between the warm-up and the
    /// end, when each was sent (after the warm-up), how many of its walks reached the
    /// dialog's `END`, and whether the server closed it before the end.
    struct Walked: Sendable {
        var latencies: [Duration] = []
        var sent: [Duration] = []
        var ends = 0
        var closed = false
    }

    /// One session walking dialogs between `from` and `until`, pausing `think` before each
    /// line. With `ping`, the session sends PING lines instead.
    static func walk(
        port: Int, answers: AutoAnswer, ping: Bool, think: Duration, from: ContinuousClock.Instant, until: ContinuousClock.Instant
    ) async throws -> Walked? {
        let connection = try await BenchConnection.connect(
            host: "127.0.0.1", port: port, endsTurn: ping ? BenchConnection.everyLine : ServerMessage.endsTurn)
        var walked = Walked()
        try await connection.executeThenClose { inbound, outbound in
            var turns = inbound.makeAsyncIterator()
            var greeting: [String] = []
            if !ping {
                guard let first = try await turns.next() else {
                    walked.closed = true
                    return
                }
                greeting = first
            }
            walked = try await walkTurns(from: greeting, answers: ping ? nil : answers, think: think, measuring: from, until: until) {
                line in
                try await outbound.write(ByteBuffer(string: line + "\n"))
                return try await turns.next()
            }
        }
        return walked
    }

    /// One session walking dialogs over the web door's WebSocket, as `walk` does over TCP: the
    /// same answers, one message per line.
    static func walkOverWeb(
        port: Int, answers: AutoAnswer, think: Duration, from: ContinuousClock.Instant, until: ContinuousClock.Instant
    ) async throws -> Walked {
        let client = try await WebSocketLineClient.connect(host: "127.0.0.1", port: port)
        defer { client.close() }
        let greeting = try await client.readTurn()
        return try await walkTurns(from: greeting, answers: answers, think: think, measuring: from, until: until) { line in
            try await client.turn(line)
        }
    }

    /// The walk, whatever carries its lines: after `greeting`, each turn answered (`PING` without
    /// `answers`; `/restart` after the end) through `exchange`, which sends a line and returns the
    /// turn it brought, or nil when the connection closed. Round trips sent from `measuring` on
    /// are counted.
    private static func walkTurns(
        from greeting: [String], answers: AutoAnswer?, think: Duration, measuring from: ContinuousClock.Instant,
        until: ContinuousClock.Instant, exchange: (String) async throws -> [String]?
    ) async throws -> Walked {
        let clock = ContinuousClock()
        var walked = Walked()
        var turn = greeting
        while clock.now < until {
            if think > .zero { try await Task.sleep(for: think) }
            let line = answers.map { $0.reply(to: turn) ?? "/restart" } ?? "PING"
            let sent = clock.now
            guard let next = try await exchange(line) else {
                walked.closed = true
                break
            }
            if sent >= from {
                walked.latencies.append(clock.now - sent)
                walked.sent.append(sent - from)
                if next.contains(where: AutoAnswer.endsDialog) { walked.ends += 1 }
            }
            turn = next
        }
        return walked
    }
}
