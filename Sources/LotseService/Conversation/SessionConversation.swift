import LotseDialog
import LotseEngine
import LotseProtocol

/// One connection's conversation: its `Session`, and the server's share of the protocol
/// around it — line validation, the line rate limit, `/auth` and `/reload`. It knows no
/// socket: it turns one client line into the events of one turn. Its own answers come from
/// the dialog's messages, in the session's language, like the engine's.
struct SessionConversation {
    /// What a client line asks of the server.
    typealias Reply = ServiceSession.Reply

    /// The session id (`HELLO … session=ID`).
    let id: String
    private(set) var session: Session
    /// The session's questions, spelt ahead.
    private let questions: SpeltQuestions
    /// The wait this connection owes after its own wrong tokens.
    private var authBackoff: AuthBackoff
    /// Whether nobody between the client and the server can read the line: TLS, or this
    /// machine. `/auth` is refused otherwise — a token in clear text is a token given away.
    private let confidential: Bool
    private var bucket: TokenBucket
    private let maxLineBytes: Int
    private let gate: CounselorGate
    private let store: DialogStore

    init(
        id: String, limits: ServerLimits, gate: CounselorGate, store: DialogStore, confidential: Bool = true,
        language: String? = nil, at now: ContinuousClock.Instant
    ) {
        self.id = id
        self.confidential = confidential
        self.authBackoff = AuthBackoff(initial: limits.authRetryDelay)
        self.questions = store.currentQuestions
        self.session = Session(dialog: questions.dialog, language: language)
        self.bucket = TokenBucket(rate: limits.linesPerSecond, burst: limits.lineBurst, at: now)
        self.maxLineBytes = limits.maxLineBytes
        self.gate = gate
        self.store = store
    }

    /// The first turn: `HELLO`, then the dialog's greeting up to its first question.
    mutating func greeting() -> [String] {
        [ServerLine.hello(session: id, dialog: session.dialog)] + ServerLine.lines(for: session.start(), questions: questions)
    }

    /// The reply to a line of `bytes` (without its LF) that arrived at `now`. A line over the
    /// limit is refused here too, whether or not the transport's framing caught it first.
    mutating func turn(for bytes: some Collection<UInt8>, at now: ContinuousClock.Instant) -> Reply {
        guard bucket.take(at: now) else { return .turn(.server(flooded)) }
        do throws(ClientLineError) {
            return respond(to: try ClientLine.decode(bytes, maxBytes: maxLineBytes), at: now)
        } catch {
            return .turn(.server(refusal(of: error)))
        }
    }

    /// The turn for a line that was longer than the limit and has been discarded.
    mutating func turnForTooLongLine(at now: ContinuousClock.Instant) -> [ServerEvent] {
        guard bucket.take(at: now) else { return flooded }
        return refusal(of: .tooLong(limit: maxLineBytes))
    }

    /// The answer to a line the server could not read: its `ERR` code, and in the session's
    /// language what to do (write less, or with normal letters).
    private func refusal(of error: ClientLineError) -> [ServerEvent] {
        let message: MessageID = if case .tooLong = error { .lineTooLong } else { .lineNotText }
        return [.error(error.code, session.message(message)), .wait]
    }

    /// The answer to a line over the line rate limit.
    var flooded: [ServerEvent] { [.error(.tooMany, session.message(.tooManyLines)), .wait] }

    /// `/auth` and `/reload` belong to the server; every other line goes to the session.
    private mutating func respond(to text: String, at now: ContinuousClock.Instant) -> Reply {
        let input = ClientInput(text)
        switch input {
        case .command(.auth(_?)) where !confidential:
            return .turn(.server([.error(.counselorOnly, session.message(.authNeedsTLS)), .wait]))
        case .command(.auth(let token?)):
            return .turn(.server(authenticate(token, at: now)))
        case .command(.auth(nil)):
            return .turn(
                .server(
                    gate.isEnabled
                        ? [.error(.notUnderstood, session.message(.usage, ["usage": "/auth TOKEN"])), .wait]
                        : counselorModeOff))
        case .command(.reload) where session.isCounselor:
            return .reload
        default:
            return .turn(.session(session.step(input), questions))
        }
    }

    /// The answer to `/auth` on a server without a counselor token.
    var counselorModeOff: [ServerEvent] { [.error(.counselorOnly, session.message(.counselorOff)), .wait] }

    /// `/auth TOKEN`: after this connection's own wrong tokens it waits longer each time;
    /// past the server-wide allowance of wrong tokens no token is compared.
    private mutating func authenticate(_ token: String, at now: ContinuousClock.Instant) -> [ServerEvent] {
        if let remaining = authBackoff.remaining(at: now) {
            return [.error(.tooMany, session.message(.authWait, ["seconds": String(Self.seconds(remaining))])), .wait]
        }
        switch gate.attempt(token, at: now) {
        case .notConfigured:
            return counselorModeOff
        case .paused(let remaining):
            return [.error(.tooMany, session.message(.authPaused, ["seconds": String(Self.seconds(remaining))])), .wait]
        case .denied:
            authBackoff.failed(at: now)
            return [.error(.counselorOnly, session.message(.authWrong)), .wait]
        case .granted:
            authBackoff.succeeded()
            session.isCounselor = true
            return [.note(session.message(.counselorOn)), .wait]
        }
    }

    /// Whole seconds, rounded up, at least 1.
    private static func seconds(_ duration: Duration) -> Int {
        max(1, Int(duration.components.seconds) + (duration.components.attoseconds > 0 ? 1 : 0))
    }

    /// The answer to `/reload` once the Dialogs were loaded again: new sessions get the new
    /// Dialogs, this one keeps its own; broken Dialogs are refused with their errors.
    func reloaded(_ result: Result<Dialog, DialogLoadError>) -> [ServerEvent] {
        let running = "\(session.dialog.name)@\(session.dialog.version)"
        switch result {
        case .success(let new):
            return [.note(session.message(.reloaded, ["new": "\(new.name)@\(new.version)", "running": running])), .wait]
        case .failure(let error):
            let errors = error.diagnostics.filter { $0.severity == .error }
            let shown = errors.prefix(Self.reloadErrorsShown).map { ServerEvent.note($0.description) }
            let more =
                errors.count > shown.count
                ? [ServerEvent.note(session.message(.reloadMore, ["count": String(errors.count - shown.count)]))] : []
            let current = "\(store.current.name)@\(store.current.version)"
            return [.error(.notUnderstood, session.message(.reloadRefused, ["count": String(errors.count), "current": current]))]
                + shown + more + [.wait]
        }
    }

    /// The answer to `/reload` when the process ends before the Dialogs could be loaded.
    var reloadCancelled: [ServerEvent] { [.error(.shuttingDown, session.message(.reloadShutdown)), .wait] }

    /// How many load errors `/reload` shows the counselor (all of them go to the log).
    static let reloadErrorsShown = 20
}
