import Testing

@testable import LotseChat

/// Parsing server lines and tracking the conversation.
@Suite struct ProtocolTests {
    @Test func parsing() {
        #expect(ServerMessage(line: "HELLO lotse/1 session=7f dialog=lotse@3c langs=de,en,ru")
                == .hello(.init(version: "lotse/1", languages: ["de", "en", "ru"])))
        #expect(ServerMessage(line: "ASK age number min=5 max=99") == .ask(slot: "age", type: "number"))
        #expect(ServerMessage(line: "OPT 2 sued Süden am See") == .option(.init(number: 2, key: "sued", label: "Süden am See")))
        #expect(ServerMessage(line: "REFER 1 jmd-siegen JMD Siegen") == .refer(rank: 1, partner: "jmd-siegen", name: "JMD Siegen"))
        #expect(ServerMessage(line: "INFO mbe phone 0800 1") == .info(partner: "mbe", field: "phone", value: "0800 1"))
        #expect(ServerMessage(line: "ERR 400 Bitte.") == .error(code: 400, text: "Bitte."))
        #expect(ServerMessage(line: "SAY") == .say(""))
        #expect(ServerMessage(line: "WAIT") == .wait)
        #expect(ServerMessage(line: "OPT x y") == .other("OPT x y"))
        #expect(ServerMessage(line: "PING") == .other("PING"))
    }

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
        state.receive(.error(code: 400, text: "no"))
        state.receive(.wait)
        #expect(state.language == "en")
        state.send("3")
        state.receive(.end("referred"))
        #expect(state.question == nil && state.outcome == "referred")
    }

    @Test func recordedLines() {
        #expect(Recorder.receivedLine("HELLO lotse/1 session=7f dialog=m@1 langs=de") == "< HELLO lotse/1 *")
        #expect(Recorder.receivedLine("SAY Hallo!") == "< SAY Hallo!")
        #expect(Recorder.sentLine("19") == "> 19")
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
        for line in ["HELLO lotse/1 session=1 dialog=m@1 langs=de,en", "ASK counsel-lang choice", "OPT 1 de Deutsch",
                     "OPT 2 en Englisch", "OPT 3 other Andere Sprache", "WAIT"] {
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
