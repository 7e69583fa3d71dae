public import Foundation
public import NIOConcurrencyHelpers

/// A `lotsed` process started by a test or a benchmark — the one launcher both use — and what
/// it writes to standard error. SIGTERM when the last reference goes, if it was not stopped.
public final class LotsedProcess: Sendable {
    public let process: Process
    /// Everything the daemon logged so far (with `keepingLog: false`, up to its port).
    public let log = NIOLockedValueBox("")
    /// Whether standard error has reached its end.
    private let logEnded = NIOLockedValueBox(false)

    /// Starts `lotsed ARGUMENTS` with `environment` added to the test's own.
    /// - Parameters:
    ///   - executable: the `lotsed` to start; nil: the one built beside the tests.
    ///   - keepingLog: false: the log is kept only until the daemon says its port, then
    ///     drained and dropped (a benchmark's daemon logs every session for minutes).
    public init(
        _ arguments: [String], environment: [String: String] = [:], executable: String? = nil, keepingLog: Bool = true
    ) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable ?? Repository.product("lotsed"))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        self.process = process
        try process.run()
        // Drained all along, so the daemon never blocks on a full pipe.
        DispatchQueue.global().async { [self] in
            while case let data = pipe.fileHandleForReading.availableData, !data.isEmpty {
                if keepingLog || self.portInLog == nil {
                    self.log.withLockedValue { $0 += String(decoding: data, as: UTF8.self) }
                }
            }
            self.logEnded.withLockedValue { $0 = true }
        }
    }

    /// The port from the log's `listening on HOST:PORT`, once it is there (nil if it does not
    /// come within 20 s, or the daemon ends first).
    public func port() async -> Int? {
        _ = await eventually(within: .seconds(20)) { portInLog != nil || logEnded.withLockedValue { $0 } }
        return portInLog
    }

    /// `port()` for a synchronous test: blocks until the log names the port; throws with the
    /// log when it does not within 20 s or the daemon ends first.
    public func waitForPort() throws(TestSetupError) -> Int {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline, !logEnded.withLockedValue({ $0 }) {
            if let port = portInLog { return port }
            usleep(20_000)
        }
        if let port = portInLog { return port }
        throw .notListening(log: log.withLockedValue { $0 })
    }

    /// The port of the log's `listening on HOST:PORT` line, if it is there yet.
    private var portInLog: Int? {
        log.withLockedValue { $0.firstMatch(of: /listening on [^ \n]*:(\d+)/).flatMap { Int($0.1) } }
    }

    /// Waits for the process (and its log) to end; its status, or nil if it has not ended in time.
    public func exitStatus(within timeout: Duration) async -> Int32? {
        guard await eventually(within: timeout, { !process.isRunning && logEnded.withLockedValue { $0 } }) else {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    /// SIGTERM, and waits for the process to end.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        stop()
    }
}
