import Foundation
import LotseClient
import LotseTestSupport
import NIOConcurrencyHelpers
import Testing

extension OverTCP {
    /// The daemon as an operator runs it. `swift test` builds `lotsed`; if it is missing,
    /// these tests fail rather than pass unrun.
    @Suite struct Daemon {
        @Test func listensReloadsOnHangupAndStopsOnTerm() async throws {
            let token = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-token-\(UUID().uuidString)")
            try "  the-token-of-the-centre\n".write(to: token, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: token) }
            let daemon = try LotsedProcess(["--port", "0", "--dialogs", Fixtures.tiny, "--counselor-token-file", token.path])
            let port = try #require(await daemon.port(), "\(daemon.log.withLockedValue { $0 })")
            #expect(daemon.log.withLockedValue { $0.contains("can hold 1000 sessions") })

            let connection = try await LineConnection.connect(host: "127.0.0.1", port: port)
            #expect(try await connection.readTurn().first?.hasPrefix("HELLO lotse/1 session=") == true)
            #expect(try await connection.turn("/auth the-token-of-the-centre").first?.hasPrefix("NOTE Beratungsmodus an") == true)

            kill(daemon.process.processIdentifier, SIGHUP)
            #expect(await eventually { daemon.log.withLockedValue { $0.contains("requested-by=SIGHUP") } })

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(try await connection.readLine() == "BYE shutdown")
            #expect(await daemon.exitStatus(within: .seconds(5)) == 0)
            #expect(daemon.log.withLockedValue { $0.contains("session ended") && !$0.contains("the-token") })
        }

        @Test func tokenFromTheEnvironment() async throws {
            let daemon = try LotsedProcess(
                ["--port", "0", "--dialogs", Fixtures.tiny], environment: ["LOTSE_COUNSELOR_TOKEN": "env-token-for-this-test"])
            let port = try #require(await daemon.port())
            let connection = try await LineConnection.connect(host: "127.0.0.1", port: port)
            _ = try await connection.readTurn()
            #expect(try await connection.turn("/auth env-token-for-this-test").first?.hasPrefix("NOTE Beratungsmodus an") == true)
            kill(daemon.process.processIdentifier, SIGINT)
            #expect(await daemon.exitStatus(within: .seconds(5)) == 0)
        }

        @Test func aShortTokenStopsTheStart() async throws {
            let daemon = try LotsedProcess(["--port", "0", "--dialogs", Fixtures.tiny], environment: ["LOTSE_COUNSELOR_TOKEN": "short"])
            #expect(await daemon.exitStatus(within: .seconds(10)) != 0)
            #expect(
                daemon.log.withLockedValue { $0.contains("the counselor token in LOTSE_COUNSELOR_TOKEN has 5 characters; use at least 16") }
            )
        }

        @Test func beyondLoopbackWithoutTLSTheDaemonSaysSoLoudly() async throws {
            let daemon = try LotsedProcess(["--host", "0.0.0.0", "--port", "0", "--dialogs", Fixtures.tiny])
            _ = try #require(await daemon.port())
            #expect(daemon.log.withLockedValue { $0.contains("warning") && $0.contains("WITHOUT TLS on 0.0.0.0") })
            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await daemon.exitStatus(within: .seconds(5)) == 0)
        }

        @Test func lotseTestRunsATranscriptOverTLSEndToEnd() async throws {
            let ca = try ThrowawayCA()
            defer { ca.remove() }
            let daemon = try LotsedProcess([
                "--port", "0", "--dialogs", Fixtures.tiny, "--tls-cert", ca.certificateFile, "--tls-key", ca.keyFile,
            ])
            let port = try #require(await daemon.port(), "\(daemon.log.withLockedValue { $0 })")
            #expect(daemon.log.withLockedValue { $0.contains("tls=true") && !$0.contains("WITHOUT TLS") })
            let transcript = ca.folder.appendingPathComponent("walk.chat")
            try "> 19\n< ASK money yesno\n".write(to: transcript, atomically: true, encoding: .utf8)
            func lotse(_ arguments: [String]) throws -> (Int32, String) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: try Repository.product("lotse"))
                process.arguments = arguments
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = pipe
                try process.run()
                let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                return (process.terminationStatus, output)
            }
            let (status, output) = try lotse(["test", "--server", "127.0.0.1:\(port)", "--tls", "--ca", ca.caFile, transcript.path])
            #expect(status == 0, "\(output)")
            #expect(output.contains("1 passed, 0 failed"))
            let (plain, _) = try lotse(["test", "--server", "127.0.0.1:\(port)", transcript.path])
            #expect(plain != 0, "a plain client gets no session from a TLS daemon")
            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await daemon.exitStatus(within: .seconds(5)) == 0)
        }

        @Test func aKeyWithoutACertificateStopsTheStart() async throws {
            let daemon = try LotsedProcess(["--port", "0", "--dialogs", Fixtures.tiny, "--tls-key", "/nonexistent.key"])
            #expect(await daemon.exitStatus(within: .seconds(10)) != 0)
            #expect(daemon.log.withLockedValue { $0.contains("TLS needs both --tls-cert and --tls-key") })
        }

        @Test func brokenDialogsStopTheStartWithTheirErrors() async throws {
            let copy = try FixtureCopy(of: Fixtures.tiny)
            try "rules: [".write(to: copy.directory.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
            let daemon = try LotsedProcess(["--port", "0", "--dialogs", copy.path])
            #expect(await daemon.exitStatus(within: .seconds(10)) == 1)
            #expect(daemon.log.withLockedValue { $0.contains(/rules\.yaml:\d+:\d+: error:/) }, "\(daemon.log.withLockedValue { $0 })")
        }
    }
}
