import Foundation
import LotseClient
import LotseServer
import LotseService
import LotseTestSupport
import NIOConcurrencyHelpers
import Synchronization
import Testing

extension OverTCP {
    /// Each limit has a clear answer, and none costs the other sessions anything.
    @Suite struct Limits {
        @Test func longLineGets413AndTheConnectionLivesOn() async throws {
            try await withServer(limits: { $0.maxLineBytes = 64 }) { server in
                let connection = try await server.greeted()
                #expect(
                    try await connection.turn(String(repeating: "9", count: 65))
                        == ["ERR 413 Deine Zeile ist zu lang. Ich habe sie nicht gelesen. Bitte schreib kürzer.", "WAIT"])
                // Exactly the limit, with CRLF, is a line like any other.
                try await connection.send(bytes: Array((String(repeating: " ", count: 62) + "19\r\n").utf8))
                #expect(try await connection.readTurn().contains("ASK money yesno"))
            }
        }

        @Test func aRefusedLineIsExplainedInTheSessionLanguage() async throws {
            try await withServer(dialogs: Fixtures.bundled, limits: { $0.maxLineBytes = 64 }) { server in
                let connection = try await server.greeted()
                _ = try await connection.turn("/lang uk")
                #expect(
                    try await connection.turn(String(repeating: "9", count: 65))
                        == ["ERR 413 Твій рядок задовгий. Я його не прочитав. Пиши, будь ласка, коротше.", "WAIT"])
                try await connection.send(bytes: [0x31, 0x1B, 0x39, 0x0A])
                #expect(
                    try await connection.readTurn()
                        == ["ERR 400 Цей рядок я не можу прочитати. Напиши його, будь ласка, ще раз звичайними літерами.", "WAIT"])
            }
        }

        @Test func endlessLineIsDiscardedWithoutGrowingMemory() async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
                try await connection.send(bytes: chunk)  // warm up buffers before measuring
                let before = residentMemory()
                for _ in 0..<(64 * 16) { try await connection.send(bytes: chunk) }  // 64 MiB, no LF
                let grown = residentMemory() - before
                #expect(grown < 32 << 20, "resident memory grew by \(grown >> 20) MiB")
                #expect(
                    try await connection.turn("") == [
                        "ERR 413 Deine Zeile ist zu lang. Ich habe sie nicht gelesen. Bitte schreib kürzer.", "WAIT",
                    ])
                #expect(try await connection.turn("19").contains("ASK money yesno"))
            }
        }

        @Test(
            arguments: [
                ([0x31, 0x00, 0x39], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0x1B, 0x5B, 0x41], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0x31, 0x09, 0x39], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0x31, 0x0D, 0x39], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0xFF, 0xFE, 0x31], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0xC3], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
                ([0xC2, 0x85], "ERR 400 Diese Zeile kann ich nicht lesen. Bitte schreib sie noch einmal mit normalen Buchstaben."),
            ] as [([UInt8], String)])
        func badBytesGet400(_ bytes: [UInt8], _ answer: String) async throws {
            try await withServer { server in
                let connection = try await server.greeted()
                try await connection.send(bytes: bytes + [0x0A])
                #expect(try await connection.readTurn() == [answer, "WAIT"])
                #expect(try await connection.turn("19").contains("ASK money yesno"))
            }
        }

        @Test func everyByteValueIsHandled() async throws {
            try await withServer(limits: { $0.linesPerSecond = 0 }) { server in
                let connection = try await server.greeted()
                var noise: [UInt8] = []
                for value in 0...255 where value != 0x0A { noise += [UInt8(value), UInt8(255 - value), 0x0A] }
                try await connection.send(bytes: noise)
                for _ in 0..<255 {
                    #expect(try await connection.readTurn().last == "WAIT")
                }
                #expect(try await connection.turn("/help").last == "WAIT")
            }
        }

        @Test func sessionsOverTheLimitGet429AndByeLimit() async throws {
            try await withServer(limits: { $0.maxSessions = 2 }) { server in
                let first = try await server.greeted()
                let second = try await server.greeted()
                let third = try await server.connect()
                #expect(
                    try await third.readTurn() == ["ERR 429 too many sessions: this server holds 2; please try again later", "BYE limit"])
                #expect(try await third.readLine() == nil)
                // The others go on, and a freed place can be taken again.
                #expect(try await second.turn("19").contains("ASK money yesno"))
                first.close()
                #expect(await eventually { server.server.sessionCount == 1 })
                let fourth = try await server.connect()
                #expect(try await fourth.readTurn().first?.hasPrefix("HELLO") == true)
            }
        }

        @Test func connectionsPerAddressAreCapped() async throws {
            try await withServer(limits: { $0.maxPerAddress = 3 }) { server in
                var held: [LineConnection] = []
                for _ in 0..<3 { held.append(try await server.greeted()) }
                let extra = try await server.connect()
                #expect(try await extra.readTurn() == ["ERR 429 too many sessions from your address: at most 3", "BYE limit"])
                #expect(try await extra.readLine() == nil)
                #expect(try await held[0].turn("19").contains("ASK money yesno"))
            }
        }

        @Test func idleSessionGetsByeIdle() async throws {
            // The margins (a line every 0.4 s against a timeout of 1.5 s) hold on a slow build.
            try await withServer(limits: { $0.idleTimeout = .milliseconds(1500) }) { server in
                let connection = try await server.greeted()
                // Lines keep it alive past the timeout …
                for line in ["/help", "/help", "/help", "/help", "/help"] {
                    try await Task.sleep(for: .milliseconds(400))
                    #expect(try await connection.turn(line).last == "WAIT")
                }
                // … and silence ends it.
                let started = ContinuousClock.now
                #expect(try await connection.readLine() == "BYE idle")
                #expect(ContinuousClock.now - started >= .milliseconds(1400))
                #expect(try await connection.readLine() == nil)
                #expect(await eventually { server.server.sessionCount == 0 })
            }
        }

        @Test func bytesWithoutALineDoNotKeepASessionAlive() async throws {
            try await withServer(limits: { $0.idleTimeout = .seconds(2) }) { server in
                let connection = try await server.greeted()
                // Bytes without a line break keep coming for three times the timeout (longer on a
                // slow machine); the session must end while they still come.
                let sending = NIOLockedValueBox(true)
                let sender = Task {
                    for _ in 0..<60 {
                        try? await connection.send(bytes: Array(repeating: UInt8(ascii: "x"), count: 64))
                        try? await Task.sleep(for: .milliseconds(100))
                    }
                    sending.withLockedValue { $0 = false }
                }
                #expect(try await connection.readLine() == "BYE idle")
                #expect(sending.withLockedValue { $0 }, "the idle timer counted from the bytes, not from the last line")
                sender.cancel()
            }
        }

        @Test func floodedLinesGet429() async throws {
            try await withServer(limits: {
                $0.linesPerSecond = 5
                $0.lineBurst = 10
            }) { server in
                let connection = try await server.greeted()
                try await connection.send(bytes: Array(String(repeating: "/help\n", count: 60).utf8))
                var refused = 0
                for _ in 0..<60 {
                    let turn = try await connection.readTurn()
                    if turn == ["ERR 429 Zu viele Zeilen auf einmal. Bitte schreib langsamer. Diese Zeile habe ich nicht gelesen.", "WAIT"]
                    {
                        refused += 1
                    }
                }
                #expect(refused >= 40, "only \(refused) of 60 lines refused")
                try await Task.sleep(for: .milliseconds(500))
                #expect(try await connection.turn("/help").first?.hasPrefix("NOTE") == true)
            }
        }

        @Test func clientThatNeverReadsDoesNotBlockOthers() async throws {
            try await withServer(limits: { $0.linesPerSecond = 0 }) { server in
                let flooder = try await NonReadingClient.connect(to: server)
                let batch = Array(String(repeating: "/help\n", count: 10_000).utf8)  // 60 kB
                let batches = 2_000  // 120 MB: more than the kernel's socket buffers hold
                let sent = Atomic(0)
                let sender = Task {
                    for _ in 0..<batches {
                        guard (try? await flooder.send(bytes: batch)) != nil else { return }
                        sent.add(1, ordering: .relaxed)
                    }
                }
                try await Task.sleep(for: .seconds(2))
                let before = residentMemory()
                try await Task.sleep(for: .seconds(1))
                // The server stopped reading the flooder: its lines wait in the socket, not in memory.
                #expect(sent.load(ordering: .relaxed) < batches)
                #expect(residentMemory() - before < 16 << 20)
                // Another session is served while the flooder's lines wait (how soon is
                // SessionHandlerBatches' job, counted without a clock).
                let other = try await server.connect(readTimeout: .seconds(30))
                #expect(try await other.readTurn().first?.hasPrefix("HELLO") == true)
                #expect(try await other.turn("19").contains("ASK money yesno"))
                flooder.close()
                await sender.value
            }
        }
    }
}
