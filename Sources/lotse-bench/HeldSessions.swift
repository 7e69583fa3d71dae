import LotseServer
import NIOCore

/// Sessions a benchmark opens against a daemon and holds: each reads its greeting, then waits
/// for the server's next turn (one that never comes for idle sessions, `BYE shutdown` when
/// the daemon stops).
enum HeldSessions {
    /// Opens `count` sessions one after another in `group` (after each one's greeting the
    /// next opens, so the daemon's backlog never overflows); false if one could not open.
    /// `afterFirst` runs once the first session is open.
    static func open(
        _ count: Int, port: Int, in group: inout TaskGroup<[String]?>, afterFirst: () -> Void = {}
    ) async -> Bool {
        let (opened, report) = AsyncStream.makeStream(of: (any Error)?.self)
        var reports = opened.makeAsyncIterator()
        for index in 0..<count {
            group.addTask { await hold(port: port, report: report) }
            if let failure = await reports.next() ?? nil {
                print("connection \(index) failed: \(failure)")
                return false
            }
            if index == 0 { afterFirst() }
        }
        return true
    }

    /// One session: its greeting, then the server's next turn (nil when cancelled or failed).
    private static func hold(port: Int, report: AsyncStream<(any Error)?>.Continuation) async -> [String]? {
        do {
            let connection = try await BenchConnection.connect(host: "127.0.0.1", port: port)
            return try await connection.executeThenClose { inbound, _ in
                var turns = inbound.makeAsyncIterator()
                _ = try await turns.next()
                report.yield(nil)
                return try await turns.next()
            }
        } catch is CancellationError {
            return nil
        } catch {
            report.yield(error)
            return nil
        }
    }
}
