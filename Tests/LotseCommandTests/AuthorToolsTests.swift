import Foundation
import LotseTestSupport
import Testing

/// `lotse check`, `test`, `paths` and `graph` as authors and scripts use them: output and exit codes.
@Suite struct AuthorToolsTests {
    static let mini = "Tests/Fixtures/mini"

    @Test func checkPassesTheBundledDialogsStrictly() async throws {
        let result = try await CommandRunner.lotse("check", "Dialogs", "--strict")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Dialogs: lotse@"))
        #expect(result.output.contains("0 errors, 0 warnings"))
    }

    @Test func checkReportsABrokenCopyAtFileLineColumnAndFails() async throws {
        let copy = try FixtureCopy("mini")
        let rules = copy.directory.appendingPathComponent("rules.yaml")
        let text = try String(contentsOf: rules, encoding: .utf8).replacingOccurrences(
            of: "when: goal == ausbildung", with: "when: gaol == ausbildung")
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let result = try await CommandRunner.lotse("check", copy.path)
        #expect(result.status == 1)
        #expect(result.output.contains("\(copy.path)/rules.yaml:19:11: error: unknown slot 'gaol'; did you mean 'goal'?"))
        #expect(result.output.contains("1 errors, 0 warnings"))
    }

    @Test func checkTakesTheDirectoryAsArgumentOrWithDialogsButNotBoth() async throws {
        #expect(try await CommandRunner.lotse("check", "--dialogs", Self.mini).output.contains("Tests/Fixtures/mini: mini@"))
        let both = try await CommandRunner.lotse("check", Self.mini, "--dialogs", Self.mini)
        #expect(both.status != 0)
        #expect(both.output.contains("give the Dialogs directory once"))
    }

    @Test func aServerAddressIsValidatedWhereItIsParsed() async throws {
        let result = try await CommandRunner.lotse("test", "--server", "nope:99999")
        #expect(result.status != 0)
        #expect(result.output.contains("The value 'nope:99999' is invalid for '--server <host:port>'"))
    }

    @Test func checkWarningsFailOnlyWhenStrict() async throws {
        #expect(try await CommandRunner.lotse("check", Self.mini).status == 0)
        let strict = try await CommandRunner.lotse("check", Self.mini, "--strict")
        #expect(strict.status == 1)
        #expect(strict.output.contains("warning: rule 'young' can fire in the nationwide path"))
    }

    @Test func testCountsAndFailsWithTheTurn() async throws {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString).chat")
        try "> nein\n< ASK region choice\n".write(to: transcript, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: transcript) }
        let result = try await CommandRunner.lotse("test", "--dialogs", Self.mini, transcript.path)
        #expect(result.status == 1)
        #expect(result.output.contains("\(transcript.path):2: expected `< ASK region choice` in this turn"))
        #expect(result.output.contains("    ASK age number min=5 max=99"))
        #expect(result.output.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func testPassesTheBundledTranscriptsWithFullCoverage() async throws {
        let result = try await CommandRunner.lotse("test", "--min-coverage", "100")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("total 100.0%"))
        #expect(result.output.contains(" passed, 0 failed"))
    }

    @Test func pathsListsSituationsAsCSV() async throws {
        let result = try await CommandRunner.lotse("paths", "--dialogs", Self.mini, "--format", "csv")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "age,region,goal,crisis,money,counsel-lang,outcome,partners")
        #expect(lines.contains(",,,yes,,,emergency,1 crisis-line"))
        #expect(lines.contains("15–26,nord,ausbildung,no,no,de|en|ru|other,referred,\"1 jobs-nord, 2 youth-nord\""))
    }

    @Test func graphDrawsDotAndMermaid() async throws {
        let dot = try await CommandRunner.lotse("graph", "--dialogs", Self.mini)
        #expect(dot.output.hasPrefix("digraph lotse {"))
        #expect(dot.output.contains("\"crisis-check\" -> \"referral\" [label=\"crisis == yes\"];"))
        let mermaid = try await CommandRunner.lotse("graph", "--dialogs", Self.mini, "--format", "mermaid")
        #expect(mermaid.output.hasPrefix("flowchart TD"))
        #expect(mermaid.output.contains("n_crisis_check -->|\"else\"| n_ask_age"))
    }
}
