import LotseEngine

/// One server line as the daemon composes a turn: what the session said, or what the server
/// adds of its own — its refusals (limits, `/auth`, shutdown), its notes (counselor mode,
/// reload), and the reasons it closes a connection for.
public enum ServerEvent: Sendable, Equatable {
    /// A line of the session's turn.
    case session(Event)
    /// `ERR CODE TEXT` from the server.
    case error(ErrorCode, String)
    /// `NOTE TEXT` from the server.
    case note(String)
    /// `WAIT`: the server waits for the next line.
    case wait
    /// `BYE REASON` from the server.
    case bye(ByeReason)

    /// Why the connection closes after this line, if it is a `BYE`.
    public var closingReason: ByeReason? {
        switch self {
        case .bye(let reason): reason
        case .session(.bye(let reason)): ByeReason(reason)
        default: nil
        }
    }

    /// The session's turn, line by line.
    public static func turn(_ events: [Event]) -> [ServerEvent] {
        events.map(ServerEvent.session)
    }
}
