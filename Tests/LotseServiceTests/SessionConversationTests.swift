import Logging
import LotseDialog
import LotseEngine
import LotseProtocol
import LotseTestSupport
import Testing

@testable import LotseService

/// One connection's conversation, line by line, without a socket.
@Suite struct SessionConversationTests {
    let now = ContinuousClock.now

    func conversation(token: String? = nil, confidential: Bool = true, adjust: (inout ServerLimits) -> Void = { _ in }) throws
        -> SessionConversation
    {
        var limits = ServerLimits()
        adjust(&limits)
        let store = try DialogStore(directory: Repository.fixture("tiny"), logger: Logger.silent)
        return SessionConversation(
            id: "0000abcd", limits: limits,
            gate: CounselorGate(token: token, limits: limits), store: store,
            confidential: confidential, at: now)
    }

    @Test func greetingIsHelloThenTheFirstQuestion() throws {
        var conversation = try conversation()
        let greeting = conversation.greeting()
        #expect(greeting.first?.hasPrefix("HELLO lotse/1 session=0000abcd dialog=tiny@") == true)
        #expect(greeting.last == "WAIT")
    }

    @Test func answersGoToTheSession() throws {
        var conversation = try conversation()
        _ = conversation.greeting()
        #expect(conversation.turn(for: Array("19\r".utf8), at: now).sessionLines.contains("ASK money yesno"))
        #expect(conversation.session.turns == 1)
    }

    @Test func aTurnEndingWithAQuestionSendsItAsTheSessionsSpeltQuestions() throws {
        var conversation = try conversation()
        _ = conversation.greeting()
        for line in ["19", "/restart", "/back"] {
            let reply = conversation.turn(for: Array(line.utf8), at: now)
            guard case .turn(.session(let events, let questions)) = reply, case .question(let question)? = events.dropLast().last
            else {
                Issue.record("\(line): expected a turn ending with a question, got \(reply)")
                continue
            }
            #expect(events.last == .wait)
            #expect(
                Array(reply.sessionLines.suffix(questions.lines(of: question).lines.count + 1)) == questions.lines(of: question).lines + [
                    "WAIT"
                ])
        }
    }

    @Test func refusedLinesNeverReachTheSession() throws {
        var conversation = try conversation { $0.maxLineBytes = 4 }
        _ = conversation.greeting()
        #expect(conversation.turn(for: [0x31, 0x00], at: now).events == ClientLineErrorEvents.control0)
        #expect(conversation.turn(for: Array("12345".utf8), at: now).events.first?.code == .lineTooLong)
        #expect(
            conversation.turnForTooLongLine(at: now).first
                == .error(.lineTooLong, "Deine Zeile ist zu lang. Ich habe sie nicht gelesen. Bitte schreib kürzer."))
        #expect(conversation.session.turns == 0)
        _ = conversation.turn(for: Array("1234\r".utf8), at: now)
        #expect(conversation.session.turns == 1, "a line of the limit and a CR reaches the session")
    }

    @Test func linesOverTheRateAreDropped() throws {
        var conversation = try conversation {
            $0.linesPerSecond = 1
            $0.lineBurst = 2
        }
        _ = conversation.greeting()
        let turns = (0..<3).map { _ in conversation.turn(for: Array("/help".utf8), at: now).events }
        let flooded: [ServerEvent] = [
            .error(.tooMany, "Zu viele Zeilen auf einmal. Bitte schreib langsamer. Diese Zeile habe ich nicht gelesen."), .wait,
        ]
        #expect(turns[2] == flooded)
        #expect(turns[0] != flooded && turns[1] != flooded)
        #expect(conversation.turnForTooLongLine(at: now) == flooded)
    }

    @Test func authIsTheServers() throws {
        var off = try conversation()
        _ = off.greeting()
        let modeOff: [ServerEvent] = [.error(.counselorOnly, "Der Beratungsmodus ist aus: Dieser Server hat kein Token dafür."), .wait]
        #expect(off.turn(for: Array("/auth x".utf8), at: now).events == modeOff)
        #expect(off.turn(for: Array("/auth".utf8), at: now).events == modeOff)

        var on = try conversation(token: "x")
        _ = on.greeting()
        #expect(on.turn(for: Array("/auth".utf8), at: now).events == [.error(.notUnderstood, "So geht der Befehl: /auth TOKEN"), .wait])
        #expect(on.turn(for: Array("/reload".utf8), at: now).sessionEvents.first?.isCounselorOnlyError == true)
        #expect(!on.session.isCounselor)
        _ = on.turn(for: Array("/auth x".utf8), at: now)
        #expect(on.session.isCounselor)
    }

    @Test func authInClearTextFromAnotherMachineIsRefused() throws {
        var plain = try conversation(token: "x", confidential: false)
        _ = plain.greeting()
        let refused = plain.turn(for: Array("/auth x".utf8), at: now).events
        #expect(
            refused.first
                == .error(
                    .counselorOnly,
                    "/auth braucht TLS, wenn die Verbindung von einem anderen Rechner kommt. "
                        + "Sonst geht das Token offen durchs Netz. Starte lotsed mit --tls-cert und --tls-key."))
        #expect(!plain.session.isCounselor, "the right token, and still no counselor mode")
    }

    @Test func aCounselorsReloadIsLeftToTheServerThenAnswered() throws {
        var conversation = try conversation(token: "x")
        _ = conversation.greeting()
        _ = conversation.turn(for: Array("/auth x".utf8), at: now)
        #expect(conversation.turn(for: Array("/reload".utf8), at: now) == .reload)
        let answer = conversation.reloaded(
            Result { () throws(DialogLoadError) in try DialogLoader.load(directory: Repository.fixture("tiny")) })
        guard case .note(let note) = answer.first else {
            Issue.record("expected a note, got \(answer)")
            return
        }
        #expect(note.hasPrefix("Neu geladen: Neue Gespräche bekommen tiny@"))
        #expect(answer.last == .wait)
    }
}

extension SessionConversation.Reply {
    /// The lines of a turn the server composed itself; none for the session's turn or a reload.
    var events: [ServerEvent] {
        if case .turn(.server(let events)) = self { return events }
        return []
    }

    /// The session's events; none for a turn the server composed or a reload.
    var sessionEvents: [Event] {
        if case .turn(.session(let events, _)) = self { return events }
        return []
    }

    /// The lines of the session's turn as they go out; none for one the server composed or a reload.
    var sessionLines: [String] {
        switch self {
        case .turn(let turn): if case .server = turn { [] } else { ServerLine.lines(for: turn) }
        case .reload: []
        }
    }
}

/// Expected events, spelt once.
enum ClientLineErrorEvents {
    static let control0: [ServerEvent] = [
        .error(.notUnderstood, "Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."), .wait,
    ]
}

extension ServerEvent {
    /// The code of an `ERR` line.
    var code: ErrorCode? {
        if case .error(let code, _) = self { return code }
        return nil
    }
}

extension Event {
    /// Whether the session refused a counselor command.
    var isCounselorOnlyError: Bool {
        if case .error(.counselorOnly, _) = self { return true }
        return false
    }
}
