import Logging
import LotseService
import LotseStats

/// Adds each ended session's counts to the statistics file, off the event loops: handlers
/// hand over a `SessionTally` and return at once; `run()` writes them one by one, and after
/// `finish()` writes what is left, then returns.
///
/// A count that cannot be written (the disk is full) is logged and dropped; the sessions go on.
final class StatsRecorder: ServiceObserver {
    /// How many ended sessions may wait to be written before new ones are dropped.
    static let backlog = 10_000

    private let file: StatsFile
    private let logger: Logger
    private let tallies: AsyncStream<SessionTally>
    private let input: AsyncStream<SessionTally>.Continuation

    init(file: StatsFile, logger: Logger) {
        self.file = file
        self.logger = logger
        (tallies, input) = AsyncStream.makeStream(of: SessionTally.self, bufferingPolicy: .bufferingOldest(Self.backlog))
    }

    /// Queues the counts of a session that ended, if it was one of the network's visitors.
    func sessionEnded(_ ending: SessionEnding) {
        if ending.isVisit { record(SessionTally(ended: ending.session)) }
    }

    /// Queues one ended session's counts.
    func record(_ tally: SessionTally) {
        if case .dropped = input.yield(tally) {
            logger.warning(
                "statistics: a session's counts were dropped; \(Self.backlog) wait to be written", metadata: ["file": "\(file.path)"])
        }
    }

    /// Writes the counts as they come, until `finish()` and the last is written.
    func run() async {
        logger.info("statistics: daily counts go to \(file.path)")
        for await tally in tallies {
            do {
                try await file.add(tally)
            } catch {
                logger.error("statistics: \(error)")
            }
        }
    }

    /// No more sessions end: `run()` returns once what waits is written.
    func finish() {
        input.finish()
    }
}
