import NIOCore

/// A transport as a setup: what a new connection's pipeline needs so that its lines reach
/// the `SessionService` — the one job a transport has (as Hummingbird's `ServerChildChannel`).
/// Wrappers (`TLSSetup`, `ProxySetup`) take any setup and put their handler in front of it,
/// so adding a transport adds one setup, not a copy of the session's life.
protocol TransportSetup: Sendable {
    /// Adds the handlers of this transport to `channel`'s pipeline, on its event loop.
    /// - Parameter encrypted: whether a wrapper in front already encrypts the connection.
    func setUp(_ channel: any Channel, encrypted: Bool) throws
}
