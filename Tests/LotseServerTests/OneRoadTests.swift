import LotseClient
import LotseDialog
import LotseServer
import LotseService
import LotseTranscript
import LotseWire
import Testing

extension OverTCP {
    /// The same lines get the same answers in-process and from a live daemon, because both go
    /// through one `SessionService`: refused lines included, which never reach the engine.
    @Suite struct OneRoad {
        /// An answer, a line over the limit, a control character, then a burst over the rate.
        static let lines = ["19", String(repeating: "x", count: 40), "a\u{7}b", "/help", "/help", "/help"]

        static func adjust(_ limits: inout ServerLimits) {
            limits.maxLineBytes = 16
            limits.linesPerSecond = 1
            limits.lineBurst = 5
        }

        /// Every turn of `lines` on `conversation`, the greeting first, without `HELLO`'s session id.
        static func turns(_ conversation: some LotseWire.Conversation) async throws -> [[String]] {
            var turns = [try await conversation.open().filter { !$0.hasPrefix("HELLO ") }]
            for line in lines { turns.append(try await conversation.send(line)) }
            await conversation.close()
            return turns
        }

        @Test func badLinesAreAnsweredAlikeInProcessAndOverTCP() async throws {
            var limits = ServerLimits()
            Self.adjust(&limits)
            let inProcess = try await Self.turns(
                InProcessConversation(dialog: try DialogLoader.load(directory: Fixtures.tiny), limits: limits))
            let overTCP = try await withServer(limits: Self.adjust) { server in
                try await Self.turns(TCPConversation(ServerAddress(host: server.host, port: server.port)))
            }
            #expect(inProcess == overTCP)
            #expect(inProcess[2].first?.hasPrefix("ERR 413 ") == true, "\(inProcess[2])")
            #expect(inProcess[3].first?.hasPrefix("ERR 400 ") == true, "\(inProcess[3])")
            #expect(inProcess[6].first?.hasPrefix("ERR 429 ") == true, "\(inProcess[6])")
            #expect(inProcess[5].first?.hasPrefix("ERR ") == false, "the burst's last line within it is answered")
        }
    }
}
