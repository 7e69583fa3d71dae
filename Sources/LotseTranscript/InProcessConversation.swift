import LotseDialog
import LotseEngine
import LotseProtocol
import Synchronization

/// A conversation with a `Session` in this process, spelt in protocol lines exactly as the
/// daemon would send them.
public final class InProcessConversation: Conversation {
    private let dialog: Dialog
    private let session: Mutex<Session>

    public init(dialog: Dialog, language: String? = nil) {
        self.dialog = dialog
        self.session = Mutex(Session(dialog: dialog, language: language))
    }

    public func open() async throws -> [String] {
        let events = session.withLock { $0.start() }
        return [ServerLine.hello(session: "local", dialog: dialog)] + ServerLine.lines(for: events)
    }

    public func send(_ line: String) async throws -> [String] {
        ServerLine.lines(for: session.withLock { $0.step(line) })
    }

    public func close() async {}
}
