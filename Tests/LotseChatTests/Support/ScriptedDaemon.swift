import LotseChat
import LotseClient

/// A daemon for the chat's logic, without a socket: it answers each line the chat sends with
/// the turn `replies` gives, and keeps what was sent.
final class ScriptedDaemon: ChatConnection {
    /// The lines the chat sent, in order.
    private(set) var sent: [String] = []
    private var pending: [String]
    private let replies: (String) -> [String]

    /// A daemon whose first turn is `greeting`.
    init(greeting: [String], replies: @escaping (String) -> [String]) {
        pending = greeting
        self.replies = replies
    }

    /// Whether lines wait to be read.
    var hasLines: Bool { !pending.isEmpty }

    let fileDescriptor: Int32 = -1

    func send(_ line: String) throws(LineConnectionError) {
        sent.append(line)
        pending += replies(line)
    }

    func readAvailableLines() throws(LineConnectionError) -> [String] {
        defer { pending = [] }
        return pending
    }

    func close() {}
}

/// Where a scripted person sits: the lines they type, one per wait once the daemon has nothing
/// more to say, then the end of input; what the chat showed.
final class ScriptedInterface: ChatInterface {
    let width = 80
    let echoesSentLines = false
    /// Every line the chat showed.
    private(set) var shown: [String] = []
    private var typed: [String]
    private let daemon: ScriptedDaemon

    init(typing typed: [String], daemon: ScriptedDaemon) {
        self.typed = typed
        self.daemon = daemon
    }

    func show(_ lines: [String]) { shown += lines }
    func clearScreen() {}
    func forgetInput() {}
    func remember(_ line: String) {}
    func setCompletion(_ completion: Completion) {}
    func close() {}

    func wait(server: Int32?, timeout: Int32) -> [ChatEvent] {
        if server != nil, daemon.hasLines { return [.serverReadable] }
        if !typed.isEmpty { return [.input(.line(typed.removeFirst()))] }
        return [.input(.endOfInput)]
    }
}
