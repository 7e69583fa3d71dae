import Logging
import Synchronization

/// Looks at every session a few times a second: sends `.idle` to those quiet for the idle
/// timeout, closes those whose turn the client has not read for as long, and after a
/// shutdown's grace period closes whatever is left.
struct IdleReaper: Sendable {
    let registry: SessionRegistry
    let limits: ServerLimits
    let logger: Logger

    /// How often it looks: a quarter of the idle timeout, between 50 ms and 1 s.
    var interval: Duration {
        min(.seconds(1), max(.milliseconds(50), limits.idleTimeout / 4))
    }

    /// Runs until the task is cancelled.
    func run() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            sweep(at: .now)
        }
    }

    /// One look at every session.
    func sweep(at now: ContinuousClock.Instant) {
        let (entries, shutdownStarted) = registry.snapshot
        if let shutdownStarted, now - shutdownStarted >= limits.shutdownGrace {
            for entry in entries { entry.handle.forceClose() }
            return
        }
        for entry in entries {
            switch entry.activity.withLock({ $0.verdict(at: now, timeout: limits.idleTimeout) }) {
            case .active:
                break
            case .idle:
                entry.handle.interrupt(.idle)
            case .stalled:
                logger.notice("closing a session whose client does not read", metadata: ["session": "\(entry.id)"])
                entry.handle.forceClose()
            }
        }
    }
}
