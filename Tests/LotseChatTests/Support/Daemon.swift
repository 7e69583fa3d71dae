import Foundation

/// A `lotsed --port 0` subprocess on the mini dialog (or another), for the duration of a test.
final class Daemon {
    private let process = Process()
    /// `127.0.0.1:PORT`, as `--server` takes it.
    let address: String

    /// The port it listens on.
    var port: Int { Int(address.split(separator: ":").last!)! }

    /// Starts the daemon and waits for its "listening on HOST:PORT" log line.
    /// - Parameters:
    ///   - port: 0 for a free port; another daemon's port to take its place.
    ///   - idleTimeout: seconds before an idle session gets `BYE idle`.
    ///   - dialogs: the Dialogs directory it serves.
    init(port: Int = 0, idleTimeout: Int = 300, dialogs: String = Paths.miniDialogs) throws {
        process.executableURL = URL(fileURLWithPath: try Paths.product("lotsed"))
        process.arguments = ["--port", "\(port)", "--dialogs", dialogs, "--idle-timeout", "\(idleTimeout)"]
        let log = Pipe()
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let data = log.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"listening on [0-9.]+:[0-9]+"#, options: .regularExpression) {
                address = String(text[range].dropFirst("listening on ".count))
                // Keep draining the log so the daemon never blocks on a full pipe.
                log.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
                return
            }
        }
        process.terminate()
        throw TestFailure("lotsed did not say where it listens:\n\(text)")
    }

    /// Stops the daemon (SIGTERM) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        stop()
    }
}
