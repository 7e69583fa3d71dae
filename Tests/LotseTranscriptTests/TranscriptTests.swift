import Foundation
import LotseDialog
import Testing

@testable import LotseTranscript

/// The *.chat format, its patterns, and the runner's verdicts.
@Suite struct TranscriptTests {
    static let mini = try! DialogLoader.load(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/mini").path)

    @Test func parsesTurnsExpectationsAndComments() throws {
        let transcript = try Transcript(file: "t.chat", text: """
            # greeting
            < SAY Hallo*
            > 19
            < ASK region choice
            ! REFER * x

            >   /why
            """)
        #expect(transcript.turns.count == 3)
        #expect(transcript.turns[0].input == nil)
        #expect(transcript.turns[0].expectations == [.init(kind: .present, pattern: LinePattern("SAY Hallo*"), line: 2)])
        #expect(transcript.turns[1].input == "19")
        #expect(transcript.turns[1].line == 3)
        #expect(transcript.turns[1].expectations.map(\.kind) == [.present, .absent])
        #expect(transcript.turns[2].input == "  /why")
    }

    @Test func aStrayLineIsASyntaxErrorWithItsLine() {
        #expect {
            try Transcript(file: "t.chat", text: "< SAY a\nhello\n")
        } throws: { error in
            (error as? Transcript.SyntaxError)?.description.hasPrefix("t.chat:2: error: 'hello' is no transcript line") == true
        }
    }

    @Test(arguments: [
        ("SAY Hallo", "SAY Hallo", true), ("SAY Hallo", "SAY Hallo!", false), ("SAY Hallo*", "SAY Hallo du", true),
        ("*du", "SAY Hallo du", true), ("REFER * jmd-*", "REFER 1 jmd-siegen Jugendmigrationsdienst Siegen", true),
        ("REFER * jmd-*", "REFER 1 aa-siegen Agentur", false), ("*", "", true), ("a*b*c", "abc", true), ("a*b*c", "acb", false),
        ("a**", "a", true), ("x*x", "x", false),
    ])
    func patterns(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    private func run(_ text: String) async throws -> TranscriptRunner.Failure? {
        let transcript = try Transcript(file: "t.chat", text: text)
        return await TranscriptRunner.run(transcript, on: InProcessConversation(dialog: Self.mini))
    }

    @Test func passesWhenExpectationsHoldInOrder() async throws {
        #expect(try await run("< HELLO lotse/1 *\n< SAY Hallo!\n< ASK crisis yesno\n> nein\n< ASK age *\n! ERR *\n") == nil)
    }

    @Test func outOfOrderExpectationFails() async throws {
        let failure = try await run("< ASK crisis yesno\n< SAY Hallo!\n")
        #expect(failure?.line == 2)
        #expect(failure?.message.contains("came earlier") == true)
    }

    @Test func missingExpectationShowsTheTurn() async throws {
        let failure = try await run("> nein\n< ASK region choice\n")
        #expect(failure?.line == 2)
        #expect(failure?.description.hasPrefix("t.chat:2: expected `< ASK region choice` in this turn") == true)
        #expect(failure?.turn.contains("ASK age number min=5 max=99") == true)
    }

    @Test func forbiddenLineFails() async throws {
        let failure = try await run("> ja\n! REFER * crisis-line *\n")
        #expect(failure?.message == "`! REFER * crisis-line *` must not appear, but the turn has `REFER 1 crisis-line Krisentelefon`")
    }

    @Test func coverageRecordsWhatTheRunsExercised() async throws {
        let recorder = CoverageRecorder()
        let transcript = try Transcript(file: "t.chat", text: "> ja\n")
        _ = await TranscriptRunner.run(transcript, on: InProcessConversation(dialog: Self.mini, coverage: recorder))
        let measures = recorder.coverage.measures(of: Self.mini)
        #expect(measures.first { $0.name == "partners" }?.covered == 1)
        #expect(measures.first { $0.name == "rules" }?.missed == ["young", "training", "work", "money-maybe"])
        #expect(measures.first { $0.name == "branches" }?.missed == ["crisis-check → ask-age"])
    }
}
