import NIOCore

/// What a connection's pipeline hands to its session loop, in order.
enum ClientFrame: Sendable {
    /// A complete line without its LF (a trailing CR is still there).
    case line(ByteBuffer)
    /// A line longer than the limit ended; its bytes were discarded as they came.
    case tooLong
    /// The server wants the connection to end (see `InterruptHandler`).
    case interrupt(ConnectionInterrupt)
}

/// Why the server ends a connection on its own.
enum ConnectionInterrupt: Sendable, Equatable {
    /// No complete line in either direction for the idle timeout.
    case idle
    /// The server is shutting down.
    case shutdown
}
