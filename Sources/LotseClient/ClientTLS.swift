import NIOCore
import NIOSSL

/// TLS to a daemon on the LAN (`lotse --tls [--ca FILE]`): the server's certificate must
/// chain to `--ca` (else to the system's roots) and name the host that was dialled — its DNS
/// name, or, for an address like 192.168.1.20, that IP address.
public struct ClientTLS: Sendable {
    let context: NIOSSLContext

    /// TLS trusting the CA in `caFile` (PEM), or the system's roots when nil.
    public init(caFile: String? = nil) throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let caFile { configuration.trustRoots = .file(caFile) }
        context = try NIOSSLContext(configuration: configuration)
    }

    /// The handler for a connection to `host`: SNI and name checking for a name, the address
    /// checked against the certificate's IP entries for a literal address.
    func handler(for host: String) throws -> NIOSSLClientHandler {
        let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        return try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
    }
}
