import Logging
import LotseClient
import LotseService
import LotseTestSupport
import NIOCore
import NIOEmbedded
import NIOPosix
import Testing

@testable import LotseServer

/// The PROXY protocol v1 header HAProxy's `send-proxy` writes, read on its own.
@Suite struct ProxyHeaderTests {
    private func header(_ text: String) throws(ProxyHeaderError) -> ProxyHeader {
        try ProxyHeader(Array(text.utf8))
    }

    @Test func theTerminalsAddressIsTheSource() throws {
        #expect(try header("PROXY TCP4 203.0.113.7 127.0.0.1 56324 4747\r\n").source == "203.0.113.7")
        #expect(try header("PROXY TCP6 2001:db8::7 ::1 56324 4747\r\n").source == "2001:db8::7")
        // The balancer's own connections carry no address: the connection's own counts.
        #expect(try header("PROXY UNKNOWN\r\n").source == nil)
        #expect(try header("PROXY UNKNOWN ffff:f...f:ffff ffff:f...f:ffff 65535 65535\r\n").source == nil)
    }

    @Test(arguments: [
        ("HELLO\r\n", ProxyHeaderError.notAHeader),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 56324 4747\n", .notAHeader),
        ("proxy TCP4 203.0.113.7 127.0.0.1 56324 4747\r\n", .notAHeader),
        ("PROXY UDP4 203.0.113.7 127.0.0.1 56324 4747\r\n", .unknownProtocol),
        ("PROXY \r\n", .unknownProtocol),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 56324\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7  127.0.0.1 56324 4747\r\n", .malformed),
        ("PROXY TCP4 203.0.113.300 127.0.0.1 56324 4747\r\n", .malformed),
        ("PROXY TCP4 2001:db8::7 127.0.0.1 56324 4747\r\n", .malformed),
        ("PROXY TCP6 203.0.113.7 ::1 56324 4747\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7 ::1 56324 4747\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 56324 99999\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 65536 4747\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 +5 4747\r\n", .malformed),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 56324 4747 x\r\n", .malformed),
        ("PROXY TCP4 " + String(repeating: "1", count: 100) + "\r\n", .tooLong),
        ("PROXY TCP4 203.0.113.7 127.0.0.1 5632ä 4747\r\n", .notAHeader),
    ])
    func whatIsNotAHeaderSaysWhy(_ text: String, _ error: ProxyHeaderError) {
        #expect(throws: error) { try header(text) }
    }
}

/// The handler on an `EmbeddedChannel`, whose clock moves only when told.
@Suite struct ProxyHeaderHandlerTests {
    /// A connected channel with the handler and, after it, a recorder of what passes.
    private func channel() throws -> (EmbeddedChannel, Passed) {
        let channel = EmbeddedChannel()
        let passed = Passed()
        try channel.pipeline.syncOperations.addHandler(ProxyHeaderHandler(timeout: .seconds(5), logger: .silent))
        try channel.pipeline.syncOperations.addHandler(passed)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 4747)).wait()
        return (channel, passed)
    }

    @Test func aHeaderInPiecesIsReadAndTheBytesAfterItPassOn() throws {
        let (channel, passed) = try channel()
        #expect(!passed.active)
        try channel.writeInbound(ByteBuffer(string: "PROXY TCP4 203.0.113.7 "))
        try channel.writeInbound(ByteBuffer(string: "127.0.0.1 40000 4747\r"))
        #expect(!passed.active)
        try channel.writeInbound(ByteBuffer(string: "\nhallo\n"))
        #expect(passed.active)
        #expect(passed.source == "203.0.113.7")
        #expect(passed.bytes == "hallo\n")
        // Gone from the pipeline: what follows passes straight through.
        try channel.writeInbound(ByteBuffer(string: "PROXY UNKNOWN\r\n"))
        #expect(passed.bytes == "hallo\nPROXY UNKNOWN\r\n")
        // The deadline was cancelled with the header.
        channel.embeddedEventLoop.advanceTime(by: .seconds(10))
        #expect(channel.isActive)
        _ = try channel.finish()
    }

    @Test func noHeaderInTimeClosesTheConnectionUnseen() throws {
        let (channel, passed) = try channel()
        try channel.writeInbound(ByteBuffer(string: "PROXY TCP4 203.0.113.7"))
        channel.embeddedEventLoop.advanceTime(by: .seconds(4))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
        #expect(!passed.active)
        #expect(passed.bytes.isEmpty)
    }

    @Test func bytesPastTheLongestHeaderWithoutALineEndCloseTheConnection() throws {
        let (channel, passed) = try channel()
        try channel.writeInbound(ByteBuffer(string: "PROXY TCP4 " + String(repeating: "1", count: ProxyHeader.maxLength)))
        #expect(!channel.isActive)
        #expect(!passed.active)
    }

    /// What reaches the handler after the header handler.
    private final class Passed: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        var active = false
        var source: String?
        var bytes = ""

        func channelActive(context: ChannelHandlerContext) { active = true }
        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if let header = event as? ProxyHeader { source = header.source }
        }
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            bytes += String(buffer: unwrapInboundIn(data))
        }
    }
}

extension OverTCP {
    /// A lotsed behind HAProxy with `--proxy-protocol`, over real TCP: the header's terminal is
    /// the one the limits and the counselor rule judge.
    @Suite struct ProxyProtocol {
        private func connect(_ server: RunningServer, from source: String) async throws -> LineConnection {
            let connection = try await server.connect()
            try await connection.send(bytes: Array("PROXY TCP4 \(source) 127.0.0.1 40000 4747\r\n".utf8))
            return connection
        }

        @Test func theSessionStartsAfterTheHeaderAndLinesInTheSameReadAreAnswered() async throws {
            try await withServer(proxyProtocol: true) { server in
                let connection = try await server.connect()
                // The header and the first answer in one write: the header is cut off exactly.
                try await connection.send(bytes: Array("PROXY TCP4 203.0.113.7 127.0.0.1 40000 4747\r\n23\n".utf8))
                #expect(try await connection.readTurn().first?.hasPrefix("HELLO") == true)
                #expect(try await connection.readTurn().contains("ASK money yesno"))
            }
        }

        @Test func aConnectionWithoutAHeaderIsClosedUnanswered() async throws {
            try await withServer(proxyProtocol: true) { server in
                let connection = try await server.connect()
                try await connection.send("23")
                #expect(try await connection.readLine() == nil)
                let garbled = try await server.connect()
                try await garbled.send(bytes: Array("PROXY TCP4 203.0.113.7\r\n".utf8))
                #expect(try await garbled.readLine() == nil)
                #expect(server.server.sessionCount == 0)
            }
        }

        @Test func theLimitPerAddressCountsTheTerminalsNotTheBalancer() async throws {
            try await withServer(limits: { $0.maxPerAddress = 1 }, proxyProtocol: true) { server in
                let first = try await connect(server, from: "203.0.113.7")
                #expect(try await first.readTurn().first?.hasPrefix("HELLO") == true)
                let other = try await connect(server, from: "203.0.113.8")
                #expect(try await other.readTurn().first?.hasPrefix("HELLO") == true)
                let again = try await connect(server, from: "203.0.113.7")
                #expect(try await again.readTurn() == ["ERR 429 too many sessions from your address: at most 1", "BYE limit"])
            }
        }

        @Test func tlsFollowsTheHeaderAsHAProxyPassesItThrough() async throws {
            let ca = try ThrowawayCA()
            defer { ca.remove() }
            let configuration = ServerConfiguration(
                dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0, counselorToken: "a-token-of-sixteen-or-more",
                tls: ServerTLS(certificateFile: ca.certificateFile, keyFile: ca.keyFile), proxyProtocol: true)
            try await LotseServer.withRunning(configuration, logger: .silent) { server in
                let relay = try await ProxyRelay.start(to: server.port, naming: "203.0.113.7")
                defer { relay.channel.close(promise: nil) }
                let connection = try await LineConnection.connect(
                    host: "127.0.0.1", port: relay.port, tls: try ClientTLS(caFile: ca.caFile))
                #expect(try await connection.readTurn().first?.hasPrefix("HELLO lotse/1") == true)
                // Encrypted, so the token may come from another machine.
                #expect(try await connection.turn("/auth a-token-of-sixteen-or-more").first?.hasPrefix("NOTE ") == true)
            }
        }

        @Test func aCounselorTokenFromAnotherMachineWithoutTLSIsRefused() async throws {
            try await withServer(token: "s3cret-s3cret-s3cret", proxyProtocol: true) { server in
                let remote = try await connect(server, from: "203.0.113.7")
                _ = try await remote.readTurn()
                let refused = try await remote.turn("/auth s3cret-s3cret-s3cret")
                #expect(refused.first?.hasPrefix("ERR 403 ") == true, "\(refused)")
                #expect(try await remote.turn("/slots").first?.hasPrefix("ERR 403 ") == true)
                // From this machine, through the balancer, the token is taken.
                let local = try await connect(server, from: "127.0.0.1")
                _ = try await local.readTurn()
                #expect(try await local.turn("/auth s3cret-s3cret-s3cret").first?.hasPrefix("NOTE ") == true)
            }
        }
    }
}

/// HAProxy's `send-proxy` in small: listens on a free loopback port and, for each connection,
/// opens one to the daemon, writes a PROXY header naming `source`, then passes the bytes both
/// ways untouched (TLS too).
private enum ProxyRelay {
    static func start(to port: Int, naming source: String) async throws -> (channel: any Channel, port: Int) {
        let header = "PROXY TCP4 \(source) 127.0.0.1 40000 \(port)\r\n"
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { inbound in
                ClientBootstrap(group: inbound.eventLoop)
                    .channelInitializer { outbound in
                        outbound.eventLoop.makeCompletedFuture { try outbound.pipeline.syncOperations.addHandler(Forward(to: inbound)) }
                    }
                    .connect(host: "127.0.0.1", port: port)
                    .flatMap { outbound in
                        outbound.writeAndFlush(ByteBuffer(string: header)).flatMapThrowing {
                            try inbound.pipeline.syncOperations.addHandler(Forward(to: outbound))
                        }
                    }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, channel.localAddress?.port ?? 0)
    }

    /// Writes what one side reads to the other, and closes the other when one side closes.
    private final class Forward: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        private let partner: any Channel

        init(to partner: any Channel) { self.partner = partner }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            partner.writeAndFlush(unwrapInboundIn(data), promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            partner.close(promise: nil)
            context.fireChannelInactive()
        }
    }
}
