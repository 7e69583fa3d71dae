import NIOPosix
import NIOCore

/// Collects a server's lines into turns: every line up to and including `WAIT` or `BYE`.
struct TurnFramer: ByteToMessageDecoder {
    typealias InboundOut = [String]

    private var turn: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        let line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        turn.append(line)
        if line == "WAIT" || line.hasPrefix("BYE") {
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
    static func connect(host: String, port: Int) async throws -> NIOAsyncChannel<[String], ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(TurnFramer()))
                    return try NIOAsyncChannel<[String], ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }
}
