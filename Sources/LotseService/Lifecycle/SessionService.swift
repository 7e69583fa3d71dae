public import Logging
import LotseDialog
import LotseProtocol

/// The one road every session takes, whatever carries its lines: admits a connection (or
/// says why not), gives it a `ServiceSession` that answers its lines, and writes down its
/// life — the start and end log lines, the observers' counts (metrics, the daily tally). It
/// knows no socket: a transport only frames lines, carries them here and writes what comes
/// back; the in-process transcript runner does the same without a network.
public final class SessionService: Sendable {
    /// The Dialogs new sessions start on.
    public let store: DialogStore
    /// How much the service gives each connection.
    public let limits: ServerLimits
    let registry: SessionRegistry
    let gate: CounselorGate
    let logger: Logger
    let observers: [any ServiceObserver]

    /// A service for the sessions of `store`'s Dialogs.
    /// - Parameters:
    ///   - counselorToken: the token `/auth` compares; nil: counselor mode is off.
    ///   - observers: told of every session, turn and reload (metrics, the daily tally).
    public init(
        store: DialogStore, counselorToken: String?, limits: ServerLimits, logger: Logger, observers: [any ServiceObserver] = []
    ) {
        self.store = store
        self.limits = limits
        self.logger = logger
        self.observers = observers
        self.registry = SessionRegistry(limits: limits)
        self.gate = CounselorGate(token: counselorToken, limits: limits)
    }

    /// What a new connection gets.
    public enum Opening {
        /// A session: write `greeting` (its first turn, `HELLO` first), then answer its lines.
        case admitted(ServiceSession, greeting: [String])
        /// No session: write these last lines (`ERR`, `BYE`) and close.
        case refused([String])
    }

    /// Admits a connection from `address` and greets it, or refuses it.
    /// - Parameters:
    ///   - encrypted: whether the transport is TLS; then `/auth` is allowed from anywhere,
    ///     else only from this machine (a token in clear text is a token given away).
    ///   - handle: how the idle reaper and the shutdown reach the connection.
    ///   - sessionID: the id to give the session if no other holds it (in-process runs say `local`); else random.
    ///   - language: the session's language; nil: the dialog's source language.
    public func open(
        from address: String, encrypted: Bool, handle: any ConnectionHandle, sessionID: String? = nil, language: String? = nil,
        at now: ContinuousClock.Instant = .now
    ) -> Opening {
        let entry: ConnectionEntry
        do throws(Admissions.Refusal) {
            entry = try registry.admit(address: address, handle: handle, preferredID: sessionID)
        } catch {
            logger.notice("connection refused", metadata: ["reason": "\(error)"])
            return .refused(error.lines)
        }
        let conversation = SessionConversation(
            id: entry.id, limits: limits, gate: gate, store: store, confidential: encrypted || Self.isLoopback(address),
            language: language, at: now)
        let session = ServiceSession(service: self, entry: entry, conversation: conversation, started: now)
        logger.info("session started", metadata: ["session": "\(entry.id)", "dialog": "\(session.dialog)"])
        let open = registry.count
        for observer in observers { observer.sessionStarted(open: open) }
        return .admitted(session, greeting: session.greeting())
    }

    /// How many sessions are held now.
    public var sessionCount: Int { registry.count }

    /// Refuses new connections from now on and asks every session to end with `BYE shutdown`
    /// (once, however often it is called); returns how many were asked.
    @discardableResult
    public func beginShutdown() -> Int {
        let entries = registry.beginShutdown()
        for entry in entries { entry.handle.interrupt(.shutdown) }
        return entries.count
    }

    /// Returns once a shutdown has begun and every session has ended (its log line and counts written).
    public func allEnded() async {
        await registry.allEnded()
    }

    /// Sends `BYE idle` to quiet sessions and closes stalled ones (and, after a shutdown's
    /// grace period, every one left) until the task is cancelled.
    public func reapIdleSessions() async {
        await IdleReaper(registry: registry, limits: limits, logger: logger).run()
    }

    /// Whether `address` is this machine (127.0.0.0/8, ::1, an IPv4-mapped 127.x).
    public static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}
