public import LotseWire
import NIOConcurrencyHelpers

/// A transcript's conversation with a live `lotsed` over TCP (`lotse test --server`).
public final class TCPConversation: Conversation {
    public let address: ServerAddress
    /// TLS to the daemon, when it serves TLS.
    public let tls: ClientTLS?
    private let connection = NIOLockedValueBox<LineConnection?>(nil)

    public init(_ address: ServerAddress, tls: ClientTLS? = nil) {
        self.address = address
        self.tls = tls
    }

    /// Connects and returns the greeting turn (`HELLO` first).
    public func open() async throws -> [String] {
        let opened = try await LineConnection.connect(host: address.host, port: address.port, tls: tls)
        connection.withLockedValue { $0 = opened }
        return try await opened.readTurn()
    }

    public func send(_ line: String) async throws -> [String] {
        guard let open = connection.withLockedValue({ $0 }) else { throw LineConnectionError.notOpen }
        try await open.send(line)
        return try await open.readTurn()
    }

    public func close() async {
        connection.withLockedValue { connection in
            defer { connection = nil }
            return connection
        }?.close()
    }
}
