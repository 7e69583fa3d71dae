import Foundation
import Logging
import LotseClient
import LotseServer
import LotseService
import LotseTestSupport
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

/// Every test that starts a server over TCP is nested in this suite, so they run one after
/// another: timing (idle, rate) and memory checks stay meaningful.
@Suite(.serialized) struct OverTCP {}

/// The Dialogs the tests serve.
enum Fixtures {
    /// A two-question dialog (`Tests/Fixtures/tiny`).
    static let tiny = Repository.fixture("tiny")
    /// The bundled knowledge base.
    static let bundled = Repository.bundledDialogs
}

/// A logger that drops everything, or keeps it for a test to read.
final class LogRecorder: Sendable {
    let lines = NIOLockedValueBox<[String]>([])

    var logger: Logger {
        Logger(label: "lotsed-test") { _ in RecordingHandler(recorder: self) }
    }

    struct RecordingHandler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let text = "\(event.level) \(event.message) " + all.map { "\($0)=\($1)" }.sorted().joined(separator: " ")
            recorder.lines.withLockedValue { $0.append(text) }
        }
    }
}

/// Runs a server on a free port of 127.0.0.1 for `body`, then shuts it down.
func withServer<Result: Sendable>(
    dialogs: String = Fixtures.tiny,
    token: String? = nil,
    logger: Logger = .silent,
    limits adjust: (inout ServerLimits) -> Void = { _ in },
    proxyProtocol: Bool = false,
    web: WebDoor? = nil,
    _ body: (RunningServer) async throws -> Result
) async throws -> Result {
    var limits = ServerLimits()
    adjust(&limits)
    let configuration = ServerConfiguration(
        dialogsDirectory: dialogs, host: "127.0.0.1", port: 0, counselorToken: token, limits: limits, proxyProtocol: proxyProtocol,
        web: web)
    return try await LotseServer.withRunning(configuration, logger: logger, body)
}

extension RunningServer {
    /// A new connection to the server; a read waits at most `readTimeout`.
    func connect(readTimeout: Duration = .seconds(10)) async throws -> LineConnection {
        try await LineConnection.connect(host: host, port: port, readTimeout: readTimeout)
    }

    /// A new connection whose greeting turn has been read.
    func greeted() async throws -> LineConnection {
        let connection = try await connect()
        _ = try await connection.readTurn()
        return connection
    }
}

extension LineConnection {
    /// Sends `line` and returns its turn.
    func turn(_ line: String) async throws -> [String] {
        try await send(line)
        return try await readTurn()
    }
}

/// The resident memory of this process, in bytes (Linux; 0 elsewhere).
func residentMemory() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// A client that sends and never reads what the server answers, as a stuck or hostile one
/// would: a SwiftNIO connection with `autoRead` off.
final class NonReadingClient: Sendable {
    private let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    static func connect(to server: RunningServer) async throws -> NonReadingClient {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: false)
            .connect(host: server.host, port: server.port)
            .get()
        return NonReadingClient(channel: channel)
    }

    /// Waits while the server does not read (the socket's buffers are full).
    func send(bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes))
    }

    func close() {
        channel.close(promise: nil)
    }
}
