import NIOCore

/// What a connection's line decoder hands to its `SessionHandler`, in order.
enum ClientFrame: Sendable {
    /// A complete line without its LF (a trailing CR is still there).
    case line(ByteBuffer)
    /// A line longer than the limit ended; its bytes were discarded as they came.
    case tooLong
}
