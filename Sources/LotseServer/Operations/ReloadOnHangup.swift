public import ServiceLifecycle
public import UnixSignals

/// Reloads the server's Dialogs on every SIGHUP, as daemons do; ends with a graceful shutdown.
public struct ReloadOnHangup: Service {
    let server: LotseServer

    public init(server: LotseServer) {
        self.server = server
    }

    public func run() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            // A broken directory is refused and logged by the server; the old dialog stays.
            _ = try? server.reloadDialogs(requestedBy: "SIGHUP")
        }
    }
}
