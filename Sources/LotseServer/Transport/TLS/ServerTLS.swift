import NIOSSL

/// TLS for terminals on a LAN (`--tls-cert`, `--tls-key`, optionally `--tls-client-ca`): the
/// daemon's certificate chain and key, and — for terminals with certificates of their own —
/// the CA whose certificates a client must present.
public struct ServerTLS: Sendable {
    /// A PEM file with the server's certificate (and its chain).
    public var certificateFile: String
    /// A PEM file with the server's private key.
    public var keyFile: String
    /// A PEM file with the CA that signs the terminals' certificates; nil: no client
    /// certificates asked for.
    public var clientCAFile: String?

    public init(certificateFile: String, keyFile: String, clientCAFile: String? = nil) {
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.clientCAFile = clientCAFile
    }

    /// Reads the files and checks that they make a usable context, so that `lotsed` can refuse
    /// to start with a clear reason.
    public func check() throws(ServerTLSError) {
        _ = try makeContext()
    }

    /// The context every connection's TLS handler shares; throws a `ServerTLSError` naming the
    /// file that could not be read.
    func makeContext() throws(ServerTLSError) -> NIOSSLContext {
        let chain: [NIOSSLCertificateSource]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateFile).map { .certificate($0) }
        } catch {
            throw .unreadable(certificateFile, "\(error)")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        } catch {
            throw .unreadable(keyFile, "\(error)")
        }
        var configuration =
            clientCAFile.map { ca in
                TLSConfiguration.makeServerConfigurationWithMTLS(
                    certificateChain: chain, privateKey: .privateKey(key), trustRoots: .file(ca))
            } ?? .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw .unusable("\(error)")
        }
    }
}

/// Why the daemon cannot serve TLS.
public enum ServerTLSError: Error, CustomStringConvertible {
    /// A certificate or key file is missing or no PEM.
    case unreadable(String, String)
    /// The certificate and key do not go together, or the CA file is broken.
    case unusable(String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "cannot read \(file) as PEM: \(reason)"
        case .unusable(let reason): "the TLS certificate, key or client CA cannot be used: \(reason)"
        }
    }
}
