import Foundation
import LotseTestSupport
import Testing

/// `lotse-bench load`, the client every daemon figure in docs/benchmarks.md comes from: it must
/// cut the daemon's lines into turns, answer each question and walk the dialog to its end, and
/// against a PING server count one round trip per line. Counts only — never a time.
@Suite struct BenchCommandTests {
    @Test func loadWalksWholeDialogsAgainstTheDaemonItStarts() async throws {
        let result = try await CommandRunner.lotseBench("load", "--sessions", "2", "--seconds", "1")
        #expect(result.status == 0, "\(result.output)")
        let turns = try #require(Self.number(after: "lotsed turns: 2 sessions, 1 s: ", in: result.output), "\(result.output)")
        let ends = try #require(Self.number(after: "dialogs walked to their end: ", in: result.output), "\(result.output)")
        // Misframed turns would leave the walker without a question to answer: it would only
        // restart and never reach an END.
        #expect(ends > 0)
        #expect(turns > ends)
        #expect(result.output.contains("server CPU"))
        #expect(result.output.contains("client CPU"))
    }

    @Test func loadPingsAServerThatAnswersEveryLine() async throws {
        let floor = Process()
        floor.executableURL = URL(fileURLWithPath: try Repository.product("lotse-bench"))
        floor.arguments = ["floor", "--port", "0"]
        let output = Pipe()
        floor.standardOutput = output
        try floor.run()
        defer { floor.terminate() }
        // "floor: listening on 127.0.0.1:PORT, pid PID"
        let announced = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(Self.number(after: "127.0.0.1:", in: announced), "\(announced)")

        let result = try await CommandRunner.lotseBench(
            "load", "--ping", String(port), "--server-pid", String(floor.processIdentifier), "--sessions", "2", "--seconds", "1")
        #expect(result.status == 0, "\(result.output)")
        let trips = try #require(
            Self.number(after: "PING round trips to 127.0.0.1:\(port): 2 sessions, 1 s: ", in: result.output), "\(result.output)")
        #expect(trips > 0)
        #expect(result.output.contains("server CPU"))
        #expect(!result.output.contains("dialogs walked"))
    }

    /// The whole number that follows `prefix` in `text`.
    private static func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}

/// `lotse-bench nation`: the synthetic networks benchmarks run on pass the checks and their
/// own transcripts, and the place question finds their towns.
@Suite struct NationCommandTests {
    @Test func theSyntheticNationPassesTheChecksAndItsTranscripts() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-nation-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let made = try await CommandRunner.lotseBench("nation", "--networks", "3", "--out", out, "--dialogs", Repository.bundledDialogs)
        #expect(made.status == 0, "\(made.output)")
        let check = try await CommandRunner.lotse("check", out, "--strict")
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("6 networks"))
        let tests = try await CommandRunner.lotse("test", out + "/networks/testkreis-002/tests", "--dialogs", out)
        #expect(tests.output.hasSuffix("1 passed, 0 failed\n"), "\(tests.output)")
    }
}
