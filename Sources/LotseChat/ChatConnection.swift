public import LotseClient

/// The chat's line connection to the daemon, as the chat loop uses it: a descriptor to `poll()`,
/// lines out, the lines that arrived. `LineSocket` is the real one; tests give the chat a
/// scripted daemon instead, so its logic runs without a socket.
public protocol ChatConnection: AnyObject {
    /// Readable when `readAvailableLines()` has something to say.
    var fileDescriptor: Int32 { get }
    /// Sends one line (its LF is added).
    func send(_ line: String) throws(LineConnectionError)
    /// The complete lines that have arrived, without waiting; throws once the connection ended.
    func readAvailableLines() throws(LineConnectionError) -> [String]
    /// Closes the connection.
    func close()
}

extension LineSocket: ChatConnection {}

/// Opens a connection to the daemon at an address (with TLS when given).
public typealias ChatConnector = (ServerAddress, ClientTLS?) throws -> any ChatConnection

extension ChatClient {
    /// The real connector: a TCP (or TLS) `LineSocket`, giving up after 5 s.
    public static func socketConnection(to server: ServerAddress, tls: ClientTLS?) throws -> any ChatConnection {
        try LineSocket.connect(host: server.host, port: server.port, timeout: .seconds(5), tls: tls)
    }
}
