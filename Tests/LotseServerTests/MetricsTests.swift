import Foundation
import Logging
import LotseClient
import LotseServer
import LotseTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension OverTCP {
    /// `/metrics` and `/health` after real sessions, read over HTTP as Prometheus would.
    @Suite struct Metrics {
        private func get(_ path: String, port: Int) async throws -> (Int, String) {
            let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        @Test func aWalkShowsInTheCountersAndNoAnswerDoes() async throws {
            let configuration = ServerConfiguration(
                dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0,
                metrics: ("127.0.0.1", 0))
            try await LotseServer.withRunning(configuration, logger: Logger.silent) { server in
                let port = try #require(server.metricsPort)
                let (status, health) = try await get("/health", port: port)
                #expect(status == 200)
                #expect(health.hasPrefix("ok dialog=tiny@"))
                let connection = try await server.greeted()
                _ = try await connection.turn("23")
                _ = try await connection.turn("ja")
                _ = try await connection.turn("vielleicht-ein-geheimes-wort")
                _ = try await connection.turn("/nope")
                #expect(try await connection.turn("/quit") == ["BYE quit"])
                // One left before the end counts under the word the daily counts use.
                let leaving = try await server.greeted()
                #expect(try await leaving.turn("/quit") == ["BYE quit"])
                #expect(await eventually { server.server.sessionCount == 0 })
                let (_, text) = try await get("/metrics", port: port)
                #expect(text.contains("lotse_sessions_started_total 2"), "\(text)")
                #expect(text.contains("lotse_turns_total 6"))
                #expect(text.contains(#"lotse_errors_total{code="404"} 1"#))
                #expect(text.contains("lotse_referrals_total{partner="))
                #expect(text.contains(#"lotse_sessions_ended_total{outcome="referred",reason="quit"} 1"#))
                #expect(text.contains(#"lotse_sessions_ended_total{outcome="unfinished",reason="quit"} 1"#))
                #expect(text.contains("lotse_sessions_open 0"))
                #expect(text.contains("lotse_turn_duration_seconds_count 6"))
                for typed in ["vielleicht", "geheimes", "nope", "\"23\"", "\"ja\"", "\"yes\""] {
                    #expect(!text.contains(typed), "'\(typed)' reached /metrics")
                }
                #expect(try await get("/other", port: port).0 == 404)
            }
        }
    }
}
