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
    /// Adds each ended session's counts to the statistics file, with `stats`.
    private let stats: StatsRecorder?

    /// A server for `configuration`; loads its Dialogs and throws every error they have.
    /// - Parameter stats: the file for the network's daily counts (`--stats`); nil: none kept.
    public init(configuration: ServerConfiguration, logger: Logger, stats: StatsFile? = nil) throws(DialogLoadError) {
        self.configuration = configuration
        self.logger = logger
        let metrics = configuration.metrics.map { _ in ServerMetrics() }
        self.metrics = metrics
        let stats = stats.map { StatsRecorder(file: $0, logger: logger) }
        self.stats = stats
        let reloads: [any ServiceObserver] = [metrics].compactMap { $0 }
        let store = try DialogStore(directory: configuration.dialogsDirectory, logger: logger, observers: reloads)
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
        do {
            listener = try await bind()
            metricsListener = try await bindMetrics()
        } catch {
            logger.critical("cannot listen on \(configuration.host):\(configuration.port): \(error)")
            metricsPort.set(nil)
            throw error
        }
        defer { metricsListener?.close(promise: nil) }
        metricsPort.set(metricsListener?.localAddress?.port)
        let boundPort = listener.localAddress?.port ?? configuration.port
        logger.info(
            "listening on \(configuration.host):\(boundPort)",
            metadata: ["dialog": "\(dialog.name)@\(dialog.version)", "tls": "\(configuration.tls != nil)"])
        if configuration.tls == nil, !configuration.listensOnLoopbackOnly {
            let warning =
                "WITHOUT TLS on \(configuration.host): everything a person types and the counselor token cross the "
                + "network in clear text; /auth is refused on connections from other machines. Start lotsed with "
                + "--tls-cert and --tls-key (docs/deploy.md)."
            logger.warning("\(warning)")
        }
        port.set(boundPort)
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.service.reapIdleSessions() }
                await withTaskCancellationHandler {
                    try? await listener.closeFuture.get()
                } onCancel: {
                    stop(listener)
                }
                stop(listener)
                await service.allEnded()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.stop(listener)
        }
        logger.info("stopped")
    }

    /// Stops accepting connections and sends every session `BYE shutdown` (once, however often
    /// it is called); the idle reaper closes what is left after the grace period.
    private func stop(_ listener: any Channel) {
        let ending = service.beginShutdown()
        if listener.isActive {
            logger.info("shutting down", metadata: ["sessions": "\(ending)"])
            listener.close(promise: nil)
        }
    }

    /// The listening socket; each connection is set up by the configured transport — lines,
    /// behind TLS and a PROXY header when asked — and answers every turn on its event loop.
    private func bind() async throws -> any Channel {
        let setup = try transportSetup()
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

    /// The transport of `configuration`: TCP lines, wrapped in TLS and a PROXY header reader
    /// as configured.
    private func transportSetup() throws -> any TransportSetup {
        var setup: any TransportSetup = LineSetup(
            service: service, logger: logger, outputs: OutputBuffers(group: MultiThreadedEventLoopGroup.singleton))
        if let tls = configuration.tls { setup = TLSSetup(context: try tls.makeContext(), wrapping: setup) }
        if configuration.proxyProtocol { setup = ProxySetup(logger: logger, wrapping: setup) }
        return setup
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
