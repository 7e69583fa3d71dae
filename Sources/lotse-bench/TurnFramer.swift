import NIOCore
import NIOPosix

/// Cuts what a server sends into turns: every line up to and including the one that ends a
/// turn — `WAIT` or `BYE` for lotsed, every line for a PING server (redis-server's inline PING,
/// `lotse-bench floor`). Of a turn's lines only those a walker reads (`AutoAnswer.readPrefixes`)
/// become strings, and none of a PING server's: the client shares the machine with the server
/// it measures, so it works on bytes and does as little per line as it can.
struct TurnFramer: ByteToMessageDecoder {
    typealias InboundOut = [String]

    /// The longest line taken from a server before the connection gives up on it.
    static let maxLineBytes = 1 << 20

    /// Whether every line is a turn of its own (a PING server).
    let pings: Bool
    private var turn: [String] = []

    init(pings: Bool) {
        self.pings = pings
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let bytes = buffer.readableBytesView
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            if bytes.count > Self.maxLineBytes { throw BenchError.daemon("a line of more than \(Self.maxLineBytes) bytes") }
            return .needMoreData
        }
        var line = bytes[..<newline]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        if pings {
            context.fireChannelRead(wrapInboundOut([]))
        } else {
            if AutoAnswer.readPrefixes.contains(where: { line.starts(with: $0.utf8) }) {
                turn.append(String(decoding: line, as: UTF8.self))
            }
            if Self.endsTurn(line) {
                context.fireChannelRead(wrapInboundOut(turn))
                turn = []
            }
        }
        buffer.moveReaderIndex(to: newline + 1)
        return .continue
    }

    /// At the end, an unfinished turn is dropped: the server is gone.
    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }

    /// `WAIT`, `BYE` or `BYE reason`, as `ServerMessage.endsTurn` reads them from a string.
    private static func endsTurn(_ line: ByteBufferView.SubSequence) -> Bool {
        line.elementsEqual("WAIT".utf8) || line.elementsEqual("BYE".utf8) || line.starts(with: "BYE ".utf8)
    }
}

/// A benchmark's connection to the daemon: sends lines, receives whole turns.
enum BenchConnection {
    /// Connects to 127.0.0.1:`port`; `pings` for a server that answers every line with one line.
    static func connect(host: String, port: Int, pings: Bool = false) async throws -> NIOAsyncChannel<[String], ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(TurnFramer(pings: pings)))
                    return try NIOAsyncChannel<[String], ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }
}
