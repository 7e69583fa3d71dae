import LotseDialog
import LotseEngine
import LotseProtocol
import Synchronization

/// A conversation with a `Session` in this process, spelt in protocol lines exactly as the
/// daemon would send them.
public final class InProcessConversation: Conversation {
    private let dialog: Dialog
    private let session: Mutex<Session>
    private let coverage: CoverageRecorder?

    /// - Parameter coverage: if given, takes in what the session exercises after every turn.
    public init(dialog: Dialog, language: String? = nil, coverage: CoverageRecorder? = nil) {
        self.dialog = dialog
        self.session = Mutex(Session(dialog: dialog, language: language))
        self.coverage = coverage
    }

    public func open() async throws -> [String] {
        let events = turn { $0.start() }
        return [ServerLine.hello(session: "local", dialog: dialog)] + ServerLine.lines(for: events)
    }

    public func send(_ line: String) async throws -> [String] {
        ServerLine.lines(for: turn { $0.step(line) })
    }

    private func turn(_ body: (inout Session) -> [Event]) -> [Event] {
        session.withLock { session in
            let events = body(&session)
            coverage?.record(session)
            return events
        }
    }

    public func close() async {}
}
