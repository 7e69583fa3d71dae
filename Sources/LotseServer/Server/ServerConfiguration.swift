public import LotseService

/// Everything a `LotseServer` needs to know before it starts: where to listen, which Dialogs
/// to serve, the counselor token, and the limits.
public struct ServerConfiguration: Sendable {
    /// The address to listen on (`--host`).
    public var host: String
    /// The TCP port (`--port`); 0 picks a free one, which `LotseServer.listeningPort()` tells.
    public var port: Int
    /// The Dialogs directory (`--dialogs`), loaded at start and again on `/reload` or SIGHUP.
    public var dialogsDirectory: String
    /// The counselor token; without one every counselor command answers `ERR 403`.
    public var counselorToken: String?
    /// How much the server gives each client, and how long it waits.
    public var limits: ServerLimits
    /// TLS for every connection; nil: plain TCP (fine on loopback, loudly warned about beyond).
    public var tls: ServerTLS?
    /// Where `/metrics` and `/health` are served over HTTP (`--metrics`); nil: not at all.
    public var metrics: (host: String, port: Int)?
    /// The web front door (`--web`): the page and `/ws` on a listener of their own; nil: none.
    public var web: WebDoor?
    /// Whether every connection starts with a PROXY protocol v1 header naming the terminal
    /// (`--proxy-protocol`, HAProxy's `send-proxy`): then the per-address limit and the rule
    /// that keeps `/auth` to TLS or this machine judge that terminal, not the balancer.
    public var proxyProtocol: Bool

    /// Whether `host` is a loopback address, where plain TCP never leaves the machine.
    public var listensOnLoopbackOnly: Bool {
        Self.isLoopback(host)
    }

    /// Whether `host` names this machine only: `localhost` or a loopback address, as the
    /// service judges a connection's.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || SessionService.isLoopback(host)
    }

    public init(
        dialogsDirectory: String,
        host: String = "127.0.0.1",
        port: Int = 4747,
        counselorToken: String? = nil,
        limits: ServerLimits = ServerLimits(),
        tls: ServerTLS? = nil,
        metrics: (host: String, port: Int)? = nil,
        proxyProtocol: Bool = false,
        web: WebDoor? = nil
    ) {
        self.web = web
        self.metrics = metrics
        self.proxyProtocol = proxyProtocol
        self.host = host
        self.port = port
        self.dialogsDirectory = dialogsDirectory
        self.counselorToken = counselorToken
        self.limits = limits
        self.tls = tls
    }
}
