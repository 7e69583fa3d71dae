import LotseDialog
import LotseEngine
import LotseProtocol
import Testing

/// Server lines as a client reads them: every line `ServerLine` writes parses back to what
/// was written, and what a newer server may add is tolerated.
@Suite struct ServerMessageTests {
    /// One session event of every kind and value, and what a client reads from its line.
    static let sessionLines: [(Event, ServerMessage)] = [
        (.say("Hallo!"), .say("Hallo!")),
        (.ask(slot: "age", kind: .number(min: 5, max: 99)), .ask(slot: "age", kind: .number(min: 5, max: 99))),
        (.ask(slot: "t", kind: .number(min: -20, max: 0)), .ask(slot: "t", kind: .number(min: -20, max: 0))),
        (.ask(slot: "region", kind: .choice), .ask(slot: "region", kind: .choice)),
        (.ask(slot: "crisis", kind: .yesno), .ask(slot: "crisis", kind: .yesno)),
        (.ask(slot: "name", kind: .text), .ask(slot: "name", kind: .text)),
        (.ask(slot: "needs", kind: .multi), .ask(slot: "needs", kind: .multi)),
        (.option(number: 2, key: "sued", label: "Süden am See"), .option(.init(number: 2, key: "sued", label: "Süden am See"))),
        (.refer(rank: 1, partner: "jmd-siegen", name: "JMD Siegen"), .refer(rank: 1, partner: "jmd-siegen", name: "JMD Siegen")),
        (.why(partner: "jmd-siegen", text: "Weil du 19 bist."), .why(partner: "jmd-siegen", text: "Weil du 19 bist.")),
        (.note("Tipp"), .note("Tipp")),
        (.trace("rule x: a → true"), .trace("rule x: a → true")),
        (.wait, .wait),
        (.bye(.quit), .bye(.known(.quit))),
    ]

    static let facts: [(Event, ServerMessage)] = InfoField.allCases.map { field in
        (.info(partner: "mbe", field: field, value: "0800 1"), .info(partner: "mbe", field: .known(field), value: "0800 1"))
    }

    /// The codes the engine writes itself.
    static let sessionErrors: [(Event, ServerMessage)] = [ErrorCode.notUnderstood, .counselorOnly, .unknownCommand].map { code in
        (.error(code, "Bitte noch einmal."), .error(code: .known(code), text: "Bitte noch einmal."))
    }

    static let outcomes: [(Event, ServerMessage)] = Outcome.allCases.map { (.end($0), .end(.known($0))) }

    /// What the server adds of its own: every code and reason of the protocol.
    static let serverLines: [(ServerEvent, ServerMessage)] =
        ErrorCode.allCases.map { code in (.error(code, "Bitte warten."), .error(code: .known(code), text: "Bitte warten.")) }
        + ByeReason.allCases.map { reason in (.bye(reason), .bye(.known(reason))) }
        + [(.note("Neu geladen."), .note("Neu geladen.")), (.wait, .wait)]

    /// Every line a turn can have, the session's and the server's own, and what a client reads.
    static let roundTrips: [(ServerTurn, ServerMessage)] = {
        let questions = SpeltQuestions(dialog: ServerLineTests.mini)
        let session: [(ServerTurn, ServerMessage)] = (sessionLines + facts + sessionErrors + outcomes).map { event, message in
            (ServerTurn.session([event], questions), message)
        }
        return session + serverLines.map { event, message in (ServerTurn.server([event]), message) }
    }()

    @Test func everyLineServerLineWritesParsesBackToWhatWasWritten() {
        for (turn, message) in Self.roundTrips {
            let lines = ServerLine.lines(for: turn)
            #expect(lines.count == 1, "\(turn)")
            #expect(lines.map(ServerMessage.init(line:)) == [message], "\(lines)")
        }
    }

    @Test func theGreetingParsesBack() {
        let dialog = ServerLineTests.mini
        let line = ServerLine.hello(session: "7f", dialog: dialog)
        #expect(
            ServerMessage(line: line)
                == .hello(
                    .init(version: ServerLine.protocolVersion, languages: dialog.languages.map(\.code), languageSlot: dialog.languageSlot)))
    }

    @Test func onlyWaitAndByeEndATurn() {
        for (turn, message) in Self.roundTrips {
            let line = ServerLine.lines(for: turn)[0]
            let waits = if case .session([.wait], _) = turn { true } else { turn == .server([.wait]) }
            let ends = waits || turn.closingReason != nil
            #expect(message.endsTurn == ends, "\(line)")
            #expect(ServerMessage.endsTurn(line) == ends, "\(line)")
        }
        #expect(ServerMessage.endsTurn("BYE"))
        #expect(!ServerMessage.endsTurn("BYEBYE") && !ServerMessage.endsTurn("WAITING"))
    }

    @Test func whatANewerServerAddsIsTolerated() {
        #expect(ServerMessage(line: "PING") == .other("PING"))
        #expect(ServerMessage(line: "OPT x y") == .other("OPT x y"))
        #expect(ServerMessage(line: "ASK when date") == .ask(slot: "when", kind: .other("date")))
        #expect(ServerMessage(line: "ASK age number max=99 min=5 step=1") == .ask(slot: "age", kind: .number(min: 5, max: 99)))
        #expect(ServerMessage(line: "INFO mbe email a@b.de") == .info(partner: "mbe", field: .unknown("email"), value: "a@b.de"))
        #expect(ServerMessage(line: "ERR 451 nicht hier") == .error(code: .unknown(451), text: "nicht hier"))
        #expect(ServerMessage(line: "END transferred") == .end(.unknown("transferred")))
        #expect(ServerMessage(line: "BYE moved to=other") == .bye(.unknown("moved")))
        #expect(ServerMessage(line: "BYE idle after=300") == .bye(.known(.idle)))
        #expect(
            ServerMessage(line: "HELLO lotse/2 session=1 dialog=x@1 langs=de,en region=nord")
                == .hello(.init(version: "lotse/2", languages: ["de", "en"])))
        #expect(ServerMessage(line: "SAY") == .say(""))
        #expect(ProtocolValue<ByeReason>(raw: "moved").raw == "moved" && ProtocolValue<ByeReason>(raw: "quit").known == .quit)
    }
}
