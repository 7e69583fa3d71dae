import LotseWire
import NIOCore

/// An async connection to a Lotse server, for the transcript runner and tests: connect, read
/// the greeting turn, then send a line and read its turn. Lines are given and returned
/// without their LF. One task reads at a time.
public final class LineConnection: Sendable {
    private let channel: any Channel
    private let inbox: LineInbox
    private let readTimeout: Duration?

    private init(channel: any Channel, inbox: LineInbox, readTimeout: Duration?) {
        self.channel = channel
        self.inbox = inbox
        self.readTimeout = readTimeout
    }

    /// Connects to `host:port`; a read waits at most `readTimeout` for the server (nil: for ever).
    public static func connect(
        host: String,
        port: Int,
        timeout: Duration = .seconds(10),
        readTimeout: Duration? = .seconds(30),
        tls: ClientTLS? = nil
    ) async throws(LineConnectionError) -> LineConnection {
        let inbox = LineInbox()
        do {
            let channel = try await LineChannel.connect(host: host, port: port, timeout: timeout, tls: tls, inbox: inbox).get()
            return LineConnection(channel: channel, inbox: inbox, readTimeout: readTimeout)
        } catch {
            throw LineConnectionError(connecting: error, host: host, port: port)
        }
    }

    /// The lines of the next turn, up to and including `WAIT` or `BYE …`.
    public func readTurn() async throws -> [String] {
        var lines: [String] = []
        while true {
            guard let line = try await readLine() else { throw LineConnectionError.closed }
            lines.append(line)
            if ServerMessage.endsTurn(line) { return lines }
        }
    }

    /// The next line; nil when the server has closed the connection.
    public func readLine() async throws -> String? {
        try await inbox.next(timeout: readTimeout, on: channel.eventLoop)
    }

    /// Sends one line (its LF is added).
    public func send(_ line: String) async throws {
        try await write(LineChannel.buffer(line))
    }

    /// Sends raw bytes, unchecked and without an added LF (for tests of what servers refuse).
    public func send(bytes: [UInt8]) async throws {
        try await write(ByteBuffer(bytes: bytes))
    }

    /// Closes the connection; a read under way ends at once.
    public func close() {
        channel.close(promise: nil)
    }

    private func write(_ buffer: ByteBuffer) async throws {
        do {
            try await channel.writeAndFlush(buffer)
        } catch {
            throw LineConnectionError(error)
        }
    }
}
