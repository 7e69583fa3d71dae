import ArgumentParser
import LotseServer

/// `--tls-cert FILE --tls-key FILE [--tls-client-ca FILE]`, as `lotsed` takes them.
struct TLSOptions: ParsableArguments {
    @Option(help: ArgumentHelp("TLS: the server's certificate (PEM, with its chain).", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("TLS: the server's private key (PEM).", valueName: "file"))
    var tlsKey: String?

    @Option(help: ArgumentHelp("TLS: only terminals with a certificate from this CA (PEM) may connect.", valueName: "file"))
    var tlsClientCa: String?

    func validate() throws {
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("TLS needs both --tls-cert and --tls-key") }
        if tlsClientCa != nil, tlsCert == nil { throw ValidationError("--tls-client-ca needs --tls-cert and --tls-key") }
    }

    /// The TLS settings the options give, if any.
    var settings: ServerTLS? {
        guard let tlsCert, let tlsKey else { return nil }
        return ServerTLS(certificateFile: tlsCert, keyFile: tlsKey, clientCAFile: tlsClientCa)
    }
}
