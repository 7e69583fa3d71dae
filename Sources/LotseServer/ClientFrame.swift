import NIOCore

/// What a connection's line decoder hands to its `SessionHandler`, in order.
enum ClientFrame: Sendable {
    /// A complete line without its LF (a trailing CR is still there).
    case line(ByteBuffer)
    /// A line longer than the limit ended; its bytes were discarded as they came.
    case tooLong
}

/// Why the server ends a connection on its own: sent down the pipeline as a user event, so
/// the `SessionHandler` answers it between two turns, never inside one.
enum ConnectionInterrupt: Sendable, Equatable {
    /// No complete line in either direction for the idle timeout.
    case idle
    /// The server is shutting down.
    case shutdown
}
