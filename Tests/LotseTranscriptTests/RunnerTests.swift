import Foundation
import LotseDialog
import LotseProtocol
import LotseTestSupport
import LotseWire
import Synchronization
import Testing

@testable import LotseTranscript

/// The runner's verdicts on transcripts run in-process against the mini fixture.
@Suite struct RunnerTests {
    static let mini = try! DialogLoader.load(directory: Repository.fixture("mini"))

    /// The mini fixture's turn after "nein", as the transcript runner sees it.
    static let ageTurn = ["SAY Wie alt bist du?", "ASK age number min=5 max=99", "WAIT"]

    private func run(_ text: String, language: String? = nil) async throws -> TranscriptRunner.Failure? {
        let transcript = try Transcript(file: "t.chat", text: text)
        return await TranscriptRunner.run(transcript, on: InProcessConversation(dialog: Self.mini, language: language))
    }

    // MARK: - Passing

    @Test func passesWhenEveryExpectationHoldsInOrder() async throws {
        #expect(
            try await run(
                """
                < HELLO lotse/1 session=local dialog=mini@* langs=de,en lang-slot=counsel-lang
                < SAY Hallo!
                < ASK crisis yesno
                < OPT 2 no Nein
                < WAIT
                > nein
                < SAY Wie alt*
                < ASK age *
                ! ERR *
                > 19
                < OPT 1 nord Norden
                """) == nil)
    }

    @Test func expectationsMaySkipLines() async throws {
        #expect(try await run("< HELLO *\n< WAIT\n> nein\n< WAIT\n") == nil)
    }

    @Test func runsInTheGivenLanguage() async throws {
        #expect(try await run("< SAY Hello!\n> no\n< SAY How old are you?\n", language: "en") == nil)
    }

    @Test func aTranscriptWalksToTheReferral() async throws {
        #expect(
            try await run(
                """
                > nein
                > 19
                > kiel
                > Ausbildung
                > nein
                > Russisch
                < REFER 1 jobs-nord Agentur Nord
                < INFO jobs-nord note Kein Russisch.
                < REFER 2 youth-nord *
                < END referred
                ! REFER * youth-sued *
                """) == nil)
    }

    // MARK: - The order rule

    @Test func anExpectationThatCameEarlierFails() async throws {
        let failure = try #require(try await run("< ASK crisis yesno\n< SAY Hallo!\n"))
        #expect(failure.line == 2)
        #expect(failure.message == "expected `< SAY Hallo!` after the line matched before it, but it came earlier")
    }

    @Test func oneLineMeetsOneExpectationOnly() async throws {
        let failure = try #require(try await run("> nein\n< ASK age *\n< ASK age *\n"))
        #expect(failure.line == 3)
        #expect(failure.turn == Self.ageTurn)
    }

    @Test func aMissingLineFailsAndShowsTheTurn() async throws {
        let failure = try #require(try await run("# walk\n> nein\n< SAY Wie alt bist du?\n< ASK region choice\n"))
        #expect(failure.file == "t.chat")
        #expect(failure.line == 4)
        #expect(failure.message == "expected `< ASK region choice` in this turn")
        #expect(failure.turn == Self.ageTurn)
        #expect(
            failure.description == """
                t.chat:4: expected `< ASK region choice` in this turn
                  the turn was:
                    SAY Wie alt bist du?
                    ASK age number min=5 max=99
                    WAIT
                """)
    }

    @Test func aFailureInTheGreetingNamesItsLine() async throws {
        let failure = try #require(try await run("# greeting\n< SAY Tschüss!\n> nein\n"))
        #expect(failure.line == 2)
        #expect(failure.turn.first?.hasPrefix("HELLO lotse/1 ") == true)
        #expect(failure.turn.last == "WAIT")
    }

    // MARK: - Lines that must not appear

    @Test func aForbiddenLineFailsWhereverItStands() async throws {
        let failure = try #require(try await run("> ja\n< END emergency\n! REFER * crisis-line *\n"))
        #expect(failure.line == 3)
        #expect(failure.message == "`! REFER * crisis-line *` must not appear, but the turn has `REFER 1 crisis-line Krisentelefon`")
        #expect(failure.description.hasPrefix("t.chat:3: `! REFER * crisis-line *` must not appear"))
        #expect(failure.description.contains("\n    REFER 1 crisis-line Krisentelefon\n"))
    }

    @Test func aForbiddenLineOnlyConcernsItsTurn() async throws {
        // The crisis question's OPT lines came in the greeting, not in this turn.
        #expect(try await run("> nein\n! OPT *\n! REFER *\n") == nil)
    }

    // MARK: - Running

    @Test func theRunnerStopsAtTheFirstFailureAndClosesTheConversation() async throws {
        let conversation = ScriptedConversation(turns: [["SAY a", "WAIT"], ["SAY b", "WAIT"], ["SAY c", "WAIT"]])
        let transcript = try Transcript(file: "s.chat", text: "> one\n< SAY x\n> two\n")
        let failure = await TranscriptRunner.run(transcript, on: conversation)
        #expect(failure?.line == 2)
        #expect(conversation.sent == ["one"])
        #expect(conversation.closed == 1)
    }

    @Test func aConversationThatFailsIsReportedAtItsTurn() async throws {
        let conversation = ScriptedConversation(turns: [["WAIT"]])
        let transcript = try Transcript(file: "s.chat", text: "# a\n> one\n< WAIT\n")
        let failure = try #require(await TranscriptRunner.run(transcript, on: conversation))
        #expect(failure.line == 2)
        #expect(failure.message == "the conversation failed: the script has no more turns")
        #expect(failure.description == "s.chat:2: the conversation failed: the script has no more turns\n  the turn was:\n    (no lines)")
        #expect(conversation.closed == 1)
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

/// A conversation that answers with prepared turns and records what it was sent.
final class ScriptedConversation: Conversation {
    struct OutOfTurns: Error, CustomStringConvertible {
        var description: String { "the script has no more turns" }
    }

    private let state: Mutex<(turns: [[String]], sent: [String], closed: Int)>

    /// - Parameter turns: the greeting first, then one turn per line sent.
    init(turns: [[String]]) {
        state = Mutex((turns, [], 0))
    }

    var sent: [String] { state.withLock { $0.sent } }
    var closed: Int { state.withLock { $0.closed } }

    func open() async throws -> [String] {
        try next()
    }

    func send(_ line: String) async throws -> [String] {
        state.withLock { $0.sent.append(line) }
        return try next()
    }

    func close() async {
        state.withLock { $0.closed += 1 }
    }

    private func next() throws -> [String] {
        try state.withLock { state in
            guard !state.turns.isEmpty else { throw OutOfTurns() }
            return state.turns.removeFirst()
        }
    }
}
