import Logging
public import LotseDialog
public import LotseEngine
public import LotseProtocol
import Synchronization

/// One admitted connection's session on the service's road: every line the transport frames
/// comes here and the turn to write goes back. Owned by the connection and used from one
/// place at a time (its event loop, or the in-process runner); `close()` ends it.
public final class ServiceSession {
    /// What a client line asks of the transport.
    public enum Reply: Equatable {
        /// The turn to write; one ending with `BYE` closes the connection once written.
        case turn(ServerTurn)
        /// A counselor's `/reload`: run `makeReload()` away from anything that must stay
        /// quick (it reads files), then write `reloaded(_:)`; hold the lines after it until then.
        case reload
    }

    private let service: SessionService
    private let entry: ConnectionEntry
    private var conversation: SessionConversation
    private let started: ContinuousClock.Instant
    /// `NAME@VERSION` of the dialog the session runs on.
    let dialog: String
    private var reason = SessionEnding.Reason.disconnected
    private var isClosed = false

    init(service: SessionService, entry: ConnectionEntry, conversation: SessionConversation, started: ContinuousClock.Instant) {
        self.service = service
        self.entry = entry
        self.conversation = conversation
        self.started = started
        self.dialog = "\(conversation.session.dialog.name)@\(conversation.session.dialog.version)"
    }

    /// The session id (`HELLO … session=ID`).
    public var id: String { entry.id }

    /// The engine's session, as it stands after the last turn.
    public var session: Session { conversation.session }

    /// The first turn: `HELLO`, then the dialog's greeting up to its first question.
    func greeting() -> [String] {
        conversation.greeting()
    }

    /// The reply to one client line of `bytes`, without its LF, that arrived at `now`.
    public func reply(toLine bytes: some Collection<UInt8>, at now: ContinuousClock.Instant = .now) -> Reply {
        lineReceived(at: now)
        return counted(conversation.turn(for: bytes, at: now), since: now)
    }

    /// The reply to a line the transport discarded as it arrived because it grew past
    /// `ServerLimits.maxLineBytes`.
    public func replyToOverlongLine(at now: ContinuousClock.Instant = .now) -> Reply {
        lineReceived(at: now)
        return counted(.turn(.server(conversation.turnForTooLongLine(at: now))), since: now)
    }

    /// The turn for an interrupt the service sent the connection, or nil when it no longer
    /// applies (a line came in since the idle reaper looked).
    public func turn(for interrupt: ConnectionInterrupt, at now: ContinuousClock.Instant = .now) -> ServerTurn? {
        switch interrupt {
        case .idle:
            guard entry.activity.withLock({ $0.isIdle(at: now, timeout: service.limits.idleTimeout) }) else { return nil }
            return noted(.server([.bye(.idle)]))
        case .shutdown:
            return noted(.server([.bye(.shutdown)]))
        }
    }

    /// The work of this session's `/reload`: it loads the Dialogs again and blocks, so run it
    /// off any event loop. It holds no session state, so it may run while the session waits.
    public func makeReload() -> @Sendable () -> Result<Dialog, DialogLoadError> {
        let store = service.store
        let source = "session \(entry.id)"
        return { Result { () throws(DialogLoadError) in try store.reload(requestedBy: source).new } }
    }

    /// The answer to `/reload` once `makeReload()`'s work is done; nil result: it could not run
    /// because the process is ending.
    public func reloaded(_ result: Result<Dialog, DialogLoadError>?) -> ServerTurn {
        guard let result else { return .server(conversation.reloadCancelled) }
        return .server(conversation.reloaded(result))
    }

    /// The transport started writing a turn the client has not read yet.
    public func writeStarted() {
        entry.activity.withLock { $0.writeStarted() }
    }

    /// The transport's turn is written: the idle clock counts from `now`.
    public func writeFinished(at now: ContinuousClock.Instant = .now) {
        entry.activity.withLock { $0.writeFinished(at: now) }
    }

    /// Ends the session (the client left, or its `BYE` is written): logs its end, tells the
    /// observers, gives back its place. Said once; later calls do nothing.
    public func close(at now: ContinuousClock.Instant = .now) {
        guard !isClosed else { return }
        isClosed = true
        let session = conversation.session
        let ending = SessionEnding(
            session: session, outcome: session.outcome?.rawValue ?? SessionEnding.unfinished, reason: reason,
            open: service.registry.count - 1)
        service.logger.info(
            "session ended",
            metadata: [
                "session": "\(entry.id)", "dialog": "\(dialog)", "turns": "\(session.turns)", "outcome": "\(ending.outcome)",
                "reason": "\(reason)", "duration": "\(Self.seconds(now - started))",
            ])
        for observer in service.observers { observer.sessionEnded(ending) }
        // Last, so that a shutdown waiting for the sessions finds their log lines and counts written.
        service.registry.release(entry)
    }

    private func lineReceived(at now: ContinuousClock.Instant) {
        entry.activity.withLock { $0.lineReceived(at: now) }
    }

    /// Tells the observers of an answered turn and notes a `BYE`'s reason.
    private func counted(_ reply: Reply, since now: ContinuousClock.Instant) -> Reply {
        guard case .turn(let turn) = reply else { return reply }
        _ = noted(turn)
        let took = ContinuousClock.now - now
        for observer in service.observers { observer.turn(turn, took: took) }
        return reply
    }

    /// `turn`, its `BYE` reason (if it has one) noted for the log line.
    private func noted(_ turn: ServerTurn) -> ServerTurn {
        if let closing = turn.closingReason { reason = .bye(closing) }
        return turn
    }

    /// `duration` in seconds with milliseconds, e.g. `12.345s`.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)s"
    }
}
