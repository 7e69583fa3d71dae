import Foundation
import LotseClient
import LotseServer
import LotseService
import LotseTestSupport
import Testing

extension OverTCP {
    /// `/auth` with the server's token, the pause after wrong tokens, and `/reload`.
    @Suite struct Counselor {
        @Test(arguments: ["/auth secret", "/auth", "/trace on", "/set age 20", "/goto ask-money", "/slots", "/path", "/reload"])
        func withoutATokenCounselorCommandsAre403(_ command: String) async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                let turn = try await connection.turn(command)
                #expect(turn.count == 2 && turn[0].hasPrefix("ERR 403 ") && turn[1] == "WAIT", "\(turn)")
            }
        }

        @Test func rightTokenEntersCounselorMode() async throws {
            try await withServer(token: "s3cret-token") { server in
                let connection = try await server.greeted()
                #expect(try await connection.turn("/slots").first?.hasPrefix("ERR 403") == true)
                let auth = try await connection.turn("/auth s3cret-token")
                #expect(auth.first?.hasPrefix("NOTE Beratungsmodus an") == true && auth.last == "WAIT", "\(auth)")
                _ = try await connection.turn("19")
                #expect(try await connection.turn("/slots") == ["NOTE age = 19", "WAIT"])
                #expect(try await connection.turn("/trace on") == ["NOTE Trace an: TRACE-Zeilen für jede Bedingung und Regel.", "WAIT"])
            }
        }

        @Test func theServersNotesComeInTheSessionLanguage() async throws {
            try await withServer(
                dialogs: Fixtures.bundled, token: "s3cret-token-of-the-centre",
                limits: { $0.authRetryDelay = .seconds(60) }
            ) { server in
                let counselor = try await server.greeted()
                _ = try await counselor.turn("/lang uk")
                let auth = try await counselor.turn("/auth s3cret-token-of-the-centre")
                #expect(
                    auth == [
                        "NOTE Режим консультанта увімкнено: /trace on|off, /set SLOT VALUE, /goto NODE, /slots, /path, /reload",
                        "WAIT",
                    ])
                #expect(
                    try await counselor.turn("/trace on") == ["NOTE Трасування увімкнено: рядки TRACE для кожної умови й правила.", "WAIT"])
                _ = try await counselor.turn("/lang pl")
                #expect(try await counselor.turn("/trace off") == ["NOTE Śledzenie wyłączone.", "WAIT"])
                let reload = try await counselor.turn("/reload")
                #expect(reload.first?.hasPrefix("NOTE Wczytano ponownie: nowe rozmowy dostają lotse@") == true, "\(reload)")

                let guesser = try await server.greeted()
                _ = try await guesser.turn("/lang uk")
                #expect(try await guesser.turn("/auth nope") == ["ERR 403 Неправильний токен.", "WAIT"])
                let waited = try await guesser.turn("/auth nope")
                #expect(
                    waited.first?.hasPrefix("ERR 429 Зачекай ") == true
                        && waited.first?.hasSuffix(" с до наступного /auth на цьому з’єднанні.") == true,
                    "\(waited)")
            }
        }

        @Test func aWrongTokenSlowsItsConnectionOnlyNotTheDeskNextToIt() async throws {
            try await withServer(token: "s3cret-token-of-the-centre", limits: { $0.authRetryDelay = .milliseconds(300) }) { server in
                let guesser = try await server.greeted()
                #expect(try await guesser.turn("/auth s3cret") == ["ERR 403 Das Token ist falsch.", "WAIT"])
                let waited = try await guesser.turn("/auth s3cret-token-of-the-centre")
                #expect(waited.first?.hasPrefix("ERR 429 Warte 1 s bis zum nächsten /auth auf dieser Verbindung.") == true, "\(waited)")
                // The same address (one NAT), another connection: not locked out.
                let counselor = try await server.greeted()
                #expect(try await counselor.turn("/auth s3cret-token-of-the-centre").first?.hasPrefix("NOTE Beratungsmodus an") == true)
                try await Task.sleep(for: .milliseconds(400))
                #expect(try await guesser.turn("/auth s3cret-token-of-the-centre").first?.hasPrefix("NOTE Beratungsmodus an") == true)
            }
        }

        @Test func wrongTokensFromEveryConnectionShareOneAllowance() async throws {
            try await withServer(token: "s3cret-token-of-the-centre", limits: { $0.authWrongTokensPerMinute = 2 }) { server in
                for guess in ["/auth one", "/auth two"] {
                    let connection = try await server.greeted()
                    #expect(try await connection.turn(guess) == ["ERR 403 Das Token ist falsch.", "WAIT"])
                }
                let another = try await server.greeted()
                let paused = try await another.turn("/auth three")
                #expect(
                    paused.first?.hasPrefix("ERR 429 Zu viele falsche Tokens auf diesem Server. /auth geht wieder in ") == true,
                    "\(paused)")
            }
        }

        @Test func reloadServesTheNewDialogToNewSessionsOnly() async throws {
            let copy = try FixtureCopy(of: Fixtures.tiny)
            try await withServer(dialogs: copy.path, token: "t") { server in
                let counselor = try await server.connect()
                let oldHello = try #require(try await counselor.readTurn().first)
                _ = try await counselor.turn("/auth t")
                let flow = copy.directory.appendingPathComponent("flows/main.yaml")
                try String(contentsOf: flow, encoding: .utf8).replacingOccurrences(of: "say: Hallo!", with: "say: Servus!")
                    .write(to: flow, atomically: true, encoding: .utf8)

                let reload = try await counselor.turn("/reload")
                #expect(reload.count == 2 && reload[0].hasPrefix("NOTE Neu geladen: Neue Gespräche bekommen tiny@"), "\(reload)")
                let newcomer = try await server.connect()
                let greeting = try await newcomer.readTurn()
                #expect(greeting.first != oldHello && greeting.contains("SAY Servus!"))
                #expect(reload[0].contains(String(oldHello.split(separator: " ")[3].dropFirst("dialog=".count))))
                // The running session keeps its dialog to the end.
                #expect(try await counselor.turn("/restart").contains("SAY Hallo!"))
            }
        }

        @Test func linesSentDuringAReloadAreAnsweredAfterItInOrder() async throws {
            try await withServer(token: "t") { server in
                let counselor = try await server.greeted()
                _ = try await counselor.turn("/auth t")
                try await counselor.send(bytes: Array("/reload\n/slots\n19\n".utf8))
                #expect(try await counselor.readTurn().first?.hasPrefix("NOTE Neu geladen:") == true)
                let slots = try await counselor.readTurn()
                #expect(slots.first?.hasPrefix("NOTE") == true && !slots.contains("ASK money yesno"), "\(slots)")
                #expect(try await counselor.readTurn().contains("ASK money yesno"))
            }
        }

        @Test func brokenDialogsAreRefusedAndTheOldOneStays() async throws {
            let copy = try FixtureCopy(of: Fixtures.tiny)
            try await withServer(dialogs: copy.path, token: "t") { server in
                let counselor = try await server.greeted()
                _ = try await counselor.turn("/auth t")
                let rules = copy.directory.appendingPathComponent("rules.yaml")
                try String(contentsOf: rules, encoding: .utf8).replacingOccurrences(of: "when: money == yes", with: "when: money == maybe")
                    .write(to: rules, atomically: true, encoding: .utf8)

                let refused = try await counselor.turn("/reload")
                #expect(refused.first?.hasPrefix("ERR 400 Nicht neu geladen: Die Dialogs haben 1 Fehler.") == true, "\(refused)")
                #expect(refused.contains { $0.wholeMatch(of: /NOTE .*rules\.yaml:\d+:\d+: error: .*/) != nil }, "\(refused)")
                #expect(refused.last == "WAIT")
                #expect(try await server.greeted().turn("19").contains("ASK money yesno"))
                #expect(throws: (any Error).self) { try server.server.reloadDialogs(requestedBy: "test") }
            }
        }
    }

    /// A graceful shutdown says `BYE shutdown` to everyone and ends within seconds.
    @Suite struct Shutdown {
        @Test func everySessionGetsByeShutdown() async throws {
            let started = ContinuousClock.now
            var connections: [LineConnection] = []
            try await withServer(limits: { $0.shutdownGrace = .seconds(1) }) { server in
                for _ in 0..<5 { connections.append(try await server.greeted()) }
                _ = try await connections[0].turn("19")
                await server.shutDown()
                for connection in connections {
                    #expect(try await connection.readLine() == "BYE shutdown")
                    #expect(try await connection.readLine() == nil)
                }
            }
            // A hang detector, not a timing: the grace is 1 s, the idle timeout 300 s.
            #expect(ContinuousClock.now - started < .seconds(30))
        }

        @Test func aClientThatDoesNotReadCannotHoldUpTheShutdown() async throws {
            let started = ContinuousClock.now
            try await withServer(limits: {
                $0.linesPerSecond = 0
                $0.shutdownGrace = .seconds(1)
            }) { server in
                let flooder = try await NonReadingClient.connect(to: server)
                let batch = Array(String(repeating: "/help\n", count: 10_000).utf8)
                let sender = Task { while (try? await flooder.send(bytes: batch)) != nil {} }
                try await Task.sleep(for: .seconds(1))
                await server.shutDown()
                await sender.value
            }
            // A hang detector, not a timing: the grace is 1 s, the idle timeout 300 s.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    /// Many sessions at once never see each other's answers.
    @Suite struct Isolation {
        @Test func concurrentSessionsKeepTheirOwnAnswers() async throws {
            try await withServer(token: "t") { server in
                let ids = try await withThrowingTaskGroup(of: String.self) { group in
                    for index in 0..<24 {
                        group.addTask {
                            let connection = try await server.connect()
                            let hello = try await connection.readTurn()[0]
                            _ = try await connection.turn("/auth t")
                            let age = 20 + index
                            for _ in 0..<5 {
                                _ = try await connection.turn("\(age)")
                                #expect(try await connection.turn("/slots") == ["NOTE age = \(age)", "WAIT"])
                                _ = try await connection.turn("/back")
                            }
                            let money = index.isMultiple(of: 2) ? "ja" : "nein"
                            _ = try await connection.turn("\(age)")
                            let end = try await connection.turn(money)
                            #expect(
                                end.contains { $0.hasPrefix("REFER ") && $0.hasSuffix(" money-everywhere Geldstelle") } == (money == "ja"))
                            let slots = try await connection.turn("/slots")
                            #expect(slots.count == 3 && slots[0] == "NOTE age = \(age)" && slots[1].hasPrefix("NOTE money = "), "\(slots)")
                            connection.close()
                            return String(hello.split(separator: " ")[2])
                        }
                    }
                    return try await group.reduce(into: Set<String>()) { $0.insert($1) }
                }
                #expect(ids.count == 24)
            }
        }
    }
}
