public import Logging
public import LotseDialog
import LotseService
public import LotseStats
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
public import ServiceLifecycle

/// The daemon that serves protocol v1 to many terminals: one `Session` per TCP connection,
/// within the limits of `ServerLimits`, with counselor auth and Dialogs reload.
///
/// Run it as a `Service` in a `ServiceGroup`: a graceful shutdown sends `BYE shutdown` to
/// every session and returns within `ServerLimits.shutdownGrace`. `listeningPort()` tells the
/// port once it listens (useful with port 0).
public final class LotseServer: Service, Sendable {
    public let configuration: ServerConfiguration
    /// The road every connection's session takes.
    private let service: SessionService
    private let logger: Logger
    private let port = Latch<Int?>()
    /// The operators' counters, with `configuration.metrics`.
    private let metrics: ServerMetrics?
    private let metricsPort = Latch<Int?>()
    private let webPort = Latch<Int?>()
    /// The web door's page, read at start with `configuration.web`.
    private let webPage: WebPage?
    /// Adds each ended session's counts to the statistics file, with `stats`.
    private let stats: StatsRecorder?

    /// A server for `configuration`; loads its Dialogs and throws every error they have.
    /// - Parameter stats: the file for the network's daily counts (`--stats`); nil: none kept.
    public init(configuration: ServerConfiguration, logger: Logger, stats: StatsFile? = nil) throws(ServerStartError) {
        self.configuration = configuration
        do {
            webPage = try configuration.web.map { door throws(WebPageError) in try WebPage(kiosk: door.kiosk) }
        } catch {
            throw .web(error)
        }
        self.logger = logger
        let metrics = configuration.metrics.map { _ in ServerMetrics() }
        self.metrics = metrics
        let stats = stats.map { StatsRecorder(file: $0, logger: logger) }
        self.stats = stats
        let reloads: [any ServiceObserver] = [metrics].compactMap { $0 }
        let store: DialogStore
        do {
            store = try DialogStore(directory: configuration.dialogsDirectory, logger: logger, observers: reloads)
        } catch {
            throw .dialogs(error)
        }
        let observers: [any ServiceObserver] = reloads + [stats].compactMap { $0 }
        self.service = SessionService(
            store: store, counselorToken: configuration.counselorToken, limits: configuration.limits, logger: logger,
            observers: observers)
    }

    /// The port `/metrics` and `/health` are served on, once they are (nil without
    /// `configuration.metrics`, or when that address was taken).
    public func metricsListeningPort() async -> Int? {
        await metricsPort.value()
    }

    /// The port of the web door, once it listens (nil without `configuration.web`, or when
    /// that address was taken).
    public func webListeningPort() async -> Int? {
        await webPort.value()
    }

    /// The dialog new sessions start on.
    public var dialog: Dialog { service.store.current }

    /// How many sessions are running now.
    public var sessionCount: Int { service.sessionCount }

    /// The port the server listens on, once it does; nil if it stopped before (e.g. the
    /// address was taken).
    public func listeningPort() async -> Int? {
        await port.value()
    }

    /// Loads the Dialogs again (SIGHUP, `/reload`): new sessions get the new dialog, running
    /// ones keep theirs. A broken directory is refused and its errors thrown and logged; either
    /// way `lotse_reloads_total` counts it.
    @discardableResult
    public func reloadDialogs(requestedBy source: String) throws(DialogLoadError) -> Dialog {
        try service.store.reload(requestedBy: source).new
    }

    /// Listens and serves until a graceful shutdown (or cancellation), then waits until every
    /// session has had its `BYE shutdown` and its counts are in the statistics file.
    public func run() async throws {
        async let recording: Void = stats?.run() ?? ()
        defer { stats?.finish() }
        try await serve()
        stats?.finish()
        await recording
    }

    private func serve() async throws {
        defer { port.set(nil) }
        logCapacity()
        let listener: any Channel
        let metricsListener: (any Channel)?
        let webListener: (any Channel)?
        do {
            let setup = try transportSetup()
            listener = try await bind(setup)
            metricsListener = try await bindMetrics()
            webListener = try await bindWeb(setup)
        } catch {
            logger.critical("cannot listen on \(configuration.host):\(configuration.port): \(error)")
            metricsPort.set(nil)
            webPort.set(nil)
            throw error
        }
        defer {
            metricsListener?.close(promise: nil)
            webListener?.close(promise: nil)
        }
        metricsPort.set(metricsListener?.localAddress?.port)
        let boundPort = listener.localAddress?.port ?? configuration.port
        logger.info(
            "listening on \(configuration.host):\(boundPort)",
            metadata: ["dialog": "\(dialog.name)@\(dialog.version)", "tls": "\(configuration.tls != nil)"])
        warnWithoutTLS(on: configuration.host)
        if let door = configuration.web, let webListener {
            let scheme = configuration.tls == nil ? "http" : "https"
            logger.info("web door on \(scheme)://\(door.host):\(webListener.localAddress?.port ?? door.port)/")
            warnWithoutTLS(on: door.host)
        }
        webPort.set(webListener?.localAddress?.port)
        port.set(boundPort)
        let listeners = [listener] + [webListener].compactMap { $0 }
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.service.reapIdleSessions() }
                await withTaskCancellationHandler {
                    try? await listener.closeFuture.get()
                } onCancel: {
                    stop(listeners)
                }
                stop(listeners)
                await service.allEnded()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.stop(listeners)
        }
        logger.info("stopped")
    }

    /// Stops accepting connections and sends every session `BYE shutdown` (once, however often
    /// it is called); the idle reaper closes what is left after the grace period.
    private func stop(_ listeners: [any Channel]) {
        let ending = service.beginShutdown()
        if listeners[0].isActive {
            logger.info("shutting down", metadata: ["sessions": "\(ending)"])
        }
        for listener in listeners where listener.isActive { listener.close(promise: nil) }
    }

    /// Says loudly that a listener beyond this machine carries everything in clear text.
    private func warnWithoutTLS(on host: String) {
        guard configuration.tls == nil, !ServerConfiguration.isLoopback(host) else { return }
        let warning =
            "WITHOUT TLS on \(host): everything a person types and the counselor token cross the "
            + "network in clear text; /auth is refused on connections from other machines. Start lotsed with "
            + "--tls-cert and --tls-key (docs/deploy.md)."
        logger.warning("\(warning)")
    }

    /// The listening socket; each connection is set up by the configured transport — lines,
    /// behind TLS and a PROXY header when asked — and answers every turn on its event loop.
    private func bind(_ setup: Transport) async throws -> any Channel {
        let setup = setup.lines
        return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try setup.setUp(channel, encrypted: false) }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
    }

    /// The transports of `configuration`: TCP lines, and the web door with `configuration.web`,
    /// each wrapped in TLS as configured (and the TCP lines in a PROXY header reader).
    private func transportSetup() throws -> Transport {
        let lines = LineSetup(service: service, logger: logger, outputs: OutputBuffers(group: MultiThreadedEventLoopGroup.singleton))
        let tls = try configuration.tls?.makeContext()
        var tcp: any TransportSetup = lines
        if let tls { tcp = TLSSetup(context: tls, wrapping: tcp) }
        if configuration.proxyProtocol { tcp = ProxySetup(logger: logger, wrapping: tcp) }
        var web: (any TransportSetup)?
        if let door = configuration.web, let webPage {
            web = WebSetup(lines: lines, page: webPage, origins: door.allowedOrigins)
            if let tls, let plain = web { web = TLSSetup(context: tls, wrapping: plain) }
        }
        return Transport(lines: tcp, web: web)
    }

    /// The setups of one run: TCP's, and the web door's if there is one.
    private struct Transport {
        let lines: any TransportSetup
        let web: (any TransportSetup)?
    }

    /// The web door's listener, with `configuration.web`.
    private func bindWeb(_ setup: Transport) async throws -> (any Channel)? {
        guard let door = configuration.web, let web = setup.web else { return nil }
        return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try web.setUp(channel, encrypted: false) }
            }
            .bind(host: door.host, port: door.port)
            .get()
    }

    /// The HTTP listener for `/metrics` and `/health`, with `configuration.metrics`.
    private func bindMetrics() async throws -> (any Channel)? {
        guard let address = configuration.metrics, let metrics else { return nil }
        let store = service.store
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(metrics: metrics, store: store))
                }
            }
            .bind(host: address.host, port: address.port)
            .get()
        logger.info("metrics on http://\(address.host):\(channel.localAddress?.port ?? address.port)/metrics")
        return channel
    }

    /// Raises the open-file limit and says how many sessions it leaves room for.
    private func logCapacity() {
        let openFiles = OpenFileLimit.raiseToMaximum()
        let room = OpenFileLimit.sessionCapacity(openFiles: openFiles)
        let maxSessions = configuration.limits.maxSessions
        let metadata: Logger.Metadata = ["open-files": "\(openFiles)", "max-sessions": "\(maxSessions)"]
        if room < maxSessions {
            logger.warning("can hold \(room) sessions: the open-file limit is below --max-sessions", metadata: metadata)
        } else {
            logger.info("can hold \(maxSessions) sessions", metadata: metadata)
        }
    }
}
