import LotseTranscript
import Testing

/// The `*.chat` format written (as `lotse chat --record` does) and read back.
@Suite struct TranscriptLineTests {
    @Test func linesAreWrittenInTheTranscriptFormat() {
        #expect(TranscriptLine.received("HELLO lotse/1 session=7f dialog=m@1 langs=de") == "< HELLO lotse/1 *")
        #expect(TranscriptLine.received("SAY Hallo!") == "< SAY Hallo!")
        #expect(TranscriptLine.sent("19") == "> 19")
        #expect(TranscriptLine.comment("recorded") == "# recorded")
    }

    @Test func aRecordedChatReadsBackAsTheTurnsItRecorded() throws {
        let greeting = ["HELLO lotse/1 session=7f dialog=m@1 langs=de,en", "SAY Hallo!", "ASK age number min=5 max=99", "WAIT"]
        let answer = ["SAY Danke. *Sternchen* bleiben Text.", "ASK region choice", "OPT 1 nord Norden", "WAIT"]
        let text =
            ([TranscriptLine.comment("recorded")] + greeting.map(TranscriptLine.received) + [TranscriptLine.sent("19")]
            + answer.map(TranscriptLine.received)).joined(separator: "\n")
        let transcript = try Transcript(file: "recorded.chat", text: text)
        #expect(transcript.turns.map(\.input) == [nil, "19"])
        // Every recorded server line is expected, in order, and matches the line it came from.
        for (turn, lines) in zip(transcript.turns, [greeting, answer]) {
            #expect(turn.expectations.count == lines.count)
            for (expectation, line) in zip(turn.expectations, lines) {
                #expect(expectation.kind == .present && expectation.pattern.matches(line), "\(expectation.pattern) vs \(line)")
            }
        }
        // The greeting's session id and dialog version may differ next time.
        #expect(transcript.turns[0].expectations[0].pattern.matches("HELLO lotse/1 session=99 dialog=m@2 langs=de"))
    }
}
