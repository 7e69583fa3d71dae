import Synchronization

/// Why the server ends a connection on its own: handed to the connection's transport, which
/// asks its `ServiceSession` for the turn between two turns, never inside one.
public enum ConnectionInterrupt: Sendable, Equatable {
    /// No complete line in either direction for the idle timeout.
    case idle
    /// The server is shutting down.
    case shutdown
}

/// How the service reaches a connection from any thread: the one thing it asks of a transport.
public protocol ConnectionHandle: Sendable {
    /// Asks the connection to end between two turns: its transport answers with
    /// `ServiceSession.turn(for:at:)` and writes what that returns.
    func interrupt(_ interrupt: ConnectionInterrupt)
    /// Closes the connection at once, for a client that does not read what it is sent.
    func forceClose()
}

/// One admitted connection as the registry, the idle reaper and the shutdown see it.
final class ConnectionEntry: Sendable {
    /// The session id (`HELLO … session=ID`).
    let id: String
    /// The client's address, for the per-address limit.
    let address: String
    let handle: any ConnectionHandle
    let activity: Mutex<ConnectionActivity>

    init(id: String, address: String, handle: any ConnectionHandle, at now: ContinuousClock.Instant) {
        self.id = id
        self.address = address
        self.handle = handle
        self.activity = Mutex(ConnectionActivity(at: now))
    }
}
