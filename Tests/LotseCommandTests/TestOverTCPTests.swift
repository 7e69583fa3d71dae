import Foundation
import Logging
import LotseServer
import LotseTestSupport
import Testing

/// `lotse test --server HOST:PORT`: the bundled transcripts against a live daemon over TCP.
@Suite struct TestOverTCPTests {
    /// A daemon on the bundled Dialogs at a free loopback port, for `body`.
    static func withDaemon<Result: Sendable>(_ body: (Int) async throws -> Result) async throws -> Result {
        let dialogs = Repository.bundledDialogs
        let configuration = ServerConfiguration(dialogsDirectory: dialogs, port: 0)
        return try await LotseServer.withRunning(configuration, logger: .silent) { try await body($0.port) }
    }

    @Test func theBundledTranscriptsPassAgainstALiveDaemon() async throws {
        // The core's transcripts and every network's (networks/ID/tests).
        let transcripts = (FileManager.default.enumerator(atPath: Repository.bundledDialogs)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".chat") }
        let result = try await Self.withDaemon { port in try await CommandRunner.lotse("test", "--server", "127.0.0.1:\(port)") }
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("\(transcripts.count) passed, 0 failed\n"))
    }

    @Test func aFailingTranscriptFailsOverTCPWithItsLine() async throws {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString).chat")
        try "< HELLO lotse/1 *\n> 19\n< ASK region choice\n".write(to: transcript, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: transcript) }
        let result = try await Self.withDaemon { port in
            try await CommandRunner.lotse("test", "--server", "127.0.0.1:\(port)", transcript.path)
        }
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL \(transcript.path):3: expected `< ASK region choice` in this turn"), "\(result.output)")
        #expect(result.output.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func anUnreachableServerIsNamedOnceAndFails() async throws {
        // Port 1 on loopback: nothing listens there.
        let result = try await CommandRunner.lotse("test", "--server", "127.0.0.1:1")
        #expect(result.status == 1)
        #expect(result.output.contains("cannot reach lotsed at 127.0.0.1:1"), "\(result.output)")
        #expect(!result.output.contains("FAIL"))
    }

    @Test func coverageNeedsTheInProcessRun() async throws {
        let result = try await CommandRunner.lotse("test", "--server", "127.0.0.1:4747", "--coverage")
        #expect(result.status != 0)
        #expect(result.output.contains("coverage is measured in-process"))
    }
}
