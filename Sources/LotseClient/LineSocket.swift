#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP connection that speaks protocol v1 lines: sends a line, reads lines up to
/// the end of a turn (`WAIT` or `BYE`). Lines are given and returned without their LF.
///
/// Blocking calls wait at most the read timeout. For a terminal UI that polls the keyboard
/// and the server together, `fileDescriptor` can go to `poll()`, and `readAvailableLines()`
/// takes what has arrived without waiting. Use one `LineSocket` from one thread at a time;
/// `LineConnection` wraps it for async code.
public final class LineSocket {
    /// The most bytes a server line may have before the client gives up on it.
    public static let maxLineBytes = 1 << 20

    let handle: SocketHandle
    private var buffer: [UInt8] = []
    private var consumed = 0

    init(handle: SocketHandle) {
        self.handle = handle
    }

    /// The socket, for `poll()`.
    public var fileDescriptor: Int32 { handle.descriptor }

    /// Connects to `host:port`, trying each address the host resolves to; a blocked read
    /// gives up after `readTimeout` (nil: never).
    public static func connect(
        host: String,
        port: Int,
        timeout: Duration = .seconds(10),
        readTimeout: Duration? = .seconds(30)
    ) throws(LineConnectionError) -> LineSocket {
        let socket = LineSocket(handle: SocketHandle(try TCPConnector.connect(host: host, port: port, timeout: timeout)))
        socket.setReadTimeout(readTimeout)
        return socket
    }

    /// How long a blocking read waits for the server; nil waits for ever.
    public func setReadTimeout(_ timeout: Duration?) {
        let components = (timeout ?? .zero).components
        var value = timeval(tv_sec: .init(components.seconds), tv_usec: .init(components.attoseconds / 1_000_000_000_000))
        _ = setsockopt(fileDescriptor, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends `line` and its LF.
    public func send(_ line: String) throws(LineConnectionError) {
        try send(bytes: Array(line.utf8) + [UInt8(ascii: "\n")])
    }

    /// Sends `bytes` as they are: no LF is added, nothing is checked.
    public func send(bytes: [UInt8]) throws(LineConnectionError) {
        var sent = 0
        while sent < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                systemSend(fileDescriptor, raw.baseAddress! + sent, raw.count - sent, noSignal)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE || errno == ECONNRESET ? .closed : .io(errno: errno)
            }
            sent += result
        }
    }

    /// The next line, waiting for it; nil when the server has closed the connection.
    public func readLine() throws(LineConnectionError) -> String? {
        while true {
            if let line = takeLine() { return line }
            if try receive(wait: true) == .end { return nil }
        }
    }

    /// The lines of one turn: up to and including `WAIT` or `BYE …`.
    public func readTurn() throws(LineConnectionError) -> [String] {
        var lines: [String] = []
        while true {
            guard let line = try readLine() else { throw .closed }
            lines.append(line)
            if Self.endsTurn(line) { return lines }
        }
    }

    /// The complete lines that have arrived, without waiting; throws `.closed` once the
    /// server has closed and every line has been taken.
    public func readAvailableLines() throws(LineConnectionError) -> [String] {
        var ended = false
        reading: while true {
            switch try receive(wait: false) {
            case .data: continue
            case .nothing: break reading
            case .end:
                ended = true
                break reading
            }
        }
        var lines: [String] = []
        while let line = takeLine() { lines.append(line) }
        if lines.isEmpty, ended { throw .closed }
        return lines
    }

    /// Whether a server line ends a turn: `WAIT`, or `BYE` and its reason.
    public static func endsTurn(_ line: String) -> Bool {
        line == "WAIT" || line == "BYE" || line.hasPrefix("BYE ")
    }

    /// Closes the connection.
    public func close() {
        handle.close()
    }

    private enum Received { case data, nothing, end }

    /// Reads once into the buffer. With `wait` it waits up to the read timeout (and throws
    /// `.timedOut` after it); without, `.nothing` says nothing has arrived.
    private func receive(wait: Bool) throws(LineConnectionError) -> Received {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { raw in
                recv(fileDescriptor, raw.baseAddress!, raw.count, wait ? 0 : Int32(MSG_DONTWAIT))
            }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                if buffer.count - consumed > Self.maxLineBytes, !buffer[consumed...].contains(UInt8(ascii: "\n")) {
                    throw .lineTooLong(limit: Self.maxLineBytes)
                }
                return .data
            }
            if count == 0 { return .end }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK:
                if wait { throw .timedOut }
                return .nothing
            case ECONNRESET: return .end
            default: throw .io(errno: errno)
            }
        }
    }

    /// The next complete line in the buffer, without LF and a CR before it.
    private func takeLine() -> String? {
        guard let newline = buffer[consumed...].firstIndex(of: UInt8(ascii: "\n")) else {
            if consumed > 0 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            return nil
        }
        var end = newline
        if end > consumed, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = String(decoding: buffer[consumed..<end], as: UTF8.self)
        consumed = newline + 1
        return line
    }
}

#if canImport(Glibc)
private let systemSend = Glibc.send
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let systemSend = Darwin.send
private let noSignal: Int32 = 0
#endif
