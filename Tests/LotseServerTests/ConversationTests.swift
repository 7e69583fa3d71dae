import Foundation
import LotseClient
import LotseServer
import LotseTestSupport
import LotseTranscript
import NIOConcurrencyHelpers
import Testing

extension OverTCP {
    /// The protocol as a client sees it: HELLO, the greeting, one turn per line, BYE.
    @Suite struct Conversation {
        @Test func greetingStartsWithHello() async throws {
            try await withServer { server in
                let connection = try await server.connect()
                let turn = try await connection.readTurn()
                let hello = try #require(turn.first)
                let pattern = /HELLO lotse\/1 session=[0-9a-f]{8} dialog=tiny@[0-9a-f]+ langs=de lang-slot=[a-z-]+/
                #expect(hello.wholeMatch(of: pattern) != nil, "\(hello)")
                #expect(Array(turn.dropFirst()) == ["SAY Hallo!", "SAY Wie alt bist du?", "ASK age number min=5 max=99", "WAIT"])
                connection.close()
            }
        }

        @Test func walkToTheEndAndQuit() async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                #expect(
                    try await connection.turn("19") == [
                        "SAY Brauchst du Geld?", "ASK money yesno", "OPT 1 yes Ja", "OPT 2 no Nein",
                        "NOTE Mit /skip geht es ohne Antwort weiter.", "WAIT",
                    ])
                let end = try await connection.turn("ja")
                #expect(end.contains("REFER 1 youth-everywhere Jugendberatung"))
                #expect(end.contains("REFER 2 money-everywhere Geldstelle"))
                #expect(end.suffix(2) == ["END referred", "WAIT"])
                #expect(try await connection.turn("/quit") == ["BYE quit"])
                #expect(try await connection.readLine() == nil)
            }
        }

        @Test func crlfAndDoubleSlash() async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                try await connection.send(bytes: Array("19\r\n".utf8))
                #expect(try await connection.readTurn().contains("ASK money yesno"))
                // `//quit` is the answer "/quit", not the command.
                let turn = try await connection.turn("//quit")
                #expect(turn.first?.hasPrefix("ERR 400") == true, "\(turn)")
                #expect(turn.last == "WAIT")
            }
        }

        @Test func pipelinedLinesGetOneTurnEach() async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                try await connection.send(bytes: Array("/help\n19\n/back\n".utf8))
                #expect(try await connection.readTurn().first?.hasPrefix("NOTE") == true)
                #expect(try await connection.readTurn().contains("ASK money yesno"))
                #expect(try await connection.readTurn().contains("ASK age number min=5 max=99"))
            }
        }

        @Test func aLineArrivingInPiecesIsOneLine() async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                // "/help" whole and the start of "19"; the rest of "19" (and its CR LF) later, byte by byte.
                try await connection.send(bytes: Array("/help\n1".utf8))
                #expect(try await connection.readTurn().first?.hasPrefix("NOTE") == true)
                for byte in Array("9\r\n".utf8) {
                    try await Task.sleep(for: .milliseconds(20))
                    try await connection.send(bytes: [byte])
                }
                #expect(try await connection.readTurn().contains("ASK money yesno"))
            }
        }

        @Test func logsNeverHoldWhatThePersonTyped() async throws {
            let recorder = LogRecorder()
            try await withServer(logger: recorder.logger) { server in
                let connection = try await server.greeted()
                _ = try await connection.turn("geheim-4711 neunzehn")
                _ = try await connection.turn("23")
                _ = try await connection.turn("/quit")
                #expect(await eventually { recorder.lines.withLockedValue { $0.contains { $0.contains("session ended") } } })
            }
            let lines = recorder.lines.withLockedValue { $0 }
            #expect(!lines.contains { $0.contains("geheim") || $0.contains("neunzehn") })
            let ended = try #require(lines.first { $0.contains("session ended") })
            for field in ["session=", "dialog=tiny@", "turns=3", "outcome=unfinished", "duration=", "reason=quit"] {
                #expect(ended.contains(field), "\(ended)")
            }
        }

        @Test func availableLinesArriveWithoutWaiting() async throws {
            try await withServer { server in
                let socket = try LineSocket.connect(host: server.host, port: server.port)
                var lines: [String] = []
                #expect(
                    try await eventually {
                        lines += try socket.readAvailableLines()
                        return lines.last == "WAIT"
                    })
                #expect(lines.first?.hasPrefix("HELLO") == true)
                try socket.send("/quit")
                #expect(
                    try await eventually {
                        lines += try socket.readAvailableLines()
                        return lines.last == "BYE quit"
                    })
                #expect(await eventually { (try? socket.readAvailableLines()) == nil }, "closed after BYE")
                socket.close()
            }
        }

        /// The list below is not empty (an empty one would pass without running anything).
        @Test func theBundledTranscriptsAreFound() {
            #expect(NetworkTranscripts.bundled(in: Fixtures.bundled).count >= 40)
        }

        /// Every bundled transcript, over TCP: the same files run in-process in LotseTranscriptTests.
        @Test(arguments: NetworkTranscripts.bundled(in: Fixtures.bundled))
        func bundledTranscriptOverTCP(_ path: String) async throws {
            let transcript = try Transcript(contentsOf: path)
            try await withServer(dialogs: Fixtures.bundled) { server in
                let conversation = TCPConversation(ServerAddress(host: server.host, port: server.port))
                let failure = await TranscriptRunner.run(transcript, on: conversation)
                #expect(failure == nil, "\(failure.map(String.init(describing:)) ?? "")")
            }
        }
    }
}
