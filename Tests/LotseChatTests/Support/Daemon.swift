import LotseTestSupport

/// A `lotsed --port 0` on the mini dialog (or another) for a chat test; stopped when the last
/// reference to it goes.
struct Daemon {
    let process: LotsedProcess
    /// The port it listens on.
    let port: Int

    /// `127.0.0.1:PORT`, as `--server` takes it.
    var address: String { "127.0.0.1:\(port)" }

    /// Starts the daemon and waits for its "listening on HOST:PORT" log line.
    /// - Parameters:
    ///   - port: 0 for a free port; another daemon's port to take its place.
    ///   - idleTimeout: seconds before an idle session gets `BYE idle`.
    ///   - dialogs: the Dialogs directory it serves.
    init(port: Int = 0, idleTimeout: Int = 300, dialogs: String = Repository.fixture("mini")) throws {
        process = try LotsedProcess(["--port", "\(port)", "--dialogs", dialogs, "--idle-timeout", "\(idleTimeout)"])
        self.port = try process.waitForPort()
    }

    /// Stops the daemon (SIGTERM) and waits for it.
    func stop() {
        process.stop()
    }
}
