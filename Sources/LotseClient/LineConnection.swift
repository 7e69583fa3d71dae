import Dispatch

/// An async connection to a Lotse server, for the transcript runner, the chat UI and tests:
/// connect, read the greeting turn, then send a line and read its turn. Lines are given and
/// returned without their LF.
///
/// The blocking socket work runs on a queue of its own, never on the cooperative thread pool;
/// cancelling a waiting task or calling `close()` wakes it at once.
public final class LineConnection: @unchecked Sendable {
    // The socket is only touched on `queue`; `handle` is safe from any thread.
    private let socket: LineSocket
    private let handle: SocketHandle
    private let queue: DispatchQueue

    private init(socket: LineSocket) {
        self.socket = socket
        self.handle = socket.handle
        self.queue = DispatchQueue(label: "lotse.line-connection")
    }

    /// Connects to `host:port`; a read waits at most `readTimeout` for the server.
    public static func connect(
        host: String,
        port: Int,
        timeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(30)
    ) async throws -> LineConnection {
        let descriptor = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try TCPConnector.connect(host: host, port: port, timeout: timeout) })
            }
        }
        let socket = LineSocket(handle: SocketHandle(descriptor))
        socket.setReadTimeout(readTimeout)
        return LineConnection(socket: socket)
    }

    /// The lines of the next turn, up to and including `WAIT` or `BYE …`.
    public func readTurn() async throws -> [String] {
        try await perform { try $0.readTurn() }
    }

    /// The next line; nil when the server has closed the connection.
    public func readLine() async throws -> String? {
        try await perform { try $0.readLine() }
    }

    /// Sends one line (its LF is added).
    public func send(_ line: String) async throws {
        try await perform { try $0.send(line) }
    }

    /// Sends raw bytes, unchecked and without an added LF (for tests of what servers refuse).
    public func send(bytes: [UInt8]) async throws {
        try await perform { try $0.send(bytes: bytes) }
    }

    /// Closes the connection; a read or write under way ends at once.
    public func close() {
        handle.shutdown()
        queue.async { [self] in socket.close() }
    }

    /// Runs `body` on the socket's queue; cancellation shuts the socket down.
    private func perform<Value: Sendable>(_ body: @escaping @Sendable (LineSocket) throws -> Value) async throws -> Value {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                queue.async { [self] in
                    continuation.resume(with: Result { try body(socket) })
                }
            }
        } onCancel: { [handle] in
            handle.shutdown()
        }
    }
}
