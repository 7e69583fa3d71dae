public import LotseEngine
public import LotseWire

/// A line the daemon says of its own, beside the session's: its refusals (limits, `/auth`,
/// shutdown), its notes (counselor mode, reload), and the reasons it closes a connection for.
public enum ServerEvent: Sendable, Equatable {
    /// `ERR CODE TEXT` from the server.
    case error(ErrorCode, String)
    /// `NOTE TEXT` from the server.
    case note(String)
    /// `WAIT`: the server waits for the next line.
    case wait
    /// `BYE REASON` from the server.
    case bye(ByeReason)
}

/// A turn as the daemon sends it: the session's own, passed on as the engine gave it, or
/// one the server composed.
public enum ServerTurn: Sendable, Equatable {
    /// The session's turn, its question (if it asks one) from the session's `SpeltQuestions`.
    case session([Event], SpeltQuestions)
    case server([ServerEvent])

    /// Why the connection closes after this turn, if it ends with `BYE`.
    public var closingReason: ByeReason? {
        switch self {
        case .session(let events, _): if case .bye(let reason)? = events.last { reason } else { nil }
        case .server(let events): if case .bye(let reason)? = events.last { reason } else { nil }
        }
    }
}
