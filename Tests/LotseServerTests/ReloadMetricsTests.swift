import Foundation
import Logging
import LotseServer
import LotseTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension OverTCP {
    /// A reload the daemon does itself (SIGHUP goes through `reloadDialogs(requestedBy:)`) shows
    /// in `lotse_reloads_total` like a counselor's `/reload`: ok, and refused for broken Dialogs.
    @Suite struct ReloadMetrics {
        private func metrics(port: Int) async throws -> String {
            let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/metrics")!)
            return String(decoding: data, as: UTF8.self)
        }

        @Test func aHangupReloadIsCountedOkOrRefused() async throws {
            let copy = try FixtureCopy(of: Fixtures.tiny)
            let configuration = ServerConfiguration(
                dialogsDirectory: copy.path, host: "127.0.0.1", port: 0,
                metrics: ("127.0.0.1", 0))
            try await LotseServer.withRunning(configuration, logger: Logger.silent) { server in
                let port = try #require(server.metricsPort)
                try server.server.reloadDialogs(requestedBy: "SIGHUP")
                let afterOk = try await metrics(port: port)
                #expect(afterOk.contains(#"lotse_reloads_total{result="ok"} 1"#), "\(afterOk)")

                let rules = copy.directory.appendingPathComponent("rules.yaml")
                try String(contentsOf: rules, encoding: .utf8).replacingOccurrences(of: "when: money == yes", with: "when: money == maybe")
                    .write(to: rules, atomically: true, encoding: .utf8)
                #expect(throws: (any Error).self) { try server.server.reloadDialogs(requestedBy: "SIGHUP") }
                let afterRefused = try await metrics(port: port)
                #expect(afterRefused.contains(#"lotse_reloads_total{result="ok"} 1"#), "\(afterRefused)")
                #expect(afterRefused.contains(#"lotse_reloads_total{result="refused"} 1"#), "\(afterRefused)")
            }
        }

        @Test func aCounselorsReloadIsCountedOnce() async throws {
            let configuration = ServerConfiguration(
                dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0, counselorToken: "reload-metrics-token-0123",
                metrics: ("127.0.0.1", 0))
            try await LotseServer.withRunning(configuration, logger: Logger.silent) { server in
                let port = try #require(server.metricsPort)
                let connection = try await server.greeted()
                _ = try await connection.turn("/auth reload-metrics-token-0123")
                #expect(try await connection.turn("/reload").first?.hasPrefix("NOTE ") == true)
                let text = try await metrics(port: port)
                #expect(text.contains(#"lotse_reloads_total{result="ok"} 1"#), "\(text)")
            }
        }
    }
}
