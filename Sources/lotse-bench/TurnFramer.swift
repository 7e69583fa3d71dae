import NIOPosix
import NIOCore

/// Collects a server's lines into turns: every line up to and including the one that ends a
/// turn — `WAIT` or `BYE` for lotsed, every line for a PING server (redis-server's inline PING, `lotse-bench floor`).
struct TurnFramer: ByteToMessageDecoder {
    typealias InboundOut = [String]

    let endsTurn: @Sendable (String) -> Bool
    private var turn: [String] = []

    init(endsTurn: @escaping @Sendable (String) -> Bool) {
        self.endsTurn = endsTurn
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        turn.append(line)
        if endsTurn(line) {
            context.fireChannelRead(Self.wrapInboundOut(turn))
            turn = []
        }
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// A benchmark's connection to the daemon: sends lines, receives whole turns.
enum BenchConnection {
    /// The end of a lotsed turn.
    static let lotsedTurn: @Sendable (String) -> Bool = { $0 == "WAIT" || $0.hasPrefix("BYE") }
    /// Every line a turn (redis-server's answers to inline commands).
    static let everyLine: @Sendable (String) -> Bool = { _ in true }

    static func connect(
        host: String, port: Int, endsTurn: @escaping @Sendable (String) -> Bool = lotsedTurn
    ) async throws -> NIOAsyncChannel<[String], ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(TurnFramer(endsTurn: endsTurn)))
                    return try NIOAsyncChannel<[String], ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }
}
