import Logging
public import LotseDialog
import LotseEngine
import LotseProtocol
public import LotseService
public import LotseWire
import Synchronization

/// A conversation in this process on the same road as the daemon's connections: its lines go
/// to a `SessionService` as bytes, so line checks, the rate limit, `/auth` and the spelt
/// questions answer exactly as over TCP — only the framing (the line's LF) is left out.
public final class InProcessConversation: Conversation {
    private let service: SessionService
    private let language: String?
    private let session = Mutex<ServiceSession?>(nil)
    private let coverage: CoverageRecorder?

    /// A conversation with a session of `service`.
    /// - Parameter coverage: if given, takes in what the session exercises after every turn.
    public init(service: SessionService, language: String? = nil, coverage: CoverageRecorder? = nil) {
        self.service = service
        self.language = language
        self.coverage = coverage
    }

    /// A conversation on a service of its own that serves `dialog` within `limits`, without a
    /// counselor token.
    public convenience init(
        dialog: Dialog, language: String? = nil, limits: ServerLimits = ServerLimits(), coverage: CoverageRecorder? = nil
    ) {
        self.init(service: Self.service(for: dialog, limits: limits), language: language, coverage: coverage)
    }

    /// A service for in-process conversations on `dialog` (a reload reads `directory`).
    public static func service(
        for dialog: Dialog, directory: String = "", limits: ServerLimits = ServerLimits(), counselorToken: String? = nil
    ) -> SessionService {
        let logger = Logger(label: "lotse-in-process") { _ in SwiftLogNoOpLogHandler() }
        return SessionService(
            store: DialogStore(serving: dialog, from: directory, logger: logger), counselorToken: counselorToken, limits: limits,
            logger: logger)
    }

    public func open() async throws -> [String] {
        session.withLock { held in
            switch service.open(from: "in-process", encrypted: true, handle: NoHandle(), sessionID: "local", language: language) {
            case .admitted(let admitted, let greeting):
                coverage?.record(admitted.session)
                held = admitted
                return greeting
            case .refused(let lines):
                return lines
            }
        }
    }

    public func send(_ line: String) async throws -> [String] {
        try session.withLock { open throws(InProcessConversationError) in
            guard let session = open else { throw .notOpen }
            let turn: ServerTurn =
                switch session.reply(toLine: Array(line.utf8)) {
                case .turn(let turn): turn
                case .reload: session.reloaded(session.makeReload()())
                }
            coverage?.record(session.session)
            // A `BYE` ends the session, as it closes a connection.
            if turn.closingReason != nil {
                session.close()
                open = nil
            }
            return ServerLine.lines(for: turn)
        }
    }

    public func close() async {
        session.withLock { session in
            session?.close()
            session = nil
        }
    }
}

/// Why an in-process conversation cannot take a line.
public enum InProcessConversationError: Error, Equatable {
    /// `send` came before `open`, after `close`, or after the session ended.
    case notOpen
}

/// In-process sessions have no connection to interrupt: nothing idles or shuts down under them.
private struct NoHandle: ConnectionHandle {
    func interrupt(_ interrupt: ConnectionInterrupt) {}
    func forceClose() {}
}
