import Foundation
import Testing

@testable import LotseTranscript

/// The *.chat format: turns, expectations, comments, and what is no transcript line.
@Suite struct TranscriptParsingTests {
    private func parse(_ text: String) throws -> Transcript {
        try Transcript(file: "t.chat", text: text)
    }

    @Test func bytesThatAreNotUTF8AreReportedAtTheirLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString).chat").path
        try Data("> nein\n< ASK ".utf8 + [0xFF, 0xFE] + Data(" age\n".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try Transcript(contentsOf: path)
        } throws: { error in
            "\(error)" == "\(path):2: error: the line is not UTF-8 text; save the transcript as UTF-8"
        }
    }

    @Test func parsesTurnsExpectationsAndComments() throws {
        let transcript = try parse(
            """
            # greeting
            < SAY Hallo*
            > 19
            < ASK region choice
            ! REFER * x

              # an indented comment
            >   /why
            """)
        #expect(transcript.file == "t.chat")
        #expect(transcript.turns.count == 3)
        #expect(transcript.turns[1].input == "19")
        #expect(transcript.turns[1].line == 3)
        #expect(
            transcript.turns[1].expectations == [
                .init(kind: .present, pattern: LinePattern("ASK region choice"), line: 4),
                .init(kind: .absent, pattern: LinePattern("REFER * x"), line: 5),
            ])
        #expect(transcript.turns[2].input == "  /why")
        #expect(transcript.turns[2].line == 8)
        #expect(transcript.turns[2].expectations.isEmpty)
    }

    @Test func linesBeforeTheFirstInputBelongToTheGreeting() throws {
        let transcript = try parse("\n# hello\n< HELLO lotse/1 *\n! ERR *\n> nein\n")
        let greeting = transcript.turns[0]
        #expect(greeting.input == nil)
        #expect(greeting.line == 1)
        #expect(
            greeting.expectations == [
                .init(kind: .present, pattern: LinePattern("HELLO lotse/1 *"), line: 3),
                .init(kind: .absent, pattern: LinePattern("ERR *"), line: 4),
            ])
    }

    @Test func anEmptyTranscriptIsAGreetingWithoutExpectations() throws {
        let transcript = try parse("")
        #expect(transcript.turns.count == 1)
        #expect(transcript.turns[0].input == nil && transcript.turns[0].expectations.isEmpty)
    }

    @Test(arguments: [
        ("> 19", "19"), (">19", "19"), ("  > 19  ", "19"), (">  19", " 19"), (">", ""), ("> ", ""),
        ("> //skip", "//skip"), ("> ich bin 19 # kein Kommentar", "ich bin 19 # kein Kommentar"),
    ])
    func inputs(_ line: String, _ input: String) throws {
        #expect(try parse(line).turns[1].input == input)
    }

    @Test func patternsLoseTheirSurroundingSpaces() throws {
        let transcript = try parse("<   SAY Hallo!   \n!REFER *")
        #expect(transcript.turns[0].expectations.map(\.pattern.source) == ["SAY Hallo!", "REFER *"])
    }

    @Test func windowsLineEndingsCountOneLineEach() throws {
        let transcript = try parse("< SAY Hallo!\r\n> nein\r\n< ASK age *\r\n")
        #expect(transcript.turns.map(\.line) == [1, 2])
        #expect(transcript.turns[1].expectations.first?.line == 3)
        #expect(transcript.turns[1].input == "nein")
    }

    @Test func aStrayLineIsASyntaxErrorWithItsLine() {
        #expect {
            try parse("< SAY a\n\n# fine\n  hello there\n> 19\n")
        } throws: { error in
            guard let error = error as? Transcript.SyntaxError else { return false }
            return error.file == "t.chat" && error.line == 4
                && error.description == "t.chat:4: error: 'hello there' is no transcript line; start it with '<' (expected), "
                    + "'>' (sent), '!' (must not appear) or '#' (comment)"
        }
    }

    @Test func readsAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString).chat").path
        try "> nein\n< ASK age *\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let transcript = try Transcript(contentsOf: path)
        #expect(transcript.file == path)
        #expect(transcript.turns.map(\.input) == [nil, "nein"])
        #expect(throws: (any Error).self) { try Transcript(contentsOf: path + ".missing") }
    }
}
