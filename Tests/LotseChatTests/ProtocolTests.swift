import LotseWire
import Testing

@testable import LotseChat

/// Tracking the conversation from the server lines.
@Suite struct ProtocolTests {
    @Test func stateFollowsQuestionsLanguageAndEnd() {
        var state = ChatState()
        for line in ["HELLO lotse/1 session=1 dialog=m@1 langs=de,en", "ASK region choice", "OPT 1 nord Norden", "WAIT"] {
            state.receive(ServerMessage(line: line))
        }
        #expect(state.language == "de")
        #expect(state.question?.options.map(\.key) == ["nord"])
        #expect(state.isWaiting)
        state.send("/lang en")
        #expect(!state.isWaiting)
        state.receive(.wait)
        #expect(state.language == "en")
        state.send("/lang xx")
        state.receive(.error(code: .known(.notUnderstood), text: "no"))
        state.receive(.wait)
        #expect(state.language == "en")
        state.send("3")
        state.receive(.end(.known(.referred)))
        #expect(state.question == nil && state.outcome == .known(.referred))
    }

    @Test func sentLinesAreReadAsTheServerReadsThem() {
        var state = ChatState()
        for line in [
            "HELLO lotse/1 session=1 dialog=m@1 langs=de,en lang-slot=sprache", "ASK sprache choice", "OPT 1 de Deutsch",
            "OPT 2 en English", "WAIT",
        ] {
            state.receive(ServerMessage(line: line))
        }
        state.send("  /LANG EN ")
        state.receive(.wait)
        #expect(state.language == "en")
        state.send("/lang")  // no code: the server says which there are, the language stays
        state.receive(.wait)
        #expect(state.language == "en")
        state.send("English")
        #expect(state.turnCounselLanguage == "en")
        state.receive(.end(.known(.referred)))
        state.send("/RESTART")
        #expect(state.outcome == nil)
    }

    @Test func withoutLangSlotNoQuestionIsTakenForTheCounsellingLanguage() {
        var state = ChatState()
        for line in ["HELLO lotse/1 session=1 dialog=m@1 langs=de,en", "ASK counsel-lang choice", "OPT 1 de Deutsch", "WAIT"] {
            state.receive(ServerMessage(line: line))
        }
        state.send("Deutsch")
        #expect(state.languageSlot == nil)
        #expect(state.turnCounselLanguage == nil)
    }

    @Test func backoffDoublesToTheCeiling() {
        var backoff = Backoff(initial: .milliseconds(500), ceiling: .seconds(4))
        let delays = (0..<6).map { _ in backoff.next() }
        #expect(delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(4), .seconds(4)])
        backoff.reset()
        #expect(backoff.next() == .milliseconds(500))
    }
}

/// The counselling language the person chose, for the slip.
@Suite struct CounselLanguageTests {
    private func state(answering answer: String, reply: [String] = ["WAIT"]) -> ChatState {
        var state = ChatState()
        for line in [
            "HELLO lotse/1 session=1 dialog=m@1 langs=de,en lang-slot=counsel-lang", "ASK counsel-lang choice", "OPT 1 de Deutsch",
            "OPT 2 en Englisch", "OPT 3 other Andere Sprache", "WAIT",
        ] {
            state.receive(ServerMessage(line: line))
        }
        state.send(answer)
        reply.forEach { state.receive(ServerMessage(line: $0)) }
        return state
    }

    @Test func byNumberKeyOrLabel() {
        #expect(state(answering: "2").counselLanguage == "en")
        #expect(state(answering: "EN").counselLanguage == "en")
        #expect(state(answering: "englisch").counselLanguage == "en")
    }

    @Test func notWhenRefusedOrUnclear() {
        #expect(state(answering: "2", reply: ["ERR 400 no", "WAIT"]).counselLanguage == nil)
        #expect(state(answering: "engl").counselLanguage == nil)
        #expect(state(answering: "/skip").counselLanguage == nil)
    }

    @Test func theSlipHighlightsIt() {
        var renderer = Renderer(width: 60, language: "de", style: Style(colored: false))
        renderer.highlight = "en"
        _ = renderer.render(ServerMessage(line: "REFER 1 jmd JMD"))
        _ = renderer.render(ServerMessage(line: "INFO jmd languages de,en"))
        #expect(renderer.flush().contains("     Sprachen: Deutsch, [English]"))
    }
}
