import NIOConcurrencyHelpers
import NIOCore

/// One admitted connection as the registry, the idle reaper and the shutdown see it.
final class ConnectionEntry: Sendable {
    /// The session id (`HELLO … session=ID`).
    let id: String
    /// The client's address, for the per-address limit.
    let address: String
    let channel: any Channel
    let activity: NIOLockedValueBox<ConnectionActivity>

    init(id: String, address: String, channel: any Channel, at now: ContinuousClock.Instant) {
        self.id = id
        self.address = address
        self.channel = channel
        self.activity = NIOLockedValueBox(ConnectionActivity(at: now))
    }

    /// Asks the session to end between two turns (from any thread; see `SessionHandler`).
    func interrupt(_ interrupt: ConnectionInterrupt) {
        channel.pipeline.fireUserInboundEventTriggered(interrupt)
    }

    /// Closes the connection at once, for a client that does not read what it is sent.
    func forceClose() {
        channel.close(promise: nil)
    }
}
