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
        var cpuBefore = CPUTime()
        var clientBefore = CPUTime()
        let (results, ends) = try await withThrowingTaskGroup(of: Walked.self) { group in
            for index in 0..<sessions {
                group.addTask {
                    overWeb
                        ? try await Self.walkOverWeb(port: target, choice: index % 7 + 1, from: warmUp, until: end)
                        : try await Self.walk(port: target, choice: index % 7 + 1, ping: pings, from: warmUp, until: end)
                }
            }
            try await Task.sleep(until: warmUp, clock: clock)
            cpuBefore = cpu()
            clientBefore = ProcessStats.cpuTime(getpid())
            var all: [Duration] = []
            var ends = 0
            for try await walked in group {
                all += walked.latencies
                ends += walked.ends
            }
            return (all, ends)
        }
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
    }

    /// What one session did: the latencies of its round trips between the warm-up and the
    /// end, and how many of its walks reached the dialog's `END`.
    struct Walked: Sendable {
        var latencies: [Duration] = []
        var ends = 0
    }

    /// One session walking dialogs between `from` and `until`. With `ping`, the session sends
    /// PING lines instead.
    static func walk(
        port: Int, choice: Int, ping: Bool, from: ContinuousClock.Instant, until: ContinuousClock.Instant
    ) async throws -> Walked {
        let clock = ContinuousClock()
        let connection = try await BenchConnection.connect(
            host: "127.0.0.1", port: port, endsTurn: ping ? BenchConnection.everyLine : ServerMessage.endsTurn)
        var walked = Walked()
        try await connection.executeThenClose { inbound, outbound in
            var turns = inbound.makeAsyncIterator()
            var turn: [String] = []
            if !ping {
                guard let greeting = try await turns.next() else { return }
                turn = greeting
            }
            let answers = AutoAnswer(choice: choice)
            while clock.now < until {
                let line = ping ? "PING" : answers.reply(to: turn) ?? "/restart"
                let sent = clock.now
                try await outbound.write(ByteBuffer(string: line + "\n"))
                guard let next = try await turns.next() else { return }
                if sent >= from {
                    walked.latencies.append(clock.now - sent)
                    if next.contains(where: AutoAnswer.endsDialog) { walked.ends += 1 }
                }
                turn = next
            }
        }
        return walked
    }

    /// One session walking dialogs over the web door's WebSocket, as `walk` does over TCP: the
    /// same answers, one message per line.
    static func walkOverWeb(port: Int, choice: Int, from: ContinuousClock.Instant, until: ContinuousClock.Instant) async throws -> Walked {
        let clock = ContinuousClock()
        let client = try await WebSocketLineClient.connect(host: "127.0.0.1", port: port)
        defer { client.close() }
        var walked = Walked()
        var turn = try await client.readTurn()
        let answers = AutoAnswer(choice: choice)
        while clock.now < until {
            let sent = clock.now
            let next = try await client.turn(answers.reply(to: turn) ?? "/restart")
            if sent >= from {
                walked.latencies.append(clock.now - sent)
                if next.contains(where: AutoAnswer.endsDialog) { walked.ends += 1 }
            }
            turn = next
        }
        return walked
    }
}
