import ArgumentParser
import Foundation
import Logging
import LotseDialog
import LotseServer
import LotseStats
import ServiceLifecycle
import UnixSignals

/// `lotsed`: the daemon that serves the Lotse line protocol v1 to many terminals.
@main
struct Lotsed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lotsed",
        abstract: "Serve the Lotse dialog to many terminals over TCP (line protocol v1), and to browsers with --web.",
        discussion: """
            Each connection gets its own session on the Dialogs loaded at start. SIGHUP or a \
            counselor's /reload loads the Dialogs again; a broken directory is refused and the \
            old version stays. SIGTERM or SIGINT sends BYE shutdown to every session and exits.

            The counselor token comes from --counselor-token-file or LOTSE_COUNSELOR_TOKEN; \
            without one, counselor commands answer ERR 403. The protocol: docs/protocol.md.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port; 0 picks a free one (the log says which).")
    var port = 4747

    @Option(help: ArgumentHelp("The Dialogs directory (default: $LOTSE_DIALOGS, else ./Dialogs).", valueName: "dir"))
    var dialogs: String?

    @OptionGroup(title: "Limits")
    var limitOptions: LimitOptions

    @Option(help: ArgumentHelp("A file holding the counselor token.", valueName: "path"))
    var counselorTokenFile: String?

    @Option(
        help: ArgumentHelp(
            "Keep the network's anonymous daily counts in this SQLite file (docs/privacy.md).",
            valueName: "file"))
    var stats: String?

    @OptionGroup(title: "TLS")
    var tlsOptions: TLSOptions

    @Option(
        help: ArgumentHelp(
            "Serve /metrics (Prometheus) and /health over HTTP here; a bare port listens on 127.0.0.1.",
            valueName: "host:port"))
    var metrics: String?

    @Flag(
        help: ArgumentHelp(
            "Each connection starts with a PROXY protocol v1 header naming the terminal (HAProxy's send-proxy); "
                + "only where nothing but the balancer can connect."))
    var proxyProtocol = false

    @OptionGroup(title: "Web door")
    var webOptions: WebOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
        if let metrics, ListenAddress(metrics) == nil {
            throw ValidationError("--metrics takes HOST:PORT or a port, e.g. 9464")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = Logger(label: "lotsed")
        let directory = DialogsDirectory.resolve(dialogs)
        let server: LotseServer
        do {
            let token = try CounselorToken.load(file: counselorTokenFile)
            let tls = tlsOptions.settings
            try tls?.check()
            let statsFile = try stats.map { path throws(StatsError) in try StatsFile(path: path) }
            server = try LotseServer(
                configuration: ServerConfiguration(
                    dialogsDirectory: directory, host: host, port: port, counselorToken: token,
                    limits: limitOptions.limits, tls: tls, metrics: metrics.flatMap(ListenAddress.init).map { ($0.host, $0.port) },
                    proxyProtocol: proxyProtocol, web: webOptions.door),
                logger: logger, stats: statsFile)
        } catch {
            logger.critical("cannot start:\n\(error)")
            throw ExitCode.failure
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: server), .init(service: ReloadOnHangup(server: server))],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
