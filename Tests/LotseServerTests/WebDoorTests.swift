import Foundation
import Logging
import LotseClient
import LotseServer
import LotseService
import LotseStats
import LotseTestSupport
import LotseWire
import NIOConcurrencyHelpers
import NIOCore
import NIOWebSocket
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transcript's conversation over the web door's WebSocket, as the page holds it.
final class WebSocketConversation: LotseWire.Conversation {
    let host: String
    let port: Int
    private let client = NIOLockedValueBox<WebSocketLineClient?>(nil)

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    func open() async throws -> [String] {
        let opened = try await WebSocketLineClient.connect(host: host, port: port)
        client.withLockedValue { $0 = opened }
        return try await opened.readTurn()
    }

    func send(_ line: String) async throws -> [String] {
        try await client.withLockedValue { $0 }!.turn(line)
    }

    func close() async {
        client.withLockedValue { $0 }?.close()
    }
}

extension OverTCP {
    /// `lotsed --web`: protocol v1 over a WebSocket on a real socket of 127.0.0.1, the page and
    /// its headers over HTTP.
    @Suite struct WebFrontDoor {
        static let door = WebDoor(port: 0)

        @Test func aWalkToTheEndOverTheWebSocketIsTheWalkOverTCP() async throws {
            let lines = ["23", "x", "ja", "/why", "/quit"]
            func walk(_ conversation: some LotseWire.Conversation) async throws -> [[String]] {
                var turns = [try await conversation.open().filter { !$0.hasPrefix("HELLO ") }]
                for line in lines { turns.append(try await conversation.send(line)) }
                await conversation.close()
                return turns
            }
            let (overTCP, overWeb) = try await withServer(web: Self.door) { server in
                (
                    try await walk(TCPConversation(ServerAddress(host: server.host, port: server.port))),
                    try await walk(WebSocketConversation(host: server.host, port: try #require(server.webPort)))
                )
            }
            #expect(overWeb == overTCP)
            #expect(overWeb[3].contains("END referred"), "\(overWeb)")
            #expect(overWeb.last == ["BYE quit"])
        }

        @Test func theSessionsByeIsFollowedByACloseMessage() async throws {
            try await withServer(web: Self.door) { server in
                let client = try await WebSocketLineClient.connect(host: server.host, port: try #require(server.webPort))
                _ = try await client.readTurn()
                #expect(try await client.turn("/quit") == ["BYE quit"])
                #expect(try await client.next() == .close(1000))
                #expect(try await client.next() == .closed)
            }
        }

        @Test func badMessagesAreAnsweredAsBadLinesAreOverTCP() async throws {
            // Over the line limit (413), a binary message and a line feed inside a message (400).
            let adjust: (inout ServerLimits) -> Void = { $0.maxLineBytes = 16 }
            try await withServer(limits: adjust, web: Self.door) { server in
                let client = try await WebSocketLineClient.connect(host: server.host, port: try #require(server.webPort))
                _ = try await client.readTurn()
                let overlong = try await client.turn(String(repeating: "x", count: 40))
                #expect(overlong.first?.hasPrefix("ERR 413 ") == true && overlong.last == "WAIT", "\(overlong)")
                try await client.send(ByteBuffer(bytes: [1, 2, 3]), opcode: .binary)
                let binary = try await client.readTurn()
                #expect(binary.first?.hasPrefix("ERR 400 ") == true && binary.last == "WAIT", "\(binary)")
                let twoLines = try await client.turn("23\n/quit")
                #expect(twoLines.first?.hasPrefix("ERR 400 ") == true && twoLines.last == "WAIT", "one message is one line: \(twoLines)")
                #expect(try await client.turn("23").contains("WAIT"), "the session goes on")
            }
        }

        @Test func aPageFromAnotherOriginMayNotOpenTheSocket() async throws {
            try await withServer(web: Self.door) { server in
                let port = try #require(server.webPort)
                await #expect(throws: WebSocketLineClient.Failure.refused(403)) {
                    _ = try await WebSocketLineClient.connect(host: server.host, port: port, origin: "http://evil.example")
                }
                let own = try await WebSocketLineClient.connect(host: server.host, port: port, origin: "http://127.0.0.1:\(port)")
                #expect(try await own.readTurn().first?.hasPrefix("HELLO lotse/1 ") == true)
                own.close()
            }
            let allowed = WebDoor(port: 0, allowedOrigins: ["https://jmd.example.org/"])
            try await withServer(web: allowed) { server in
                let client = try await WebSocketLineClient.connect(
                    host: server.host, port: try #require(server.webPort), origin: "https://JMD.example.org")
                #expect(try await client.readTurn().last == "WAIT")
                client.close()
            }
        }

        @Test func anIdleSocketGetsByeIdleAndIsClosed() async throws {
            try await withServer(limits: { $0.idleTimeout = .milliseconds(300) }, web: Self.door) { server in
                let client = try await WebSocketLineClient.connect(host: server.host, port: try #require(server.webPort))
                _ = try await client.readTurn()
                var events: [WebSocketLineClient.Event] = []
                for _ in 0..<3 { events.append(try await client.next()) }
                #expect(events == [.line("BYE idle"), .close(1000), .closed])
                #expect(await eventually { server.server.sessionCount == 0 })
            }
        }

        @Test func theDailyCountsAreTheSameAsOverTCP() async throws {
            func counts(_ walk: @escaping @Sendable (RunningServer) async throws -> Void) async throws -> [StatsKey: Int] {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-web-\(UUID().uuidString).sqlite").path
                defer { try? FileManager.default.removeItem(atPath: path) }
                let configuration = ServerConfiguration(dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0, web: Self.door)
                try await LotseServer.withRunning(configuration, logger: .silent, stats: try StatsFile(path: path)) { server in
                    try await walk(server)
                    #expect(await eventually { server.server.sessionCount == 0 })
                }
                return Dictionary(uniqueKeysWithValues: try StatsFile(readingOnly: path).counts().map { ($0.key, $0.count) })
            }
            let lines = ["23", "x", "ja", "/quit"]
            let overTCP = try await counts { server in
                let conversation = TCPConversation(ServerAddress(host: server.host, port: server.port))
                _ = try await conversation.open()
                for line in lines { _ = try await conversation.send(line) }
            }
            let overWeb = try await counts { server in
                let conversation = WebSocketConversation(host: server.host, port: server.webPort!)
                _ = try await conversation.open()
                for line in lines { _ = try await conversation.send(line) }
            }
            #expect(overWeb == overTCP)
            #expect(overWeb[StatsKey(.outcome, "referred")] == 1)
        }

        @Test func thePageComesWithAStrictPolicyAndNoCookie() async throws {
            try await withServer(web: WebDoor(port: 0)) { server in
                let base = "http://127.0.0.1:\(try #require(server.webPort))"
                let (page, pageResponse) = try await Self.get(base + "/")
                let headers = try #require(pageResponse as? HTTPURLResponse).allHeaderFields
                let policy = try #require(headers["Content-Security-Policy"] as? String)
                #expect(policy.contains("default-src 'none'") && policy.contains("connect-src 'self'"))
                #expect(headers["Set-Cookie"] == nil)
                #expect(headers["Cache-Control"] as? String == "no-store")
                #expect(String(decoding: page, as: UTF8.self).contains("data-mode=\"person\""))
                let (kiosk, _) = try await Self.get(base + "/kiosk")
                #expect(String(decoding: kiosk, as: UTF8.self).contains("data-mode=\"kiosk\""))
                let (texts, _) = try await Self.get(base + "/texts.json")
                let words = try #require(try JSONSerialization.jsonObject(with: texts) as? [String: [String: Any]])
                #expect(words["ar"]?["direction"] as? String == "rtl")
                #expect(words["uk"]?["name"] as? String == "Українська")
                let (_, missing) = try await Self.get(base + "/secret")
                #expect((missing as? HTTPURLResponse)?.statusCode == 404)
                let (_, plain) = try await Self.get(base + "/ws")
                #expect((plain as? HTTPURLResponse)?.statusCode == 426)
            }
        }

        @Test func theSlipsCodeIsDrawnFromTheSlipLines() async throws {
            try await withServer(web: WebDoor(port: 0)) { server in
                var request = URLRequest(url: URL(string: "http://127.0.0.1:\(try #require(server.webPort))/qr")!)
                request.httpMethod = "POST"
                request.httpBody = Data(
                    #"{"language":"uk","lines":["REFER 1 jmd JMD Siegen","INFO jmd phone 0271 123"]}"#.utf8)
                let (svg, response) = try await URLSession.shared.data(for: request)
                #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") == "image/svg+xml")
                #expect(String(decoding: svg, as: UTF8.self).hasPrefix("<svg "))
                request.httpBody = Data(#"{"language":"uk","lines":["SAY hello"]}"#.utf8)
                let (_, noSlip) = try await URLSession.shared.data(for: request)
                #expect((noSlip as? HTTPURLResponse)?.statusCode == 400)
            }
        }

        static func get(_ url: String) async throws -> (Data, URLResponse) {
            try await URLSession.shared.data(from: URL(string: url)!)
        }
    }
}
