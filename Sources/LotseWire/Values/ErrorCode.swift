/// Every code of an `ERR` line in protocol v1: the engine's (400, 403, 404) and the server's
/// own for limits and shutdown.
public enum ErrorCode: Int, Sendable, Equatable, CaseIterable {
    /// The line was not understood.
    case notUnderstood = 400
    /// A counselor command without counselor mode.
    case counselorOnly = 403
    /// An unknown `/command`.
    case unknownCommand = 404
    /// The line was longer than the server allows.
    case lineTooLong = 413
    /// Too many sessions, or too many lines too fast.
    case tooMany = 429
    /// The server is shutting down.
    case shuttingDown = 503
}

/// Every reason of a `BYE` line in protocol v1: the engine's (`quit`) and the server's own.
public enum ByeReason: String, Sendable, Equatable, CaseIterable {
    /// The person sent `/quit`.
    case quit
    /// No complete line for the idle timeout.
    case idle
    /// The server shuts down.
    case shutdown
    /// The server holds as many sessions as it may.
    case limit
}
