import LotseClient
import LotseProtocol
import LotseWire
import NIOCore
import NIOPosix

/// Collects a server's lines into turns: every line up to and including the one that ends a
/// turn — `WAIT` or `BYE` for lotsed, every line for a PING server (redis-server's inline
/// PING, `lotse-bench floor`).
final class TurnFramer: ChannelInboundHandler {
    typealias InboundIn = String
    typealias InboundOut = [String]

    private let endsTurn: @Sendable (String) -> Bool
    private var turn: [String] = []

    init(endsTurn: @escaping @Sendable (String) -> Bool) {
        self.endsTurn = endsTurn
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let line = unwrapInboundIn(data)
        turn.append(line)
        if endsTurn(line) {
            context.fireChannelRead(wrapInboundOut(turn))
            turn = []
        }
    }
}

/// A benchmark's connection to the daemon: sends lines, receives whole turns.
enum BenchConnection {
    /// Every line a turn (redis-server's answers to inline commands).
    static let everyLine: @Sendable (String) -> Bool = { _ in true }

    static func connect(
        host: String, port: Int, endsTurn: @escaping @Sendable (String) -> Bool = ServerMessage.endsTurn
    ) async throws -> NIOAsyncChannel<[String], ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(ServerLineDecoder()), TurnFramer(endsTurn: endsTurn))
                    return try NIOAsyncChannel<[String], ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }
}
