import NIOCore

/// A connection to a Lotse server for a program that waits on `poll()` — the chat, which
/// watches the keyboard and the server in one loop for GNU readline. SwiftNIO runs the
/// socket; `fileDescriptor` becomes readable whenever lines (or the end) have arrived, and
/// `readAvailableLines()` takes them without waiting. Lines are given and returned without
/// their LF.
public final class LineSocket: Sendable {
    private let channel: any Channel
    private let inbox: LineInbox
    private let wake: WakePipe

    private init(channel: any Channel, inbox: LineInbox, wake: WakePipe) {
        self.channel = channel
        self.inbox = inbox
        self.wake = wake
    }

    deinit {
        channel.close(promise: nil)
    }

    /// Connects to `host:port`, waiting at most `timeout`.
    public static func connect(
        host: String, port: Int, timeout: Duration = .seconds(10), tls: ClientTLS? = nil
    ) throws(LineConnectionError) -> LineSocket {
        let wake = try WakePipe()
        let inbox = LineInbox { wake.signal() }
        do {
            let channel = try LineChannel.connect(host: host, port: port, timeout: timeout, tls: tls, inbox: inbox).wait()
            return LineSocket(channel: channel, inbox: inbox, wake: wake)
        } catch {
            throw LineConnectionError(connecting: error, host: host, port: port)
        }
    }

    /// What to `poll()` for input: readable when `readAvailableLines()` has something to say.
    public var fileDescriptor: Int32 { wake.readEnd }

    /// Sends `line` and its LF, returning once it is handed to the system (so a `/quit` sent
    /// just before the program ends is not lost).
    public func send(_ line: String) throws(LineConnectionError) {
        do {
            try channel.writeAndFlush(LineChannel.buffer(line)).wait()
        } catch {
            throw LineConnectionError(error)
        }
    }

    /// The complete lines that have arrived, without waiting; throws `.closed` (or what broke
    /// the connection) once it has ended and every line has been taken.
    public func readAvailableLines() throws(LineConnectionError) -> [String] {
        wake.drain()
        return try inbox.takeAll()
    }

    /// Closes the connection.
    public func close() {
        channel.close(promise: nil)
    }
}
