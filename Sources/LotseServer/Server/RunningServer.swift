public import Logging
public import LotseStats
public import ServiceLifecycle

extension LotseServer {
    /// Runs a server in its own `ServiceGroup` while `body` runs, then shuts it down
    /// gracefully: for tests, and for a client that wants a daemon of its own. Use port 0 in
    /// `configuration` to get a free port; `body` learns it from `RunningServer.port`.
    public static func withRunning<Result: Sendable>(
        _ configuration: ServerConfiguration,
        logger: Logger,
        stats: StatsFile? = nil,
        _ body: (RunningServer) async throws -> Result
    ) async throws -> Result {
        let server = try LotseServer(configuration: configuration, logger: logger, stats: stats)
        let group = ServiceGroup(configuration: .init(services: [server], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            guard let port = await server.listeningPort() else {
                try await tasks.waitForAll()
                throw RunningServerError.notListening
            }
            let running = RunningServer(
                server: server, port: port, metricsPort: await server.metricsListeningPort(), webPort: await server.webListeningPort(),
                group: group)
            do {
                let result = try await body(running)
                await running.shutDown()
                try await tasks.waitForAll()
                return result
            } catch {
                await running.shutDown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}

/// A server started by `LotseServer.withRunning`.
public struct RunningServer: Sendable {
    public let server: LotseServer
    /// The port it listens on.
    public let port: Int
    /// The port of `/metrics` and `/health`, with `ServerConfiguration.metrics`.
    public let metricsPort: Int?
    /// The port of the web door, with `ServerConfiguration.web`.
    public let webPort: Int?
    let group: ServiceGroup

    /// The host it listens on.
    public var host: String { server.configuration.host }

    /// Starts a graceful shutdown: every session gets `BYE shutdown`.
    public func shutDown() async {
        await group.triggerGracefulShutdown()
    }
}

/// `LotseServer.withRunning` could not start the server.
public enum RunningServerError: Error, Equatable {
    /// The server stopped before it listened.
    case notListening
}
