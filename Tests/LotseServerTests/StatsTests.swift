import Foundation
import Logging
import LotseClient
import LotseServer
import LotseStats
import LotseTestSupport
import Testing

extension OverTCP {
    /// `--stats`: real sessions over TCP end up as daily counts in the SQLite file, and nothing
    /// a person typed does.
    @Suite struct Stats {
        static let token = "stats-test-token-0123456789"

        @Test func endedSessionsAreCountedByOutcomeLanguageAndPartnerAndCounselorsAreNot() async throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-stats-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let configuration = ServerConfiguration(dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0, counselorToken: Self.token)
            try await LotseServer.withRunning(configuration, logger: Logger.silent, stats: try StatsFile(path: path)) { server in
                let referred = try await server.greeted()
                _ = try await referred.turn("23")
                _ = try await referred.turn("vielleicht-ein-geheimes-wort")
                _ = try await referred.turn("ja")
                #expect(try await referred.turn("/quit") == ["BYE quit"])

                let leaves = try await server.greeted()
                _ = try await leaves.turn("31")
                leaves.close()

                let counselor = try await server.greeted()
                _ = try await counselor.turn("/auth \(Self.token)")
                _ = try await counselor.turn("40")
                _ = try await counselor.turn("ja")
                _ = try await counselor.turn("/quit")
                #expect(await eventually { server.server.sessionCount == 0 })
            }
            let counts = try StatsFile(readingOnly: path).counts()
            let today = StatsDay.today
            #expect(Set(counts.map(\.day)) == [today])
            let totals = Dictionary(uniqueKeysWithValues: counts.map { ($0.key, $0.count) })
            #expect(
                totals == [
                    StatsKey(.sessions, ""): 2,
                    StatsKey(.outcome, "referred"): 1,
                    StatsKey(.outcome, "unfinished"): 1,
                    StatsKey(.language, "de"): 2,
                    StatsKey(.partner, "youth-everywhere"): 1,
                    StatsKey(.partner, "money-everywhere"): 1,
                ])
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            for typed in ["geheimes", "vielleicht", Self.token] {
                #expect(bytes.range(of: Data(typed.utf8)) == nil, "'\(typed)' reached the statistics file")
            }
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }

        @Test func aSecondRunAddsToTheSameDay() async throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-stats-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let configuration = ServerConfiguration(dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0)
            for _ in 1...2 {
                try await LotseServer.withRunning(configuration, logger: Logger.silent, stats: try StatsFile(path: path)) { server in
                    let connection = try await server.greeted()
                    _ = try await connection.turn("/quit")
                }
            }
            let sessions = try StatsFile(readingOnly: path).counts().first { $0.key.dimension == .sessions }
            #expect(sessions?.count == 2)
        }
    }
}
