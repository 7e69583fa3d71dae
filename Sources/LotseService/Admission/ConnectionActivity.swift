/// When a connection last completed a line in either direction, and whether it is writing a
/// turn now: the idle clock of one connection, as a plain value.
///
/// Idleness is timed from complete lines, not from bytes, so a client that trickles an
/// endless line is idle, and one that reads a long answer slowly is not (its turn counts
/// from when the write completes).
struct ConnectionActivity {
    /// What the idle reaper should do with the connection.
    enum Verdict: Equatable {
        /// Nothing yet.
        case active
        /// Idle between turns: send it `.idle` (once).
        case idle
        /// A turn's write has waited for the client to read for the whole timeout: close it
        /// (said once).
        case stalled
    }

    private(set) var lastLine: ContinuousClock.Instant
    private(set) var isWriting = false
    /// Whether `.idle` was already sent since the last line.
    private var idleSent = false
    /// Whether `.stalled` was already said.
    private var stallReported = false

    init(at now: ContinuousClock.Instant) {
        lastLine = now
    }

    /// A complete line arrived from the client.
    mutating func lineReceived(at now: ContinuousClock.Instant) {
        lastLine = now
        idleSent = false
    }

    /// The server starts writing a turn.
    mutating func writeStarted() {
        isWriting = true
    }

    /// The server's turn is written.
    mutating func writeFinished(at now: ContinuousClock.Instant) {
        isWriting = false
        lastLine = now
        idleSent = false
    }

    /// Whether the connection has been quiet for `timeout` at `now`.
    func isIdle(at now: ContinuousClock.Instant, timeout: Duration) -> Bool {
        now - lastLine >= timeout
    }

    /// What to do at `now`; `.idle` is said once per quiet spell.
    mutating func verdict(at now: ContinuousClock.Instant, timeout: Duration) -> Verdict {
        guard isIdle(at: now, timeout: timeout) else { return .active }
        if isWriting {
            if stallReported { return .active }
            stallReported = true
            return .stalled
        }
        if idleSent { return .active }
        idleSent = true
        return .idle
    }
}
